package org.newsgraph.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.newsgraph.NewsGraph;
import org.newsgraph.build.BuildReport;
import org.newsgraph.build.BuildRequest;
import org.newsgraph.query.QueryRunner;
import org.newsgraph.serve.NewsGraphServer;
import org.newsgraph.serve.ServeException;
import org.newsgraph.serve.ServeSettings;
import org.newsgraph.serve.ServerLimits;
import org.newsgraph.serve.ServerUrls;
import org.newsgraph.serve.WarmUp;
import org.newsgraph.store.GraphStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintStream;
import java.net.URI;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/** {@code newsgraph serve}: the store as a SPARQL endpoint (Apache Jena Fuseki) until Ctrl-C. */
final class ServeCommand implements Command {

    private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);

    /** Long enough for every canned query on a store of thousands of articles, short enough to wait for. */
    private static final Duration WARM_UP_BUDGET = Duration.ofSeconds(60);

    @Override
    public String name() {
        return "serve";
    }

    @Override
    public String summary() {
        return "Serve the store over HTTP: SPARQL, Graph Store Protocol, canned queries";
    }

    @Override
    public String arguments() {
        return "[--build INPUT...] [options]";
    }

    @Override
    public String description() {
        return "Starts Apache Jena Fuseki on the store at /newsgraph: SPARQL queries at /newsgraph/sparql, the Graph "
                + "Store Protocol at /newsgraph (?default is the union of all documents, ?graph=IRI one document), "
                + "and the canned queries of the queries folder at /newsgraph/q/NAME (SPARQL JSON results; "
                + "?format=csv, tsv or table for others; /newsgraph/q/ lists them). The server is read-only unless "
                + "--update, listens on the loopback interface unless --host says otherwise, refuses federated "
                + "SERVICE calls, cancels queries that run longer than --timeout, gives at most --max-rows rows per "
                + "answer (saying so in the header X-Newsgraph-Truncated), and answers web pages from any origin "
                + "(CORS), though with --update only programs, not web pages, may write. It holds the store until "
                + "stopped with Ctrl-C, so build and remove in other programs are refused, and other programs "
                + "should query it over HTTP. With --build INPUT... it builds the inputs into the store (creating "
                + "it when missing) while it serves, as build would, with build's input options; clients see each "
                + "article once it is stored whole, never part of one. Before it says it is ready (and after the "
                + "build with --build) it runs each canned query once over HTTP, so that the first clients get "
                + "answers from warm code; --no-warm-up skips that. Every request is held to limits (sizes of body, "
                + "URI and headers, connections, threads, slow clients; see the options), and regular expressions "
                + "in client queries are cancelled when they backtrack too long. With --password-file every request "
                + "needs the user name and password of a user in that file (HTTP Basic; the file format of Fuseki: "
                + "'user: password' a line); --update on an address other than loopback requires it. SPARQL LOAD "
                + "is refused unless --allow-load.";
    }

    @Override
    public Options options() {
        Options options = new Options()
                .addOption(CommonOptions.store())
                .addOption(Option.builder().longOpt("build")
                        .desc("Build the INPUTs (articles or folders, as for build) into the store while serving it")
                        .get())
                .addOption(Option.builder().longOpt("port").hasArg().argName("PORT")
                        .desc("The port to listen on (default " + ServeSettings.DEFAULT_PORT
                                + "; 0 picks a free one)").get())
                .addOption(Option.builder().longOpt("host").hasArg().argName("HOST")
                        .desc("The address to listen on (default " + ServeSettings.DEFAULT_HOST
                                + ", this machine only; 0.0.0.0 for every network interface)").get())
                .addOption(Option.builder().longOpt("update")
                        .desc("Also accept SPARQL Update and Graph Store writes into document graphs").get())
                .addOption(Option.builder().longOpt("timeout").hasArg().argName("SECONDS")
                        .desc("Cancel a query or update after this many seconds (default "
                                + ServeSettings.DEFAULT_TIMEOUT.toSeconds() + ")").get())
                .addOption(Option.builder().longOpt("no-warm-up")
                        .desc("Say the server is ready without first running each canned query once").get())
                .addOption(Option.builder().longOpt("max-rows").hasArg().argName("N")
                        .desc("Give at most N rows per answer (SELECT rows, CONSTRUCT/DESCRIBE solutions); a cut "
                                + "answer has the header X-Newsgraph-Truncated: true (default "
                                + String.format(Locale.ROOT, "%,d", ServeSettings.DEFAULT_MAX_ROWS)
                                + "; 0 for no limit)").get());
        ServeLimitOptions.addTo(options);
        return BuildCommand.addInputOptions(options);
    }

    @Override
    public int run(CommandLine line, CommandContext context) {
        boolean building = line.hasOption("build");
        if (!building && !line.getArgList().isEmpty()) {
            throw CliException.usage("serve takes no arguments, got '" + line.getArgList().get(0)
                    + "'; to build articles while serving, use --build INPUT...");
        }
        if (building && line.getArgList().isEmpty()) {
            throw CliException.usage("--build needs at least one INPUT (an article file or a folder of them)");
        }
        if (!building) {
            for (Option option : BuildCommand.addInputOptions(new Options()).getOptions()) {
                if (line.hasOption(option.getLongOpt())) {
                    throw CliException.usage("--" + option.getLongOpt() + " only applies with --build");
                }
            }
        }
        ServeSettings settings = new ServeSettings(
                line.getOptionValue("host", ServeSettings.DEFAULT_HOST),
                wholeNumber(line, "port", ServeSettings.DEFAULT_PORT, 0, 65535),
                line.hasOption("update"),
                Duration.ofSeconds(wholeNumber(line, "timeout", (int) ServeSettings.DEFAULT_TIMEOUT.toSeconds(), 1,
                        Integer.MAX_VALUE)),
                wholeNumber(line, "max-rows", ServeSettings.DEFAULT_MAX_ROWS, 0, Integer.MAX_VALUE - 1))
                .withLimits(ServeLimitOptions.limits(line))
                .withAllowLoad(line.hasOption("allow-load"));
        if (line.hasOption("password-file")) {
            settings = settings.withPasswordFile(Path.of(line.getOptionValue("password-file")));
        }
        if (line.hasOption("allow-load") && !settings.update()) {
            throw CliException.usage("--allow-load only applies with --update");
        }
        Path storeDirectory = CommonOptions.storeDirectory(line);
        // Checked before the store is opened, so that a mistyped input neither creates a store nor starts a server.
        BuildRequest request = building ? BuildCommand.request(line, storeDirectory, context.err()) : null;
        GraphStore store = GraphStore.open(storeDirectory, building ? GraphStore.Access.CREATE
                : settings.update() ? GraphStore.Access.UPDATE : GraphStore.Access.READ);
        NewsGraphServer server;
        try {
            server = NewsGraphServer.start(store, QueryRunner.standard(), settings);
        } catch (ServeException e) {
            store.close();
            throw new CliException(CliException.FAILURE, e.getMessage()
                    + (e.addressInUse() ? "; choose another with --port" : ""), e);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        // A build or query in another program is then told at once where the store is, instead of waiting for it.
        store.announceHolder("newsgraph serve at " + server.urls().dataset(), URI.create(server.urls().sparql()));
        Shutdown shutdown = new Shutdown(server, store, context.err());
        Thread hook = new Thread(shutdown::run, "newsgraph-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        boolean warmUp = !line.hasOption("no-warm-up");
        if (warmUp && !building) {
            warmUp(server);
        }
        int documents = store.documentIds().size();
        warnAboutExposure(settings, context.err());
        printUrls(store, documents, server, building, context.out());
        int exitCode = 0;
        if (building) {
            try {
                exitCode = buildWhileServing(request, store, shutdown, context);
            } catch (RuntimeException e) {
                // A failed build stops the server too: serving on would hide that the store is not what was asked.
                removeHook(hook);
                shutdown.run();
                throw e;
            }
            if (warmUp) {
                warmUp(server);
            }
            context.out().println("Serving " + BuildCommand.plural(store.documentIds().size(), "document")
                    + " at " + server.urls().dataset());
        }
        context.out().println("Press Ctrl-C to stop.");
        context.out().flush();
        server.join();
        // Reached when the server stopped on its own; after Ctrl-C the JVM is already running the hook.
        removeHook(hook);
        shutdown.run();
        return exitCode;
    }

    /** Before the server says it is ready, so that clients that wait for that get warm answers. */
    private static void warmUp(NewsGraphServer server) {
        WarmUp.Result result = server.warmUp(WARM_UP_BUDGET);
        String failures = result.failed() == 0 ? "" : "; " + result.failed() + " failed (--verbose says why)";
        String cut = result.stoppedEarly() ? "; stopped after " + WARM_UP_BUDGET.toSeconds() + " s" : "";
        log.info("Warmed up with {} in {} s{}{}", BuildCommand.plural(result.requested(), "canned query"),
                String.format(Locale.ROOT, "%.1f", result.elapsed().toMillis() / 1000.0), failures, cut);
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // Shutdown under way: the hook does the stopping.
        }
    }

    /**
     * Builds on this thread while Jetty's threads answer: every batch of articles is one TDB2 write transaction
     * and every request one read transaction, so a client sees a batch wholly or not at all.
     */
    private static int buildWhileServing(BuildRequest request, GraphStore store, Shutdown shutdown,
                                         CommandContext context) {
        BuildReport report;
        shutdown.building(true);
        try (BuildProgress progress = new BuildProgress(context.err(), System.console() != null)) {
            report = new NewsGraph(store, QueryRunner.standard()).build(request, progress);
        } finally {
            shutdown.building(false);
        }
        return BuildCommand.printReport(report, store.location(), context);
    }

    /** Stops the server and closes the store exactly once, whether Ctrl-C or the main thread gets there first. */
    private static final class Shutdown implements Runnable {
        private final NewsGraphServer server;
        private final GraphStore store;
        private final PrintStream err;
        private final AtomicBoolean done = new AtomicBoolean();
        private volatile boolean building;

        Shutdown(NewsGraphServer server, GraphStore store, PrintStream err) {
            this.server = server;
            this.store = store;
            this.err = err;
        }

        void building(boolean underWay) {
            building = underWay;
        }

        @Override
        public void run() {
            if (!done.compareAndSet(false, true)) {
                return;
            }
            try {
                server.stop();
            } finally {
                if (building) {
                    // Closing the store under a write transaction could fail it half-way; left open, the batch
                    // under way is dropped as for a killed build, and the locks go with the process.
                    err.println("newsgraph: server stopped during the build; every article stored so far is "
                            + "kept whole, and the next build of the same inputs finishes the rest");
                } else {
                    store.close();
                    err.println("newsgraph: server stopped; store " + store.location() + " closed");
                }
                err.flush();
            }
        }
    }

    private static void printUrls(GraphStore store, int documents, NewsGraphServer server, boolean building,
                                  PrintStream out) {
        ServerUrls urls = server.urls();
        ServeSettings settings = server.settings();
        out.println("Serving " + store.location() + " (" + BuildCommand.plural(documents, "document") + ", "
                + (settings.update() ? "read-write" : "read-only") + (building ? ", building" : "") + ") at "
                + urls.dataset());
        row(out, "SPARQL query", urls.sparql(), "GET ?query=... or POST");
        urls.update().ifPresent(update -> row(out, "SPARQL update", update, "POST"));
        row(out, "Graph Store", urls.graphStore(), "the union of all documents; ?graph=IRI for one");
        urls.graphStoreWrite().ifPresent(write -> row(out, "Graph Store (write)", write,
                "PUT/POST/DELETE ?graph=IRI"));
        row(out, "Canned queries", urls.cannedQueryList(), "the list, as JSON");
        urls.cannedQueries().values().forEach(url -> row(out, "", url, ""));
        row(out, "Health", urls.ping(), "");
        String rows = settings.maxRows() == 0 ? "answers are not limited" : "answers stop at "
                + String.format(Locale.ROOT, "%,d", settings.maxRows()) + (settings.maxRows() == 1 ? " row" : " rows")
                + " (header X-Newsgraph-Truncated)";
        out.println("Queries are cancelled after " + settings.queryTimeout().toSeconds() + " s; " + rows
                + "; SERVICE (federated) calls are refused; web pages from any origin may query (CORS)"
                + (settings.update() ? " but not write." : "."));
        ServerLimits limits = settings.limits();
        out.println("Limits: bodies up to " + ServeLimitOptions.bytes(limits.maxBodyBytes())
                + (settings.update() ? " (Graph Store uploads " + ServeLimitOptions.bytes(limits.maxUploadBytes()) + ")" : "")
                + ", URI and headers up to " + ServeLimitOptions.bytes(limits.maxHeaderBytes()) + ", " + limits.maxConnections()
                + " connections, " + limits.maxThreads() + " threads; a request must arrive within "
                + limits.requestReadTimeout().toSeconds() + " s" + (settings.update()
                ? (settings.allowLoad() ? "; LOAD allowed." : "; LOAD refused.") : "."));
        out.flush();
    }

    private static void row(PrintStream out, String label, String url, String note) {
        String text = String.format("  %-20s %s", label, url);
        out.println(note.isEmpty() ? text : String.format("%-62s %s", text, "(" + note + ")"));
    }

    private static void warnAboutExposure(ServeSettings settings, PrintStream err) {
        boolean loopback;
        try {
            loopback = InetAddress.getByName(settings.host()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            loopback = false;
        }
        if (settings.passwordFile().isPresent()) {
            err.println("newsgraph: every request needs the credentials of a user in " + settings.passwordFile().get()
                    + (loopback ? "" : "; HTTP Basic sends them unencrypted, so put a TLS proxy in front of "
                    + "this server when it is reached over a network"));
        } else if (!loopback) {
            err.println("newsgraph: warning: listening on " + settings.host() + ": anyone who can reach this "
                    + "machine can query the store; --password-file asks them for credentials");
        } else if (settings.update()) {
            err.println("newsgraph: warning: with --update any program on this machine can change the store (web "
                    + "pages cannot: writes from other origins are refused); stop the server when done");
        }
        err.flush();
    }

    /** The option as a whole number within [min, max], {@code fallback} when absent; a usage error otherwise. */
    static int wholeNumber(CommandLine line, String option, int fallback, int min, int max) {
        String text = line.getOptionValue(option);
        if (text == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // Reported below with the accepted range.
        }
        throw CliException.usage("--" + option + " needs a whole number " + (max == Integer.MAX_VALUE
                ? "of at least " + min : "from " + min + " to " + max) + ", got '" + text + "'");
    }
}

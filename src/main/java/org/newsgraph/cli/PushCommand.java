package org.newsgraph.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.OptionGroup;
import org.apache.commons.cli.Options;
import org.newsgraph.export.GraphStorePush;
import org.newsgraph.export.PushCredentials;
import org.newsgraph.export.PushException;
import org.newsgraph.export.PushReport;
import org.newsgraph.store.GraphStore;

import java.io.PrintStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;

/** {@code newsgraph push URL}: loads the store into a running SPARQL server through the Graph Store Protocol. */
final class PushCommand implements Command {

    @Override
    public String name() {
        return "push";
    }

    @Override
    public String summary() {
        return "Load the store into a Graph Store Protocol endpoint, e.g. a running Fuseki";
    }

    @Override
    public String arguments() {
        return "URL [options]";
    }

    @Override
    public String description() {
        return "Sends the store to URL, a SPARQL 1.1 Graph Store Protocol endpoint such as a Fuseki dataset "
                + "(http://localhost:3030/ds), one request per document (with --from, the document graphs of N-Quads files such as the Spark job's output, without a store). By default the documents are merged into "
                + "the endpoint's default graph, which is replaced; with --graph-per-document each document is PUT "
                + "into a named graph named by the document's IRI, replacing only that graph, so the endpoint keeps "
                + "which article said what. Credentials come from the environment, never the command line: "
                + PushCredentials.USER_VARIABLE + " and " + PushCredentials.PASSWORD_VARIABLE + " (HTTP Basic), or "
                + PushCredentials.TOKEN_VARIABLE + " (a bearer token). Connection failures and server errors are "
                + "retried with growing waits (0.5 s, 1 s, 2 s...); a refusal (401, 403, 404, 405...) stops at once.";
    }

    @Override
    public Options options() {
        OptionGroup target = new OptionGroup()
                .addOption(Option.builder().longOpt("graph-per-document")
                        .desc("PUT each document into its own named graph (the document's IRI)").get())
                .addOption(Option.builder().longOpt("default-graph")
                        .desc("Merge all documents into the endpoint's default graph (the default)").get());
        return new Options()
                .addOptionGroup(target)
                .addOption(Option.builder().longOpt("retries").hasArg().argName("N")
                        .desc("Repeat a request that failed to connect or met a server error up to N times "
                                + "(default " + GraphStorePush.Settings.DEFAULT_RETRIES + ")").get())
                .addOption(Option.builder().longOpt("from").hasArg().argName("NQUADS")
                        .desc("Send the document graphs of N-Quads files instead of the store: a folder of *.nq, "
                                + "*.nq.gz and part-* files (the Spark job's output) or one file").get())
                .addOption(CommonOptions.store());
    }

    @Override
    public int run(CommandLine line, CommandContext context) {
        URI endpoint = endpoint(CommonOptions.onlyArgument(line, "push needs the URL of a Graph Store endpoint",
                "push takes one URL"));
        PushCredentials credentials;
        try {
            credentials = PushCredentials.fromEnvironment(System.getenv());
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
        GraphStorePush.Target target = line.hasOption("graph-per-document")
                ? GraphStorePush.Target.NAMED_GRAPHS : GraphStorePush.Target.DEFAULT_GRAPH;
        GraphStorePush.Settings settings = new GraphStorePush.Settings(endpoint, target, credentials,
                retries(line), GraphStorePush.Settings.DEFAULT_BACKOFF,
                GraphStorePush.Settings.DEFAULT_CONNECT_TIMEOUT);
        warnAboutPlainHttp(settings, context.err());
        PushReport report;
        if (line.hasOption("from")) {
            try {
                report = new GraphStorePush().push(Path.of(line.getOptionValue("from")), settings,
                        new Progress(context.err()));
            } catch (PushException e) {
                throw new CliException(CliException.FAILURE, e.getMessage(), e);
            }
        } else {
            try (GraphStore store = GraphStore.openForReading(CommonOptions.storeDirectory(line))) {
                report = new GraphStorePush().push(store, settings, new Progress(context.err()));
            } catch (PushException e) {
                throw new CliException(CliException.FAILURE, e.getMessage(), e);
            }
        }
        PrintStream out = context.out();
        if (report.documents() == 0) {
            out.println(line.hasOption("from") ? "Nothing pushed: the files hold no documents"
                    : "Nothing pushed: the store holds no documents");
        } else {
            out.println("Pushed " + BuildCommand.plural(report.documents(), "document") + " ("
                    + BuildCommand.plural(report.triplesSent(), "triple")
                    + (report.triplesInGraphs() != report.triplesSent()
                    ? ", " + report.triplesInGraphs() + " once merged" : "") + ") to " + report.endpoint() + " "
                    + (target == GraphStorePush.Target.NAMED_GRAPHS
                    ? "as " + BuildCommand.plural(report.documents(), "named graph")
                    : "into its default graph")
                    + " " + credentials.describe() + " in "
                    + String.format(Locale.ROOT, "%.1f s", report.elapsed().toMillis() / 1000.0)
                    + (report.retries() > 0 ? " (" + BuildCommand.plural(report.retries(), "retry") + ")" : ""));
        }
        out.flush();
        return 0;
    }

    /** Retries are worth a line each: the person waiting should know why nothing seems to happen. */
    private record Progress(PrintStream err) implements GraphStorePush.Listener {
        @Override
        public void retrying(String documentId, int attempt, Duration wait, String reason) {
            err.println("newsgraph: " + documentId + ": " + reason + "; retry " + attempt + " in "
                    + String.format(Locale.ROOT, "%.1f s", wait.toMillis() / 1000.0));
            err.flush();
        }
    }

    private static URI endpoint(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                if (uri.getUserInfo() != null) {
                    throw CliException.usage("put credentials in " + PushCredentials.USER_VARIABLE + " and "
                            + PushCredentials.PASSWORD_VARIABLE + ", not in the URL");
                }
                return uri;
            }
        } catch (URISyntaxException e) {
            // Reported below.
        }
        throw CliException.usage("'" + text + "' is not an http:// or https:// URL");
    }

    private static int retries(CommandLine line) {
        String text = line.getOptionValue("retries");
        if (text == null) {
            return GraphStorePush.Settings.DEFAULT_RETRIES;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= 0 && value <= 10) {
                return value;
            }
        } catch (NumberFormatException e) {
            // Reported below.
        }
        throw CliException.usage("--retries needs a whole number from 0 to 10, got '" + text + "'");
    }

    private static void warnAboutPlainHttp(GraphStorePush.Settings settings, PrintStream err) {
        if (settings.credentials() instanceof PushCredentials.None
                || !settings.endpoint().getScheme().equalsIgnoreCase("http")) {
            return;
        }
        boolean loopback;
        try {
            loopback = InetAddress.getByName(settings.endpoint().getHost()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            loopback = false;
        }
        if (!loopback) {
            err.println("newsgraph: warning: sending credentials over plain http to " + settings.endpoint().getHost()
                    + "; anyone on the way can read them (use https)");
            err.flush();
        }
    }
}

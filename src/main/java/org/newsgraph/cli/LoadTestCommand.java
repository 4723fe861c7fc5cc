package org.newsgraph.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.newsgraph.query.QueryRunner;
import org.newsgraph.serve.HostileClients;
import org.newsgraph.serve.LoadTest;
import org.newsgraph.serve.ProcessMemory;
import org.newsgraph.serve.NewsGraphServer;
import org.newsgraph.serve.ServeException;
import org.newsgraph.serve.ServeSettings;
import org.newsgraph.store.GraphStore;

import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code newsgraph bench-serve}: many concurrent clients asking the canned queries of a server, started here over a
 * store or already running at {@code --url}, with hostile clients attacking it meanwhile; prints throughput and
 * latency of the honest clients and what the hostile ones got, exits 1 when any honest request failed.
 */
final class LoadTestCommand implements Command {

    static final int DEFAULT_CLIENTS = 32;
    static final int DEFAULT_SECONDS = 60;
    static final int DEFAULT_HOSTILE = 8;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    @Override
    public String name() {
        return "bench-serve";
    }

    @Override
    public String summary() {
        return "Load-test the server: concurrent clients running the canned queries";
    }

    @Override
    public String arguments() {
        return "[options]";
    }

    @Override
    public String description() {
        return "Starts the server on a free loopback port over the store, as 'newsgraph serve' would with its "
                + "defaults (or uses the one running at --url), then lets --clients clients send requests one after "
                + "another for --duration seconds, cycling through every canned query at /newsgraph/q/NAME and the "
                + "same queries sent to /newsgraph/sparql. Prints, per query and overall, the requests, errors, "
                + "requests per second and the 50th, 95th and 99th percentile and maximum latency. Any answer other "
                + "than 2xx, or a failed connection, is an error; the command exits with 1 if there was one. Beside "
                + "them --hostile clients attack the server (only on this machine's loopback interface): 60 MB "
                + "query bodies, headers trickled byte by byte (slowloris), deeply nested queries, cartesian "
                + "products counted and grouped, and backtracking regular expressions; what the server answered "
                + "them is counted. When the server runs here, the peak resident memory of this process (server "
                + "and clients) is reported.";
    }

    @Override
    public Options options() {
        return new Options()
                .addOption(CommonOptions.store())
                .addOption(Option.builder().longOpt("url").hasArg().argName("URL")
                        .desc("Test the server running at URL (e.g. http://127.0.0.1:3030) instead of starting one; "
                                + "--store is then not used").get())
                .addOption(Option.builder().longOpt("clients").hasArg().argName("N")
                        .desc("Concurrent clients (default " + DEFAULT_CLIENTS + ")").get())
                .addOption(Option.builder().longOpt("duration").hasArg().argName("SECONDS")
                        .desc("How long the clients send requests (default " + DEFAULT_SECONDS + ")").get())
                .addOption(Option.builder().longOpt("hostile").hasArg().argName("N")
                        .desc("Attacking clients beside the honest ones, loopback only (default " + DEFAULT_HOSTILE
                                + "; 0 for none)").get());
    }

    @Override
    public int run(CommandLine line, CommandContext context) {
        CommonOptions.requireNoArguments(line, "bench-serve");
        int clients = ServeCommand.wholeNumber(line, "clients", DEFAULT_CLIENTS, 1, 10_000);
        Duration duration = Duration.ofSeconds(ServeCommand.wholeNumber(line, "duration", DEFAULT_SECONDS, 1,
                86_400));
        int hostile = ServeCommand.wholeNumber(line, "hostile", DEFAULT_HOSTILE, 0, 1_000);
        String url = line.getOptionValue("url");
        if (url != null) {
            return test(baseOf(url), "the server at " + baseOf(url), false, clients, hostile, duration,
                    context.out());
        }
        try (GraphStore store = GraphStore.openForReading(CommonOptions.storeDirectory(line))) {
            NewsGraphServer server;
            try {
                server = NewsGraphServer.start(store, QueryRunner.standard(), ServeSettings.defaults().withPort(0));
            } catch (ServeException e) {
                throw new CliException(CliException.FAILURE, e.getMessage(), e);
            }
            try {
                int documents = store.documentIds().size();
                return test(server.urls().base(), store.location() + " (" + BuildCommand.plural(documents,
                        "document") + "), served here with the defaults of 'newsgraph serve'", true, clients,
                        hostile, duration, context.out());
            } finally {
                server.stop();
            }
        }
    }

    private static int test(String base, String what, boolean serverHere, int clients, int hostile,
                            Duration duration, PrintStream out) {
        HostileClients attackers;
        try {
            attackers = hostile == 0 ? null : new HostileClients(base, hostile, duration, null);
        } catch (IllegalArgumentException e) {
            throw CliException.usage("--hostile: " + e.getMessage() + "; use --hostile 0 for other servers");
        }
        List<LoadTest.Target> targets;
        try {
            targets = LoadTest.targets(base, QueryRunner.standard(), REQUEST_TIMEOUT);
        } catch (ServeException e) {
            throw new CliException(CliException.FAILURE, e.getMessage(), e);
        }
        if (targets.isEmpty()) {
            throw CliException.failure("the server at " + base + " lists no canned queries to run");
        }
        out.println("Load test of " + what + " at " + base + NewsGraphServer.DATASET_PATH);
        out.println(clients + " clients for " + duration.toSeconds() + " s over " + targets.size()
                + " requests (canned and SPARQL), " + Runtime.getRuntime().availableProcessors()
                + " processors available" + (hostile > 0 ? "; " + hostile + " hostile clients beside them" : ""));
        out.flush();
        LoadTest loadTest = new LoadTest(targets, clients, duration, REQUEST_TIMEOUT);
        // The honest clients' first, unmeasured pass runs before the attack starts.
        AtomicReference<HostileClients.Running> attack = new AtomicReference<>();
        if (attackers != null) {
            loadTest.beforeMeasuring(() -> attack.set(attackers.start()));
        }
        LoadTest.Report report = loadTest.run();
        report.print(out);
        if (attack.get() != null) {
            out.println("Hostile clients (" + hostile + "), answers by attack:");
            attack.get().awaitReport().forEach((kind, outcomes) -> out.println(String.format(Locale.ROOT, "  %-17s %s",
                    kind, outcomes.toString().replaceAll("[{}]", "").replace('=', ' '))));
        }
        LoadTest.TargetStats overall = report.overall();
        out.printf(Locale.ROOT, "%d requests in %.1f s: %.1f requests/s, p99 %.1f ms, %d errors%n",
                report.requests(), report.elapsed().toNanos() / 1e9, report.requestsPerSecond(),
                overall.percentileMillis(99), report.errors());
        report.processCpu().filter(cpu -> report.requests() > 0).ifPresent(cpu -> out.printf(Locale.ROOT,
                "CPU time of this process: %.1f s, %.1f ms per request (%s)%n", cpu.toNanos() / 1e9,
                cpu.toNanos() / 1e6 / report.requests(), serverHere ? "server and clients" : "clients only"));
        if (serverHere) {
            ProcessMemory.peakResidentBytes().ifPresent(peak -> out.printf(Locale.ROOT,
                    "Peak resident memory of this process (server and clients): %.0f MB (maximum heap %d MB)%n",
                    peak / 1e6, Runtime.getRuntime().maxMemory() >> 20));
        }
        out.flush();
        if (!report.clean()) {
            throw CliException.failure(report.errors() + " of " + report.requests() + " requests failed"
                    + (report.warmUpErrors() > 0 ? ", and " + report.warmUpErrors() + " of the first pass" : "")
                    + "; the first are listed above");
        }
        return 0;
    }

    /** The server's root from any of its URLs a person may paste: root, dataset, or endpoint. */
    private static String baseOf(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw CliException.usage("--url needs a URL such as http://127.0.0.1:3030, got '" + url + "'");
        }
        if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())
                || uri.getHost() == null) {
            throw CliException.usage("--url needs a URL such as http://127.0.0.1:3030, got '" + url + "'");
        }
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}

package org.newsgraph.serve;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.newsgraph.query.QueryRunner;
import org.newsgraph.store.GraphStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.channels.NetworkChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The store behind an embedded Apache Jena Fuseki at {@code /newsgraph}: SPARQL query, the Graph Store Protocol
 * (read, or read-write with {@link ServeSettings#update()}), the union of the document graphs as the default graph,
 * the canned queries at {@code /newsgraph/q/NAME}, CORS for browser pages, and {@code /$/ping}.
 * <p>
 * With updates allowed, web pages of other origins may still query but not write ({@link CrossOriginWriteFilter}).
 * <p>
 * Every SELECT, CONSTRUCT and DESCRIBE answered, canned or not, gives at most the settings' {@link RowCap} of rows,
 * and says in a header whether rows were left out.
 * <p>
 * Every query run through the store while the server is up, canned or not, has the settings' time limit and may not
 * call out with {@code SERVICE}: a public endpoint must not become a proxy to other servers, nor be tied up by one
 * runaway query. Those settings go into the store's context and are taken out again by {@link #stop()}.
 * <p>
 * Every request is held to the settings' {@link ServerLimits} (body, URI and header sizes, connections, threads,
 * slow clients; see {@link RequestSizeLimit} and {@link SlowClientGuard}); client queries run with bounded regular
 * expressions ({@link BoundedRegex}), sorts that spill to disk, and a watch on memory ({@link QueryMemoryGuard}).
 * With a password file every request needs the credentials of one of its users ({@link BasicAuthFilter}); updates
 * on an address other than loopback are refused without one. {@code LOAD} is refused unless allowed
 * ({@link LoadRefusingUpdate}).
 * <p>
 * The caller opens the store (for reading, or for update when the server allows writes) and closes it after
 * {@link #stop()}.
 */
public final class NewsGraphServer implements AutoCloseable {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(NewsGraphServer.class);

    public static final String DATASET_PATH = "/newsgraph";
    public static final String CANNED_QUERY_PATH = DATASET_PATH + "/q";

    private static final List<Symbol> SETTINGS = List.of(ARQ.queryTimeout, ARQ.updateTimeout, ARQ.httpServiceAllowed,
            ARQ.spillToDiskThreshold, org.apache.jena.query.text.TextQuery.textIndex);

    /** Solutions a sort, DISTINCT or REDUCED holds in memory before it spills to temporary files. */
    static final long SPILL_THRESHOLD = 50_000;

    private final FusekiServer fuseki;
    private final Context storeContext;
    private final Map<Symbol, Object> previousSettings;
    private final ServeSettings settings;
    private final String urlHost;
    private final QueryRunner queries;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private TextQuerySupport textQuery;
    private final ScheduledExecutorService guards;

    private NewsGraphServer(FusekiServer fuseki, Context storeContext, Map<Symbol, Object> previousSettings,
                            ServeSettings settings, String urlHost, QueryRunner queries,
                            ScheduledExecutorService guards) {
        this.fuseki = fuseki;
        this.guards = guards;
        this.storeContext = storeContext;
        this.previousSettings = previousSettings;
        this.settings = settings;
        this.urlHost = urlHost;
        this.queries = queries;
    }

    /**
     * Starts serving; returns once the server accepts requests.
     *
     * @throws ServeException when the host is unknown or the address cannot be bound (e.g. the port is taken)
     */
    public static NewsGraphServer start(GraphStore store, QueryRunner queries, ServeSettings settings) {
        InetAddress address = resolve(settings.host());
        if (settings.update() && !address.isLoopbackAddress() && settings.passwordFile().isEmpty()) {
            throw new ServeException("updates on " + settings.host() + " would let anyone who reaches it change the "
                    + "store: give a password file (--password-file) or listen on 127.0.0.1", false, null);
        }
        BasicAuthFilter authentication = settings.passwordFile().map(BasicAuthFilter::fromFile).orElse(null);
        Context context = store.dataset().getContext();
        Map<Symbol, Object> previous = new HashMap<>();
        SETTINGS.forEach(symbol -> previous.put(symbol, context.get(symbol)));
        long timeoutMillis = settings.queryTimeout().toMillis();
        context.set(ARQ.queryTimeout, timeoutMillis);
        context.set(ARQ.updateTimeout, timeoutMillis);
        context.set(ARQ.httpServiceAllowed, false);
        context.set(ARQ.spillToDiskThreshold, SPILL_THRESHOLD);
        TextQuerySupport textQuery = TextQuerySupport.attach(store, context);

        RowCap cap = new RowCap(settings.maxRows());
        ServerLimits limits = settings.limits();
        QueryMemoryGuard memoryGuard = new QueryMemoryGuard();
        SlowClientGuard slowClients = new SlowClientGuard(limits.requestReadTimeout());
        DataService service = DataService.newBuilder(new UnionDefaultDataset(store.dataset().asDatasetGraph()))
                .withStdServices(settings.update())
                .build();
        FusekiServer fuseki;
        try {
            FusekiServer.Builder builder = FusekiServer.create()
                    .port(settings.port())
                    .numServerThreads(ServerLimits.MIN_THREADS, limits.maxThreads())
                    // With its content type, or a query POSTed to the dataset URL itself is no longer recognised.
                    .registerOperation(Operation.Query, WebContent.contentTypeSPARQLQuery,
                            new CappedQueryProcessor(cap, memoryGuard))
                    .add(DATASET_PATH, service)
                    .addServlet(CANNED_QUERY_PATH + "/*", new CannedQueryServlet(store, queries, cap))
                    .enableCors(true, null)
                    .enablePing(true);
            if (authentication != null) {
                builder.addFilter("/*", authentication);
            }
            if (settings.update() && !settings.allowLoad()) {
                builder.registerOperation(Operation.Update, WebContent.contentTypeSPARQLUpdate,
                        new LoadRefusingUpdate());
            }
            if (settings.update()) {
                builder.addFilter(DATASET_PATH + "/*", new CrossOriginWriteFilter());
                builder.addFilter(DATASET_PATH + "/*", new DefaultGraphWriteFilter());
            }
            fuseki = builder.build();
            Server jetty = fuseki.getJettyServer();
            // The builder knows only "loopback or every interface"; the connector takes any address.
            for (Connector connector : jetty.getConnectors()) {
                if (connector instanceof ServerConnector serverConnector) {
                    serverConnector.setHost(address.getHostAddress());
                    serverConnector.setIdleTimeout(limits.idleTimeout().toMillis());
                }
                HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
                if (http != null) {
                    HttpConfiguration config = http.getHttpConfiguration();
                    config.setRequestHeaderSize(limits.maxHeaderBytes());
                    config.setIdleTimeout(limits.idleTimeout().toMillis());
                    // Direct buffers live outside the heap's bound: under 60 MB bodies and 40 clients Jetty's pool
                    // of them grew the server's resident memory by 600 MB beyond -Xmx. Heap buffers stay inside it.
                    config.setUseInputDirectByteBuffers(false);
                    config.setUseOutputDirectByteBuffers(false);
                }
            }
            NetworkConnectionLimit connectionLimit = new NetworkConnectionLimit(limits.maxConnections(), jetty);
            // At the limit, connections with nothing to say make room for new ones sooner.
            connectionLimit.setEndPointIdleTimeout(Math.min(limits.idleTimeout().toMillis(), 5_000));
            jetty.addBean(connectionLimit);
            RequestSizeLimit sizeLimit = new RequestSizeLimit(limits, settings.update());
            sizeLimit.setHandler(jetty.getHandler());
            slowClients.setHandler(sizeLimit);
            jetty.setHandler(slowClients);
            fuseki.start();
        } catch (RuntimeException e) {
            restore(context, previous);
            textQuery.close();
            throw startFailure(settings, e);
        }
        ScheduledExecutorService guards = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "newsgraph-serve-guards");
            thread.setDaemon(true);
            return thread;
        });
        guards.scheduleWithFixedDelay(() -> {
            try {
                slowClients.sweep();
                memoryGuard.check();
            } catch (RuntimeException e) {
                log.warn("the server's guard against slow clients and memory use failed: {}", e.toString());
            }
        }, 1, 1, TimeUnit.SECONDS);
        NewsGraphServer server = new NewsGraphServer(fuseki, context, previous, settings, urlHost(address), queries,
                guards);
        server.textQuery = textQuery;
        return server;
    }

    /** The port the server listens on: the one asked for, or the one the system chose for port 0. */
    public int port() {
        return fuseki.getHttpPort();
    }

    public ServeSettings settings() {
        return settings;
    }

    public ServerUrls urls() {
        String base = "http://" + urlHost + ":" + port();
        String dataset = base + DATASET_PATH;
        Map<String, String> canned = new LinkedHashMap<>();
        queries.availableNames().forEach(name -> canned.put(name, base + CANNED_QUERY_PATH + "/" + name));
        return new ServerUrls(base, dataset, dataset + "/sparql",
                settings.update() ? Optional.of(dataset + "/update") : Optional.empty(),
                dataset + "?default",
                settings.update() ? Optional.of(dataset + "/data") : Optional.empty(),
                base + "/$/ping", base + CANNED_QUERY_PATH + "/", canned);
    }

    /** The addresses the server's sockets are bound to, as the operating system reports them. */
    List<InetSocketAddress> boundAddresses() {
        List<InetSocketAddress> bound = new ArrayList<>();
        for (Connector connector : fuseki.getJettyServer().getConnectors()) {
            if (connector instanceof ServerConnector serverConnector
                    && serverConnector.getTransport() instanceof NetworkChannel channel) {
                try {
                    if (channel.getLocalAddress() instanceof InetSocketAddress address) {
                        bound.add(address);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return bound;
    }

    /** Whether any connector reads or writes requests through direct buffers, which the heap bound does not hold. */
    boolean usesDirectBuffers() {
        return Arrays.stream(fuseki.getJettyServer().getConnectors())
                .map(connector -> connector.getConnectionFactory(HttpConnectionFactory.class))
                .filter(Objects::nonNull)
                .map(HttpConnectionFactory::getHttpConfiguration)
                .anyMatch(config -> config.isUseInputDirectByteBuffers() || config.isUseOutputDirectByteBuffers());
    }

    /**
     * Requests each canned query once (see {@link WarmUp}), so that the first clients get warm answers; stops
     * sending after {@code budget}.
     */
    public WarmUp.Result warmUp(Duration budget) {
        // A little over the server's own limit, so that a cancelled query is answered (503), not abandoned.
        Duration requestTimeout = settings.queryTimeout().plusSeconds(5);
        return WarmUp.run(urls().cannedQueries().values(), requestTimeout, budget);
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** Stops accepting requests and gives the store its own settings back; the store stays open. */
    public void stop() {
        if (stopped.compareAndSet(false, true)) {
            guards.shutdownNow();
            try {
                fuseki.stop();
            } finally {
                restore(storeContext, previousSettings);
                textQuery.close();
            }
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static void restore(Context context, Map<Symbol, Object> previous) {
        previous.forEach((symbol, value) -> {
            if (value == null) {
                context.remove(symbol);
            } else {
                context.set(symbol, value);
            }
        });
    }

    private static InetAddress resolve(String host) {
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new ServeException("unknown host '" + host + "'", false, e);
        }
    }

    /** A host for URLs people can click: the wildcard address is not one, so loopback stands in for it. */
    private static String urlHost(InetAddress address) {
        if (address.isAnyLocalAddress()) {
            return "localhost";
        }
        String text = address.getHostAddress();
        return address instanceof Inet6Address ? "[" + text.replaceFirst("%.*$", "") + "]" : text;
    }

    private static ServeException startFailure(ServeSettings settings, RuntimeException error) {
        String where = settings.host() + ":" + settings.port();
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException bind) {
                String reason = String.valueOf(bind.getMessage());
                boolean inUse = reason.toLowerCase(Locale.ROOT).contains("in use");
                return new ServeException(inUse ? "port " + settings.port() + " on " + settings.host()
                        + " is already in use" : "cannot listen on " + where + ": " + reason, inUse, error);
            }
        }
        return new ServeException("cannot start the server on " + where + ": " + firstLine(error), false, error);
    }

    private static String firstLine(Throwable error) {
        String message = error.getMessage() != null ? error.getMessage() : error.getClass().getSimpleName();
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}

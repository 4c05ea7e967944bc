package org.interagency.agreements.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.apiguardian.api.API;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.interagency.agreements.json.AgreementJson;
import org.interagency.agreements.report.ConfigurationFile;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.server.internal.BearerTokens;
import org.interagency.agreements.server.internal.Endpoints;
import org.interagency.agreements.server.internal.Problem;
import org.interagency.agreements.server.internal.ValidationPool;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The validation service: the library's checks over HTTP (Javalin 7 on Jetty 12), for agency
 * systems that are not written in Java. Configure it with {@link #builder()}, then
 * {@link #start()} it; {@link #stop()} finishes the requests in flight first.
 *
 * <pre>{@code
 * try (AgreementServer server = AgreementServer.builder().port(8080).portfolio(Path.of("agreements")).build()) {
 *     server.start();
 *     server.join();
 * }
 * }</pre>
 *
 * <p>What it guarantees (docs/server.md has the details):
 * <ul>
 *   <li><strong>Bounded.</strong> A body is at most the reader's document limit (413 beyond,
 *       refused from its {@code Content-Length} before it is read); the whole body must arrive
 *       within the read timeout (408 and the connection closed otherwise, however slowly it
 *       trickles); validations run on a pool of fixed size with a queue of fixed length (429
 *       when both are full).</li>
 *   <li><strong>Nothing kept.</strong> Documents are held in memory for the request only; the
 *       log has the method, route, status, sizes and times, and the metrics rule ids and counts,
 *       never what a document says.</li>
 *   <li><strong>Who may call.</strong> Bound to the loopback interface unless told otherwise;
 *       TLS from a keystore when asked; bearer tokens from a file when given (401 without a
 *       valid one); no CORS unless origins are named.</li>
 *   <li><strong>Errors</strong> are RFC 9457 problem details, never a stack trace.</li>
 * </ul>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class AgreementServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AgreementServer.class);
    private static final Logger REQUESTS = LoggerFactory.getLogger("org.interagency.agreements.server.requests");
    private static final String STARTED_AT = "agreements.startNanos";
    private static final java.util.Set<String> ROUTES = java.util.Set.of("/healthz", "/readyz", "/metrics", "/v1/check",
            "/v1/portfolio", "/v1/diff", "/v1/assess", "/v1/schema", "/v1/rules", "/v1/openapi.json", "/v1/accountable",
            "/v1/portfolio/reload");

    private final Builder settings;
    private final AgreementJson reader;
    private final @Nullable BearerTokens tokens;
    private final ValidationPool pool;
    private final Endpoints endpoints;
    private final PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Javalin app;
    private @Nullable ServerConnector connector;
    private volatile boolean draining;
    private volatile boolean started;

    private AgreementServer(Builder settings) {
        this.settings = settings;
        this.tokens = settings.tokens == null ? null : BearerTokens.read(settings.tokens);
        this.pool = new ValidationPool(settings.threads, settings.queue);
        ConfigurationFile configuration = settings.configuration;
        // The configuration's limits bound every body and every file of the portfolio.
        this.reader = configuration == null ? AgreementJson.defaults() : configuration.reader();
        this.endpoints = new Endpoints(reader, pool, settings.readTimeout, settings.packs,
                configuration == null ? null : configuration.rules(), configuration == null ? null : configuration.file(),
                settings.portfolio, version(), this::countFindings, openApi());
        Gauge.builder("agreements.validations.in.use", pool, ValidationPool::inUse)
                .description("validations running or waiting in the pool").register(metrics);
        this.app = Javalin.create(this::configure);
    }

    /**
     * A builder with the defaults: {@code 127.0.0.1:8080}, plain HTTP, no tokens, no CORS, as
     * many validation threads as processors, a queue of 64, a 10 s read timeout and a 10 s grace
     * period at shutdown.
     *
     * @return a new builder with those defaults, to set and then {@link Builder#build() build}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts listening.
     *
     * @return this server
     * @throws IllegalStateException if the port cannot be bound, or the keystore read
     */
    public AgreementServer start() {
        app.start();
        started = true;
        LOG.info("listening on {}://{}:{} with {} validation thread(s), a queue of {}, documents up to {} bytes, {}",
                settings.keystore == null ? "http" : "https", settings.bind, port(), settings.threads, settings.queue,
                reader.maxDocumentBytes(), settings.configuration == null ? "no configuration file"
                        : "the configuration " + Messages.quoteName(settings.configuration.file()));
        return this;
    }

    /**
     * The port the server listens on (the one chosen when it was asked for port 0).
     *
     * @return the local port
     */
    public int port() {
        return connector == null ? -1 : connector.getLocalPort();
    }

    /**
     * The address the server listens on.
     *
     * @return the bind address, {@code 127.0.0.1} unless set
     */
    public String address() {
        return settings.bind;
    }

    /**
     * Waits until the server has stopped, by {@link #stop()} from another thread.
     *
     * @throws InterruptedException if the waiting thread is interrupted first; the server goes on
     */
    public void join() throws InterruptedException {
        app.jettyServer().server().join();
    }

    /**
     * Stops gracefully: new requests get 503 at once, the requests in flight finish (up to the
     * grace period), then the connector closes and the validation threads stop.
     */
    public void stop() {
        if (!started) {
            return;
        }
        draining = true;
        long end = System.nanoTime() + settings.grace.toNanos();
        while (inFlight.get() > 0 && System.nanoTime() < end) {
            try {
                TimeUnit.MILLISECONDS.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        app.stop();
        pool.shutdown(Duration.ofSeconds(1));
        started = false;
        LOG.info("stopped");
    }

    /** {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    /** The validation pool, for tests that fill it. */
    ValidationPool pool() {
        return pool;
    }

    private void configure(io.javalin.config.JavalinConfig config) {
        config.startup.showJavalinBanner = false;
        config.http.maxRequestSize = reader.maxDocumentBytes();
        config.jetty.modifyServer(this::connector);
        if (!settings.corsOrigins.isEmpty()) {
            config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
                for (String origin : settings.corsOrigins) {
                    rule.allowHost(origin);
                }
            }));
        }
        config.routes.before(this::admit);
        config.routes.after(this::account);
        config.routes.get("/healthz", ctx -> ctx.contentType("application/json").result("{\"status\":\"up\"}"));
        config.routes.get("/readyz", this::readiness);
        config.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                .result(metrics.scrape()));
        config.routes.post("/v1/check", endpoints::check);
        config.routes.post("/v1/portfolio", endpoints::portfolio);
        config.routes.post("/v1/diff", endpoints::diff);
        config.routes.post("/v1/assess", endpoints::assess);
        config.routes.get("/v1/schema", endpoints::schema);
        config.routes.get("/v1/rules", endpoints::rules);
        config.routes.get("/v1/openapi.json", endpoints::openApi);
        config.routes.get("/v1/accountable", endpoints::accountable);
        config.routes.post("/v1/portfolio/reload", endpoints::reload);
        config.routes.exception(Problem.ProblemException.class, (e, ctx) -> answer(ctx, e.problem()));
        config.routes.exception(Exception.class, (e, ctx) -> {
            // The message of an unexpected exception may quote a document: log its type only.
            LOG.error("internal error {} on {} {}", e.getClass().getName(), ctx.method(), route(ctx));
            answer(ctx, Problem.of(500, "internal-error", "Internal error",
                    "the service failed on this request; it has been logged without the document"));
        });
        config.routes.error(404, ctx -> {
            if (!ctx.contentType("").equals(Problem.MEDIA_TYPE)) {
                answer(ctx, Problem.of(404, "not-found", "Not found", "no such endpoint; see /v1/openapi.json"));
            }
        });
        config.routes.error(405, ctx -> answer(ctx, Problem.of(405, "method-not-allowed", "Method not allowed",
                "this endpoint does not take this method; see /v1/openapi.json")));
    }

    private void connector(Server server) {
        // A request is in flight until its response is written to the end: Jetty calls the request
        // log only then, while Javalin's after-handlers run before it writes the body, so counting
        // down there let stop() close the connector under a response still being sent. Only the
        // requests admit() counted are counted down (Jetty also logs requests it refused itself).
        server.setRequestLog((request, response) -> {
            if (request.getAttribute(STARTED_AT) != null) {
                inFlight.decrementAndGet();
            }
        });
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        ServerConnector created;
        if (settings.keystore == null) {
            created = new ServerConnector(server, new HttpConnectionFactory(http));
        } else {
            SslContextFactory.Server tls = new SslContextFactory.Server();
            tls.setKeyStorePath(settings.keystore.toAbsolutePath().toString());
            tls.setKeyStorePassword(new String(settings.keystorePassword));
            http.addCustomizer(new SecureRequestCustomizer(false));
            created = new ServerConnector(server, new SslConnectionFactory(tls, "http/1.1"), new HttpConnectionFactory(http));
        }
        created.setHost(settings.bind);
        created.setPort(settings.port);
        // An idle connection, or one that sends nothing for this long, is closed; the body's own
        // deadline (BoundedBody) catches one that sends a byte now and then.
        created.setIdleTimeout(settings.readTimeout.toMillis());
        server.addConnector(created);
        ErrorHandler errors = new ErrorHandler();
        errors.setShowStacks(false);
        errors.setShowMessageInTitle(false);
        server.setErrorHandler(errors);
        this.connector = created;
    }

    private void admit(Context ctx) {
        ctx.attribute(STARTED_AT, System.nanoTime());
        inFlight.incrementAndGet();
        String path = ctx.path();
        boolean probe = path.equals("/healthz") || path.equals("/readyz");
        if (draining && !probe) {
            throw Problem.of(503, "shutting-down", "Service shutting down", "the service is shutting down").toException();
        }
        boolean open = probe || ctx.method() == HandlerType.OPTIONS;
        if (tokens != null && !open && !tokens.accepts(ctx.header("Authorization"))) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw Problem.of(401, "unauthorized", "Unauthorized",
                    "send Authorization: Bearer <token> with a token of the service's token file").toException();
        }
    }

    private void account(Context ctx) {
        Long start = ctx.attribute(STARTED_AT);
        long nanos = start == null ? 0 : System.nanoTime() - start;
        String route = route(ctx);
        String status = Integer.toString(ctx.statusCode());
        Timer.builder("agreements.http.requests").tag("method", ctx.method().name()).tag("route", route)
                .tag("status", status).publishPercentileHistogram(false).register(metrics)
                .record(nanos, TimeUnit.NANOSECONDS);
        long in = Math.max(0, ctx.req().getContentLengthLong());
        DistributionSummary.builder("agreements.http.request.size").baseUnit("bytes").register(metrics).record(in);
        // Method, route template, status, sizes and time only: never the query (it may name a
        // document) nor the body.
        REQUESTS.info("{} {} {} in={}B {}ms", ctx.method().name(), route, status, in,
                TimeUnit.NANOSECONDS.toMillis(nanos));
    }

    /** The route a request was for, from a fixed list: a path sent by a client is not a label to keep. */
    private static String route(Context ctx) {
        String path = ctx.path();
        return ROUTES.contains(path) ? path : "other";
    }

    private void readiness(Context ctx) {
        boolean ready = started && !draining && endpoints.ready();
        ctx.status(ready ? 200 : 503).contentType("application/json")
                .result(ready ? "{\"status\":\"ready\"}" : "{\"status\":\"not ready\"}");
    }

    private void countFindings(List<Finding> findings) {
        for (Finding finding : findings) {
            metrics.counter("agreements.findings", "rule", finding.ruleId()).increment();
        }
        metrics.counter("agreements.checks").increment();
    }

    private static void answer(Context ctx, Problem problem) {
        ctx.status(problem.status()).contentType(Problem.MEDIA_TYPE).result(problem.json());
    }

    private static String openApi() {
        try (InputStream in = AgreementServer.class.getResourceAsStream("openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("the OpenAPI description is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The version of this build, such as {@code 0.1.0}. */
    static String version() {
        Properties properties = new Properties();
        try (InputStream in = AgreementServer.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version", "unknown");
    }

    /** The settings of a server; {@link #build()} checks them. Not thread-safe. */
    @API(status = EXPERIMENTAL, since = "0.1")
    public static final class Builder {

        private String bind = "127.0.0.1";
        private int port = 8080;
        private final List<String> packs = new ArrayList<>();
        private @Nullable ConfigurationFile configuration;
        private @Nullable Path portfolio;
        private @Nullable Path tokens;
        private @Nullable Path keystore;
        private char[] keystorePassword = new char[0];
        private final List<String> corsOrigins = new ArrayList<>();
        private int threads = Runtime.getRuntime().availableProcessors();
        private int queue = 64;
        private Duration readTimeout = Duration.ofSeconds(10);
        private Duration grace = Duration.ofSeconds(10);

        private Builder() {
        }

        /**
         * The address to listen on; default {@code 127.0.0.1} (loopback only).
         *
         * @param address a host name or IP address of this machine, such as {@code 0.0.0.0} for
         *     every interface; not {@code null}
         * @return this builder
         */
        public Builder bind(String address) {
            this.bind = Objects.requireNonNull(address, "address");
            return this;
        }

        /**
         * The port; 0 for any free one ({@link #port()} then says which). Default 8080.
         *
         * @param number the TCP port, 0 to 65535
         * @return this builder
         * @throws IllegalArgumentException if {@code number} is outside 0 to 65535
         */
        public Builder port(int number) {
            if (number < 0 || number > 65_535) {
                throw new IllegalArgumentException("a port is 0 to 65535, not " + number);
            }
            this.port = number;
            return this;
        }

        /**
         * Packs every check runs, besides the principle packs and those a document claims. Each
         * call adds to the packs of the calls before.
         *
         * @param ids pack ids, such as {@code us-cma}; {@link #build()} fails on an unknown one
         * @return this builder
         */
        public Builder packs(List<String> ids) {
            packs.addAll(ids);
            return this;
        }

        /**
         * The rule configuration every check applies (rules disabled, severities, packs, the
         * longest waiver), and whose limits bound every request body and every file of the
         * portfolio; {@code null} (the default) for the library's defaults.
         *
         * @param file the configuration, as {@link ConfigurationFile#read(Path)} reads it, or {@code null}
         * @return this builder
         */
        public Builder configuration(@Nullable ConfigurationFile file) {
            this.configuration = file;
            return this;
        }

        /**
         * The directory of agreements that {@code /v1/accountable} answers from, read when the
         * server is built and again on {@code POST /v1/portfolio/reload}.
         *
         * @param directory the directory; {@code null} (the default) for none, and then
         *     {@code /v1/accountable} answers 404
         * @return this builder
         */
        public Builder portfolio(@Nullable Path directory) {
            this.portfolio = directory;
            return this;
        }

        /**
         * A file of bearer tokens, one a line: then every request but the probes needs one.
         *
         * @param file a UTF-8 text file of tokens, each at least 16 characters without spaces;
         *     blank lines and lines starting with {@code #} are skipped; read by {@link #build()};
         *     {@code null} (the default) for no tokens, so that every request is served
         * @return this builder
         */
        public Builder tokens(@Nullable Path file) {
            this.tokens = file;
            return this;
        }

        /**
         * Serves HTTPS with the key and certificate of a PKCS#12 or JKS keystore.
         *
         * @param keystoreFile the keystore, read when the server {@linkplain AgreementServer#start()
         *     starts}; not {@code null}
         * @param password the keystore's password; copied, so the caller may clear its array
         * @return this builder
         */
        public Builder tls(Path keystoreFile, char[] password) {
            this.keystore = Objects.requireNonNull(keystoreFile, "keystoreFile");
            this.keystorePassword = password.clone();
            return this;
        }

        /**
         * An origin (such as {@code https://grants.example.gov}) allowed to call from a browser.
         * Each call adds one; without any, no cross-origin call is allowed.
         *
         * @param origin a scheme, host and optional port, without a path; not {@code null}
         * @return this builder
         */
        public Builder corsOrigin(String origin) {
            corsOrigins.add(Objects.requireNonNull(origin, "origin"));
            return this;
        }

        /**
         * The validation threads and the validations that may wait for one; a request that finds
         * every thread busy and the queue full is refused at once with 429.
         *
         * @param validationThreads how many validations run at once, at least 1 (checked by
         *     {@link #build()}); default the number of processors
         * @param queueLength how many validations may wait for a thread, 0 or more (checked by
         *     {@link #build()}); default 64
         * @return this builder
         */
        public Builder pool(int validationThreads, int queueLength) {
            this.threads = validationThreads;
            this.queue = queueLength;
            return this;
        }

        /**
         * How long a whole request body may take to arrive, and how long a connection may idle.
         *
         * @param timeout a positive duration (checked by {@link #build()}); default 10 s
         * @return this builder
         */
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /**
         * How long {@link AgreementServer#stop()} waits for requests in flight.
         *
         * @param period the longest wait; zero or negative stops without waiting; default 10 s
         * @return this builder
         */
        public Builder grace(Duration period) {
            this.grace = Objects.requireNonNull(period, "period");
            return this;
        }

        /**
         * The server, not yet started.
         *
         * @return a new server with these settings; {@link AgreementServer#start()} starts it
         * @throws IllegalArgumentException if a setting is not valid, the token file cannot be
         *     read, or a pack is unknown, or the configuration names a rule or a pack that nothing
         *     has (the message then names its file)
         */
        public AgreementServer build() {
            if (threads < 1 || queue < 0) {
                throw new IllegalArgumentException("the pool needs at least one thread and a queue of zero or more");
            }
            if (readTimeout.isNegative() || readTimeout.isZero()) {
                throw new IllegalArgumentException("the read timeout is positive");
            }
            try {
                return new AgreementServer(this);
            } catch (org.interagency.agreements.server.internal.Problem.ProblemException e) {
                throw new IllegalArgumentException(e.problem().detail(), e);
            }
        }
    }
}

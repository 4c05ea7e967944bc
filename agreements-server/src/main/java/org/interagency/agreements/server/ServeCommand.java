package org.interagency.agreements.server;

import org.interagency.agreements.report.ConfigurationFile;
import org.interagency.agreements.rules.Messages;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code agreements serve}: runs the validation service until it is stopped (Ctrl-C or SIGTERM,
 * which let the requests in flight finish).
 */
@Command(name = "serve",
        description = {
            "Runs the validation service: the checks over HTTP for systems not written in Java, and who is"
                    + " accountable for a scope, a jurisdiction and a day over --portfolio. See docs/server.md.",
            "It keeps nothing it is sent and logs no document content. It listens on loopback unless --bind says"
                    + " otherwise.",
        },
        sortOptions = false,
        mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped", "2:the service could not start (a setting, the configuration file, the port, the"
                + " keystore or the token file)"})
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address to listen on. Default: 127.0.0.1 (this machine only).")
    String bind = "127.0.0.1";

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "The port; 0 for any free one. Default: 8080.")
    int port = 8080;

    @Option(names = "--config", paramLabel = "FILE",
            description = "A rule configuration (JSON or YAML), as for check: disabled rule ids, severities by rule id,"
                    + " packs, the longest waiver, and the reader's limits (which bound every request body and every"
                    + " file of --portfolio). Applied to every request. Unlike check, serve looks for no"
                    + " .agreements.yaml: without --config, the defaults.")
    @Nullable Path config;

    @Option(names = "--pack", paramLabel = "ID", description = "Run the rules of this pack in every check (repeatable).")
    List<String> packs = new ArrayList<>();

    @Option(names = "--portfolio", paramLabel = "DIR",
            description = "The agreements /v1/accountable answers from; read again on POST /v1/portfolio/reload.")
    @Nullable Path portfolio;

    @Option(names = "--tokens", paramLabel = "FILE",
            description = "Bearer tokens, one a line: every request but /healthz and /readyz then needs one (401 without).")
    @Nullable Path tokens;

    @Option(names = "--tls-keystore", paramLabel = "FILE", description = "Serve HTTPS with the key and certificate of this PKCS#12 keystore.")
    @Nullable Path keystore;

    @Option(names = "--tls-password-file", paramLabel = "FILE", description = "The file whose first line is the keystore's password.")
    @Nullable Path keystorePassword;

    @Option(names = "--cors-origin", paramLabel = "ORIGIN",
            description = "An origin allowed to call from a browser (repeatable). Default: none (no CORS headers).")
    List<String> corsOrigins = new ArrayList<>();

    @Option(names = "--threads", paramLabel = "N", description = "Validation threads. Default: the number of processors.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--queue", paramLabel = "N", defaultValue = "64",
            description = "Validations that may wait for a thread; beyond, 429. Default: 64.")
    int queue = 64;

    @Option(names = "--read-timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "How long a whole request body may take to arrive, and a connection may idle. Default: 10.")
    int readTimeout = 10;

    @Spec
    @Nullable CommandSpec spec;

    /** Creates the command; picocli and {@link ServeExtension} call this. */
    public ServeCommand() {
    }

    @Override
    public Integer call() throws InterruptedException {
        // The command line logs only warnings; the service's start, stop and request lines are
        // what its operator watches.
        System.setProperty("org.slf4j.simpleLogger.log.org.interagency.agreements.server", "info");
        PrintWriter err = spec == null ? new PrintWriter(System.err, true) : spec.commandLine().getErr();
        AgreementServer server;
        try {
            // Read (once) and checked before the port is bound: a bad file stops the start.
            AgreementServer.Builder builder = AgreementServer.builder().bind(bind).port(port).packs(packs)
                    .configuration(config == null ? null : ConfigurationFile.read(config)).portfolio(portfolio).tokens(tokens).pool(threads, queue).readTimeout(Duration.ofSeconds(readTimeout));
            if (keystore != null) {
                builder.tls(keystore, password());
            }
            corsOrigins.forEach(builder::corsOrigin);
            server = builder.build().start();
        } catch (RuntimeException e) {
            err.println(Messages.escape("agreements serve: " + e.getMessage()));
            err.flush();
            return 2;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "agreements-serve-stop"));
        server.join();
        return 0;
    }

    private char[] password() {
        if (keystorePassword == null) {
            return new char[0];
        }
        try {
            List<String> lines = Files.readAllLines(keystorePassword, StandardCharsets.UTF_8);
            return lines.isEmpty() ? new char[0] : lines.get(0).toCharArray();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the keystore password file " + keystorePassword, e);
        }
    }
}

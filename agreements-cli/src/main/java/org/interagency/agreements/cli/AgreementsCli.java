package org.interagency.agreements.cli;

import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.cli.internal.CliException;
import org.interagency.agreements.cli.internal.FileProblems;
import org.interagency.agreements.cli.internal.Notation;
import org.interagency.agreements.cli.internal.ProcessEnvironment;
import org.interagency.agreements.cli.internal.View;
import org.interagency.agreements.core.RuleConfigurationException;
import org.interagency.agreements.json.AgreementJsonException;
import org.interagency.agreements.report.CommandExtension;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * The {@code agreements} command: checks interagency agreement documents (JSON or YAML) and
 * compares versions of them, and renders, digests, signs and verifies them.
 *
 * <pre>
 * agreements check examples/agreements --format sarif --fail-on warning
 * agreements render mou.yaml --view raci --as mermaid
 * agreements sign mou.yaml --key county.key --agency harris-county &gt; mou.county.sig.json
 * </pre>
 *
 * <p>Exit codes: 0 clean, 1 findings at or above {@code --fail-on} (or a signature that does not
 * verify), 2 unreadable or invalid input or a usage error. Errors are one line on stderr; the
 * stack trace only with {@code --debug}.
 */
@Command(name = "agreements",
        mixinStandardHelpOptions = true,
        versionProvider = AgreementsCli.Version.class,
        description = "Checks interagency agreement documents (JSON or YAML) against the rules of"
                + " interagency collaboration, reports on them as an HTML page, and renders, digests, signs and verifies them.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.OK_HELP, ExitCodes.FINDINGS_HELP, ExitCodes.INVALID_INPUT_HELP})
public final class AgreementsCli implements Runnable {

    /**
     * The commands, in the order the help lists them (those of other modules follow). Added by
     * {@link #commandLine(PrintWriter, PrintWriter, ProcessEnvironment, String...)} rather than
     * named in {@code @Command(subcommands)}, so that a run of one command builds only that one:
     * picocli reads every command's annotations by reflection when it is added, a good part of a
     * short command's start-up.
     */
    private static final Map<String, Class<?>> COMMANDS = commands(
            CheckCommand.class,
            AssessCommand.class,
            ReportCommand.class,
            DiffCommand.class,
            RenderCommand.class,
            SchemaCommand.class,
            NewCommand.class,
            DigestCommand.class,
            KeygenCommand.class,
            SignCommand.class,
            VerifyCommand.class,
            WhoCommand.class,
            CompletionCommand.class,
            CommandLine.HelpCommand.class);

    /** The commands by their names, in the order given. */
    private static Map<String, Class<?>> commands(Class<?>... commands) {
        Map<String, Class<?>> byName = new LinkedHashMap<>();
        for (Class<?> command : commands) {
            byName.put(command.getAnnotation(Command.class).name(), command);
        }
        return byName;
    }

    /**
     * The options of the top command that may come before a command's name, and still leave that
     * command the only one the line can reach ({@code --debug} is inherited by every command).
     */
    private static final Set<String> PASSING_OPTIONS = Set.of("--debug");

    /**
     * The commands that need all the others to do their work, and so are never built alone:
     * {@code help} lists them, {@code completion} writes a script that completes each of them.
     */
    private static final Set<String> NEEDING_ALL = Set.of("help", "completion");

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "On an error, print the stack trace too; log the libraries' debug messages.")
    boolean debug;

    @Spec
    CommandSpec spec;

    private final ProcessEnvironment environment;

    /**
     * The command in this process's environment: for tools that make the command by reflection,
     * such as picocli's {@code AutoComplete} generator
     * ({@code java -cp agreements.jar picocli.AutoComplete org.interagency.agreements.cli.AgreementsCli}).
     */
    public AgreementsCli() {
        this(ProcessEnvironment.current());
    }

    private AgreementsCli(ProcessEnvironment environment) {
        this.environment = environment;
    }

    /**
     * Runs the command with {@code args} and exits the JVM with its exit code.
     *
     * @param args the command line, for example {@code check examples/agreements}
     */
    public static void main(String[] args) {
        // The libraries log through SLF4J (slf4j-simple here): warnings go to stderr, debug
        // messages too under --debug. Set before any logger exists.
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        // Hibernate Validator logs through JBoss Logging: route it to SLF4J too, rather than
        // java.util.logging's INFO lines on stderr.
        System.setProperty("org.jboss.logging.provider", "slf4j");
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
                Arrays.asList(args).contains("--debug") ? "debug" : "warn");
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int exitCode = commandLine(out, err, ProcessEnvironment.current(), args).execute(args);
        out.flush();
        err.flush();
        System.exit(exitCode);
    }

    /**
     * The command line, ready to {@link CommandLine#execute(String...) execute}: output goes to
     * {@code out}, errors and progress to {@code err}. The command reads no standard input (a
     * document named {@code -} is empty), sees no environment variable and no terminal on
     * standard output (the text report is plain), and looks for a configuration file from the
     * JVM's working directory.
     *
     * @param out where the commands write their output (reports, listings, {@code --help}); the
     *     caller owns it and flushes or closes it after the command has run
     * @param err where the commands write errors, warnings and progress; the caller owns it too
     * @param terminal whether {@code err} is a terminal a person watches: {@code check} then
     *     shows its progress through a directory there
     * @return a new command line with every command, including those that other modules on the
     *     class path add (such as {@code serve}); each call makes a new one, which is not
     *     thread-safe
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, boolean terminal) {
        ProcessEnvironment detached = ProcessEnvironment.detached();
        return commandLine(out, err, new ProcessEnvironment(detached.stdin(), false, terminal, detached.variables(),
                detached.workingDirectory()));
    }

    /**
     * The command line, ready to {@link CommandLine#execute(String...) execute}, in
     * {@code environment}: output goes to {@code out}, errors and progress to {@code err}.
     * Package-private: {@link ProcessEnvironment} is internal, so the public API offers
     * {@link #commandLine(PrintWriter, PrintWriter, boolean)} instead (and {@link #main(String[])}
     * this process's own environment); the tests set the whole environment here.
     *
     * @param out where the commands write their output (reports, listings, {@code --help}); the
     *     caller owns it and flushes or closes it after the command has run
     * @param err where the commands write errors, warnings and progress; the caller owns it too
     * @param environment standard input, which of the streams are terminals, the environment
     *     variables and the working directory, as the command sees them
     * @return a new command line with every command, including those that other modules on the
     *     class path add (such as {@code serve}); each call makes a new one, which is not
     *     thread-safe
     */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, ProcessEnvironment environment) {
        return commandLine(out, err, environment, (String[]) null);
    }

    /**
     * The command line to execute {@code args} with: as
     * {@link #commandLine(PrintWriter, PrintWriter, ProcessEnvironment)}, but where {@code args}
     * run one of this module's commands (such as {@code check ...} or {@code --debug check ...}),
     * with only that command under the top one. Picocli then reads the annotations of that one
     * command only, and the modules that add commands are not looked up; what the command prints
     * and does is the same, since a command line reaches no other command.
     *
     * @param args the arguments that will be executed; {@code null} for every command
     */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, ProcessEnvironment environment,
            String @Nullable ... args) {
        CommandLine commandLine = new CommandLine(new AgreementsCli(environment));
        @Nullable String only = args == null ? null : onlyCommand(args);
        if (only != null) {
            commandLine.addSubcommand(only, COMMANDS.get(only));
        } else {
            for (Map.Entry<String, Class<?>> command : COMMANDS.entrySet()) {
                commandLine.addSubcommand(command.getKey(), command.getValue());
            }
            // Commands of their own modules, such as serve (agreements-server): found, not compiled against.
            for (CommandExtension extension : ServiceLoader.load(CommandExtension.class, AgreementsCli.class.getClassLoader())) {
                commandLine.addSubcommand(extension.name(), extension.command());
            }
        }
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.registerConverter(CheckCommand.Format.class, lowerCase(CheckCommand.Format.class));
        commandLine.registerConverter(CheckCommand.FailOn.class, lowerCase(CheckCommand.FailOn.class));
        commandLine.registerConverter(CheckCommand.StdinFormat.class, lowerCase(CheckCommand.StdinFormat.class));
        commandLine.registerConverter(CompletionCommand.Shell.class, lowerCase(CompletionCommand.Shell.class));
        commandLine.registerConverter(AssessCommand.Format.class, lowerCase(AssessCommand.Format.class));
        commandLine.registerConverter(DiffCommand.Format.class, lowerCase(DiffCommand.Format.class));
        commandLine.registerConverter(View.class, lowerCase(View.class));
        commandLine.registerConverter(Notation.class, lowerCase(Notation.class));
        commandLine.setExecutionExceptionHandler(AgreementsCli::handleExecutionException);
        commandLine.setParameterExceptionHandler(AgreementsCli::handleParameterException);
        return commandLine;
    }

    /**
     * The command of this module that {@code args} run, when it is the only command they can
     * reach: their first argument that is no option names it, and only {@code --debug} comes
     * before it. {@code null} otherwise: no command, an option of the top command such as
     * {@code --help}, an {@code @file} of arguments, a name this module has no command for (a
     * mistyped one, whose suggestions name every command, or one another module adds), or a
     * command that needs all the others ({@code help}, {@code completion}).
     */
    static @Nullable String onlyCommand(String... args) {
        for (String arg : args) {
            if (PASSING_OPTIONS.contains(arg)) {
                continue;
            }
            return COMMANDS.containsKey(arg) && !NEEDING_ALL.contains(arg) ? arg : null;
        }
        return null;
    }

    /** Option values are the enum constants in lower case, as the help writes them. */
    private static <E extends Enum<E>> CommandLine.ITypeConverter<E> lowerCase(Class<E> type) {
        return value -> {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equalsIgnoreCase(value)) {
                    return constant;
                }
            }
            List<String> names = Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
            throw new CommandLine.TypeConversionException(Messages.quote(value) + " is not one of "
                    + String.join(", ", names)
                    + Messages.didYouMean(value, names).map(name -> " (did you mean " + name + "?)").orElse(""));
        };
    }

    /** Without a subcommand: a usage error. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: check, assess, report, diff, who,"
                + " render, schema, new, digest, keygen, sign, verify, completion (or serve, where the service is installed)");
    }

    /** Whether stderr is a terminal a person watches. */
    boolean terminal() {
        return environment.stderrIsTerminal();
    }

    /** What the command reads from its process besides the arguments. */
    ProcessEnvironment environment() {
        return environment;
    }

    private static int handleParameterException(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        String name = command.getCommandSpec().qualifiedName();
        // picocli prints its suggestions for a mistyped option or command apart from the message:
        // here they go on the one line, as every "did you mean" of the command does.
        String suggestion = e instanceof CommandLine.UnmatchedArgumentException unmatched
                && !unmatched.getSuggestions().isEmpty()
                ? " (did you mean " + String.join(" or ", unmatched.getSuggestions().stream().limit(3).toList()) + "?)" : "";
        command.getErr().println(Messages.escape(name + ": " + e.getMessage() + suggestion + " (see '" + name + " --help')"));
        command.getErr().flush();
        return ExitCodes.INVALID_INPUT;
    }

    private static int handleExecutionException(Exception e, CommandLine command, ParseResult parseResult) {
        PrintWriter err = command.getErr();
        String name = command.getCommandSpec().qualifiedName();
        // Every message is printed escaped: it may name a file, or quote what a file holds.
        if (e instanceof CliException || e instanceof AgreementJsonException || e instanceof RuleConfigurationException) {
            err.println(Messages.escape(name + ": " + e.getMessage()));
        } else if (e instanceof UncheckedIOException io) {
            String file = io.getCause() instanceof FileSystemException fs && fs.getFile() != null
                    ? Messages.quoteName(fs.getFile()) + ": " : "";
            err.println(Messages.escape(name + ": " + file + FileProblems.describe(io.getCause())));
        } else {
            // No exception's name: it says nothing to a user, and the stack trace is one option away.
            err.println(name + ": internal error: the command failed unexpectedly (run again with --debug for the"
                    + " stack trace, and please report it)");
        }
        if (debugRequested(parseResult)) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.INVALID_INPUT;
    }

    private static boolean debugRequested(ParseResult parseResult) {
        for (ParseResult result = parseResult; result != null; result = result.subcommand()) {
            if (result.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }

    /** The version, from the build. */
    static final class Version implements CommandLine.IVersionProvider {

        @Override
        public String[] getVersion() {
            String commit = commit();
            return new String[] {"agreements " + version() + (commit == null ? "" : " (commit " + commit + ")")};
        }

        /** The version of this build, such as {@code 0.1.0}. */
        static String version() {
            return property("version.properties", "version");
        }

        /**
         * The git commit this build was made from, abbreviated; {@code null} for a build from
         * sources outside git (a source archive, say), where the build cannot know it.
         */
        static @Nullable String commit() {
            // The build writes an empty commit when it finds no repository (or no git).
            String commit = property("commit.properties", "commit");
            return commit.isEmpty() || commit.equals("unknown") ? null : commit;
        }

        private static String property(String resource, String name) {
            Properties properties = new Properties();
            try (InputStream in = AgreementsCli.class.getResourceAsStream(resource)) {
                if (in != null) {
                    properties.load(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the version of the command", e);
            }
            return properties.getProperty(name, "unknown");
        }
    }
}

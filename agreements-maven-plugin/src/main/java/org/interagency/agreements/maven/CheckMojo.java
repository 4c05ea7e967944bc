package org.interagency.agreements.maven;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.interagency.agreements.cli.internal.CliException;
import org.interagency.agreements.cli.internal.DocumentChecks;
import org.interagency.agreements.core.AgreementValidator;
import org.interagency.agreements.report.CheckOutcome;
import org.interagency.agreements.report.ReportWriter;
import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.rules.Severity;
import org.jspecify.annotations.Nullable;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The goal {@code agreements:check}, bound to {@code verify}: checks every agreement document
 * (*.json, *.yaml, *.yml) under {@link #directory} as {@code agreements check} does, with the
 * same configuration file, packs and waivers, logs the text report, writes a SARIF and a JUnit XML
 * report under {@link #outputDirectory}, and fails the build when a finding that no waiver
 * accepts is at least as severe as {@link #failOn}, or when a document cannot be read.
 *
 * <pre>{@code
 * <plugin>
 *   <groupId>org.interagency.agreements</groupId>
 *   <artifactId>agreements-maven-plugin</artifactId>
 *   <version>0.1.0-SNAPSHOT</version>
 *   <executions>
 *     <execution>
 *       <goals><goal>check</goal></goals>
 *     </execution>
 *   </executions>
 * </plugin>
 * }</pre>
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends AbstractMojo {

    /** The SARIF report's file name in {@link #outputDirectory}. */
    public static final String SARIF_FILE = "agreements.sarif";

    /** The JUnit XML report's file name in {@link #outputDirectory}. */
    public static final String JUNIT_FILE = "TEST-agreements.xml";

    /** A finding's first line in the text report: {@code   9:5    error    rule.id  /pointer}. */
    private static final Pattern FINDING_LINE = Pattern.compile("\\s+\\d+:\\d+\\s+(error|warning|info)\\s");

    /** The directory whose agreement documents are checked, with its subdirectories. */
    @Parameter(property = "agreements.directory", defaultValue = "${project.basedir}/src/main/agreements")
    private File directory;

    /**
     * A rule configuration (JSON or YAML), as {@code agreements check --config} reads it:
     * disabled rule ids, severities by rule id, packs and the longest waiver.
     */
    @Parameter(property = "agreements.config")
    private @Nullable File config;

    /**
     * Run only the rules of these packs: a principle such as {@code roles}, {@code principles}
     * for all of them, or a legal pack such as {@code us-cma}. Adds to the packs of the
     * configuration file; by default the principle packs (and every pack a document claims).
     */
    @Parameter
    private List<String> packs = new ArrayList<>();

    /** Waiver files (JSON or YAML): findings accepted, each with its justification and expiry. */
    @Parameter
    private List<File> waivers = new ArrayList<>();

    /**
     * The least severe finding that fails the build: {@code error}, {@code warning} or
     * {@code never} (then only a document that cannot be read fails it). Waived findings never do.
     */
    @Parameter(property = "agreements.failOn", defaultValue = "error")
    private String failOn = "error";

    /** Check as if today were this day (yyyy-MM-dd), for rules about time; by default today (UTC). */
    @Parameter(property = "agreements.asOf")
    private @Nullable String asOf;

    /** Also check the agreements against each other, as {@code agreements check --portfolio}. */
    @Parameter(property = "agreements.portfolio", defaultValue = "false")
    private boolean portfolio;

    /** Where the SARIF ({@value #SARIF_FILE}) and JUnit XML ({@value #JUNIT_FILE}) reports go. */
    @Parameter(property = "agreements.outputDirectory", defaultValue = "${project.build.directory}/agreements")
    private File outputDirectory;

    /** Skips the check. */
    @Parameter(property = "agreements.skip", defaultValue = "false")
    private boolean skip;

    /** The plugin's version, written into the SARIF report as the tool's. */
    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    private String pluginVersion = "unknown";

    /** A goal configured by Maven from the POM and the command line. */
    public CheckMojo() {
    }

    /**
     * Checks the documents, writes the reports and logs the text report.
     *
     * @throws MojoExecutionException if the configuration is not valid (an unknown rule or pack,
     *     a bad {@code failOn} or {@code asOf}, an unreadable configuration or waiver file) or a
     *     report cannot be written
     * @throws MojoFailureException if a document cannot be read, or a finding no waiver accepts
     *     is at least as severe as {@code failOn}
     */
    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("agreements:check skipped");
            return;
        }
        @Nullable Severity threshold = threshold(failOn);
        CheckOutcome outcome = check();
        Path sarif = outputDirectory.toPath().resolve(SARIF_FILE);
        Path junit = outputDirectory.toPath().resolve(JUNIT_FILE);
        write(sarif, ReportWriter.sarif(pluginVersion), outcome);
        write(junit, ReportWriter.junit(threshold == null ? Severity.ERROR : threshold), outcome);
        logText(outcome, threshold);
        getLog().info("agreements:check wrote " + sarif + " and " + junit);

        if (outcome.hasUnreadable()) {
            throw new MojoFailureException("agreements:check: some documents under " + quoted(directory)
                    + " could not be read (see above)");
        }
        if (threshold != null && outcome.hasFindingsAtLeast(threshold)) {
            throw new MojoFailureException("agreements:check: findings at " + failOn.toLowerCase(Locale.ROOT)
                    + " or above in " + quoted(directory) + " (see above, and " + sarif + ")");
        }
    }

    private CheckOutcome check() throws MojoExecutionException {
        if (!directory.isDirectory()) {
            throw new MojoExecutionException("agreements:check: the directory " + quoted(directory)
                    + " does not exist; set <directory> to where the agreement documents are");
        }
        StringWriter problems = new StringWriter();
        try (PrintWriter err = new PrintWriter(problems)) {
            AgreementValidator validator = DocumentChecks.validator(day(asOf),
                    DocumentChecks.configuration(config == null ? null : config.toPath()), packs, waivers.stream().map(File::toPath).toList());
            CheckOutcome outcome = new DocumentChecks(validator, portfolio, false)
                    .check(List.of(directory.toPath()), "agreements:check", false, err);
            err.flush();
            // The lines are escaped by the pipeline: a file name cannot forge a log line.
            problems.toString().lines().forEach(getLog()::error);
            return outcome;
        } catch (CliException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    private static @Nullable Severity threshold(String failOn) throws MojoExecutionException {
        return switch (failOn.toLowerCase(Locale.ROOT)) {
            case "error" -> Severity.ERROR;
            case "warning" -> Severity.WARNING;
            case "never" -> null;
            default -> throw new MojoExecutionException("agreements:check: failOn is " + Messages.quote(failOn)
                    + ": it is one of error, warning or never");
        };
    }

    private static @Nullable LocalDate day(@Nullable String asOf) throws MojoExecutionException {
        if (asOf == null || asOf.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(asOf.strip());
        } catch (DateTimeParseException e) {
            throw new MojoExecutionException("agreements:check: asOf is " + Messages.quote(asOf)
                    + ": write the day as yyyy-MM-dd, for example 2026-12-01", e);
        }
    }

    private static void write(Path file, ReportWriter writer, CheckOutcome outcome) throws MojoExecutionException {
        try {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                    PrintWriter printer = new PrintWriter(out)) {
                writer.write(outcome, printer);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("agreements:check: cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The text report: each finding, with its lines of detail, at the log level of its severity
     * (error when it fails the build), everything else at info.
     */
    private void logText(CheckOutcome outcome, @Nullable Severity threshold) {
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            ReportWriter.text().write(outcome, out);
        }
        Log log = getLog();
        @Nullable Severity current = null;
        for (String line : text.toString().lines().toList()) {
            Matcher finding = FINDING_LINE.matcher(line);
            if (finding.lookingAt()) {
                current = Severity.valueOf(finding.group(1).toUpperCase(Locale.ROOT));
            } else if (!line.startsWith("    ")) {
                current = null;
            }
            if (current == null || current == Severity.INFO) {
                log.info(line);
            } else if (threshold != null && current.isAtLeast(threshold)) {
                log.error(line);
            } else {
                log.warn(line);
            }
        }
    }

    /** The path, with any character that could act on a terminal written visibly. */
    private static String quoted(File file) {
        return Messages.escape(file.getPath());
    }
}

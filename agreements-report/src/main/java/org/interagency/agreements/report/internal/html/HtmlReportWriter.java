package org.interagency.agreements.report.internal.html;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.WriterOutput;
import gg.jte.Content;
import org.interagency.agreements.report.CheckOutcome;
import org.interagency.agreements.report.VersionOutcome;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes the HTML report: one self-contained page, rendered by the precompiled jte template
 * {@code report.jte} with HTML content type, so every value is escaped for the context it is
 * written in (text, attribute) and the template cannot write one where script would run.
 *
 * <p>The page loads nothing: its stylesheet is inline and allowed by its SHA-256 hash alone
 * (Content Security Policy Level 2 {@code 'sha256-…'}), and it has no script, so the policy
 * forbids every script, image, font, frame and connection.
 */
public final class HtmlReportWriter {

    private static final String TEMPLATE_PACKAGE = "org.interagency.agreements.report.internal.html.templates";
    private static final String CSS = css();
    /** The policy: nothing but the one stylesheet; no script, no base, no form. */
    private static final String POLICY = "default-src 'none'; style-src '" + sha256(CSS) + "'; img-src 'none';"
            + " script-src 'none'; base-uri 'none'; form-action 'none'";
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null, ContentType.Html,
            HtmlReportWriter.class.getClassLoader(), TEMPLATE_PACKAGE);

    private HtmlReportWriter() {
    }

    /** Writes {@code outcome} to {@code out} as one HTML page. */
    public static void write(CheckOutcome outcome, @Nullable LocalDate asOf, PrintWriter out) {
        write(outcome, asOf, null, out);
    }

    /**
     * Writes {@code outcome} to {@code out} as one HTML page, with the diff view of
     * {@code versions} ({@code diff.jte}) after the summary when it is given.
     */
    public static void write(CheckOutcome outcome, @Nullable LocalDate asOf, @Nullable VersionOutcome versions, PrintWriter out) {
        Page page = new PageBuilder(outcome).build(asOf == null ? null : asOf.toString(), CSS, POLICY);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("page", page);
        if (versions != null) {
            DiffView view = DiffView.of(versions);
            // Rendered by its own template onto the page's output, so it is escaped as the page is.
            parameters.put("diff", (Content) output -> ENGINE.render("diff.jte", view, output));
        }
        ENGINE.render("report.jte", parameters, new WriterOutput(out));
        out.flush();
    }

    private static String css() {
        try (InputStream in = HtmlReportWriter.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("report.css is missing from agreements-report");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}

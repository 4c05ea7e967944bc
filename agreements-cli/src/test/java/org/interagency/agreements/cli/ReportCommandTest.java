package org.interagency.agreements.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code agreements report} as a command: what it writes where, and its exit codes. */
class ReportCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesOnePageToTheOutputFileAndNothingOnStdout() throws IOException {
        Path page = dir.resolve("flood.html");
        Cli.Run run = Cli.run("report", Cli.example("harris-county-flood-response-mou.yaml").toString(), "--output", page.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEmpty();
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"en\">").endsWith("</html>\n");
    }

    @Test
    void pageForbidsScriptAndEveryLoadAndAllowsOnlyItsOwnStylesheetByHash() throws IOException {
        Path page = dir.resolve("r.html");
        Cli.run("report", Cli.example("williamson-county-fire-mutual-aid.yaml").toString(), "--output", page.toString());
        String html = Files.readString(page, StandardCharsets.UTF_8);

        Matcher policy = Pattern.compile("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\">").matcher(html);
        assertThat(policy.find()).isTrue();
        String content = attribute(policy.group(1));
        assertThat(content).contains("default-src 'none'").contains("script-src 'none'").doesNotContain("unsafe");
        Matcher style = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(html);
        assertThat(style.find()).isTrue();
        // CSP Level 2: a hash source is the base64 SHA-256 of the element's text, exactly.
        assertThat(content).contains("style-src 'sha256-" + sha256(style.group(1)) + "'");
        // Nothing to load: no script, no inline style attribute, no src, and every link within the page.
        assertThat(html).doesNotContain("<script").doesNotContain(" style=\"").doesNotContain(" src=")
                .doesNotContainPattern("href=\"(?!#)");
    }

    /** An attribute's value as the browser reads it: the character references the page writes, decoded. */
    private static String attribute(String raw) {
        return raw.replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private static String sha256(String text) {
        try {
            return java.util.Base64.getEncoder().encodeToString(
                    java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void writesThePageButExitsWithTwoWhenADocumentCannotBeRead() throws IOException {
        Path page = dir.resolve("r.html");
        Cli.Run run = Cli.run("report", Cli.resource("documents/malformed.json").toString(), "--output", page.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("agreements report: ").contains("malformed.json:6:3: ");
        assertThat(Files.readString(page, StandardCharsets.UTF_8)).contains("Not checked: the document could not be read");
    }

    @Test
    void showsTheFindingsBetweenAgreementsWithPortfolio() throws IOException {
        Path page = dir.resolve("r.html");
        Cli.Run run = Cli.run("report", "--portfolio", Cli.resource("portfolio").toString(), "--output", page.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        String html = Files.readString(page, StandardCharsets.UTF_8);
        String between = html.substring(html.indexOf("<section id=\"portfolio\""));
        // The county and the Red Cross are both accountable for sheltering: the other side is
        // linked to its agreement's section.
        assertThat(between).contains("data-rule=\"roles.accountable-overlap\"").contains("county-sheltering")
                .containsPattern("<a href=\"#d[01]\">[^<]*red-cross-sheltering");
    }

    @Test
    void namesTheOptionOutputAsEveryCommandDoes() {
        Cli.Run run = Cli.run("report", "--help");

        assertThat(run.out()).contains("--output=FILE").contains("--as-of=DATE").contains("--portfolio").doesNotContain("--out=");
    }

    @Test
    void saysWhyWhenTheOutputCannotBeWritten() {
        Cli.Run run = Cli.run("report", Cli.example("harris-county-flood-response-mou.yaml").toString(),
                "--output", dir.resolve("no/such/dir/r.html").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("agreements report: cannot write ").contains("no such file").hasLineCount(1);
    }
}

package org.interagency.agreements.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the command says of a document that is not right, one file per case: the syntax problem
 * before anything else, YAML mistakes in words, a suggestion for a mistyped value, and a limit
 * the user can raise from the command line or the configuration.
 */
class DocumentProblemsTest {

    @TempDir
    Path dir;

    @Test
    void aCommentAfterTheRootIsTrailingContentNotMissingProperties() {
        Cli.Run run = Cli.run("check", Cli.resource("documents/trailing-comment.json").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).hasLineCount(1).contains("trailing-comment.json:1:10: there is more after the end of an agreement")
                .doesNotContain("has no property").doesNotContain("which is required");
    }

    @Test
    void aSecondValueAfterTheRootIsTrailingContentAtItsPlace() {
        Cli.Run run = Cli.run("check", Cli.resource("documents/trailing-value.json").toString());

        assertThat(run.err()).hasLineCount(1)
                .contains("trailing-value.json:1:13: there is more after the end of an agreement: another value (a string)");
    }

    @Test
    void aYamlColonInAPlainValueIsExplainedInWordsAtItsPlace() {
        Cli.Run run = Cli.run("check", Cli.resource("documents/yaml-colon-in-value.yaml").toString());

        assertThat(run.err()).hasLineCount(1).contains("yaml-colon-in-value.yaml:3:13: the document is not well-formed YAML:"
                + " a ':' followed by a space where no key can start: quote a value that holds ': '")
                .contains("(the YAML parser says: mapping values are not allowed here)");
    }

    @Test
    void aYamlTabIsNamedAtTheTab() {
        Cli.Run run = Cli.run("check", Cli.resource("documents/yaml-tab-indent.yaml").toString());

        assertThat(run.err()).hasLineCount(1)
                .contains("yaml-tab-indent.yaml:3:1: the document is not well-formed YAML: a tab: YAML indents with spaces only");
    }

    @Test
    void aMistypedEnumValueGetsASuggestionAndTheAllowedValues() {
        Cli.Run run = Cli.run("check", Cli.resource("documents/unknown-disposal-method.json").toString());

        assertThat(run.err()).contains("unknown-disposal-method.json:116:19: \"deletion\" is not a DisposalMethod; allowed:"
                + " secure-deletion, destruction, return-to-provider, archival (did you mean \"secure-deletion\"?)");
    }

    @Test
    void aMistypedOptionGetsASuggestion() {
        Cli.Run run = Cli.run("check", "--fail-onn", "warning", Cli.example("harris-county-flood-response-mou.yaml").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).hasLineCount(1).contains("Unknown option: '--fail-onn'").contains("(did you mean --fail-on")
                .contains("(see 'agreements check --help')");
    }

    @Test
    void aMistypedOptionValueGetsASuggestion() {
        Cli.Run run = Cli.run("check", "--format", "sarf", Cli.example("harris-county-flood-response-mou.yaml").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).hasLineCount(1).contains("\"sarf\" is not one of text, json, sarif (did you mean sarif?)");
    }

    /** A document one byte over the default limit of 4 MiB: the example, padded with spaces. */
    private Path justOverTheDefaultLimit() throws IOException {
        String example = Files.readString(Cli.example("harris-county-flood-response-mou.yaml"));
        int bytes = example.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        return Files.writeString(dir.resolve("large.yaml"), example + "\n#" + " ".repeat((4 << 20) - bytes - 1));
    }

    @Test
    void aDocumentOverTheLimitSaysHowToRaiseItFromTheCommandLine() throws IOException {
        Path large = justOverTheDefaultLimit();
        assertThat(Files.size(large)).isEqualTo((4L << 20) + 1);

        Cli.Run run = Cli.run("check", large.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).hasLineCount(1).contains("more than the limit of 4194304 bytes")
                .contains("raise the limit with --max-document-bytes or with limits.maxDocumentBytes in the configuration file")
                .doesNotContain("builder");
    }

    @Test
    void theOptionRaisesTheLimit() throws IOException {
        Path large = justOverTheDefaultLimit();

        Cli.Run run = Cli.run("check", large.toString(), "--max-document-bytes", "8388608", "--fail-on", "never");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("1 document checked: 0 clean, 1 with findings, 0 unreadable");
    }

    @Test
    void theConfigurationRaisesTheLimitAndTheOptionOverridesIt() throws IOException {
        Path large = justOverTheDefaultLimit();
        Path config = Files.writeString(dir.resolve("agreements.yaml"), "limits:\n  maxDocumentBytes: 8388608\n");

        Cli.Run configured = Cli.run("check", large.toString(), "--config", config.toString(), "--fail-on", "never");
        Cli.Run overridden = Cli.run("check", large.toString(), "--config", config.toString(), "--max-document-bytes", "4194304");

        assertThat(configured.exitCode()).as(configured.err()).isZero();
        assertThat(overridden.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(overridden.err()).contains("more than the limit of 4194304 bytes");
    }

    @Test
    void theTokenLimitIsSetByItsOption() {
        Cli.Run run = Cli.run("check", Cli.example("harris-county-flood-response-mou.yaml").toString(), "--max-tokens", "100");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("the document has more than 100 tokens")
                .contains("raise the limit with --max-tokens or with limits.maxTokenCount in the configuration file");
    }

    @Test
    void otherCommandsTakeTheLimitsToo() throws IOException {
        Path large = justOverTheDefaultLimit();

        assertThat(Cli.run("render", large.toString()).exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(Cli.run("render", large.toString(), "--max-document-bytes", "8388608").exitCode()).isZero();
        assertThat(Cli.run("digest", large.toString(), "--max-document-bytes", "8388608").exitCode()).isZero();
    }

    @Test
    void anUnknownLimitInTheConfigurationIsAnErrorWithASuggestion() throws IOException {
        Path config = Files.writeString(dir.resolve("agreements.yaml"), "limits:\n  maxDocumentByte: 8388608\n");

        Cli.Run run = Cli.run("check", Cli.example("harris-county-flood-response-mou.yaml").toString(), "--config", config.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).hasLineCount(1).contains("unknown limit \"maxDocumentByte\" (did you mean \"maxDocumentBytes\"?)");
    }

    @Test
    void aLimitThatIsNotAPositiveNumberIsAnError() {
        Cli.Run run = Cli.run("check", Cli.example("harris-county-flood-response-mou.yaml").toString(), "--max-depth", "0");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).hasLineCount(1).contains("--max-depth").contains("positive whole number");
    }
}

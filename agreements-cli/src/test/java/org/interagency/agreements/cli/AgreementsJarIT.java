package org.interagency.agreements.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The runnable jar, run as a user runs it: {@code java -jar agreements.jar ...} in a process of
 * its own. Runs in the integration-test phase (failsafe), after package has built the jar, so it
 * tests the shaded jar itself: merged service files (the rules, Hibernate Validator), the
 * manifest, the logging set-up.
 */
class AgreementsJarIT {

    private record Result(int exitCode, String out, String err) {
    }

    private static Result java(String... args) throws IOException, InterruptedException {
        Path jar = Path.of(Objects.requireNonNull(System.getProperty("agreements.jar"), "the build sets agreements.jar"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("agreements-out", ".txt");
        Path err = Files.createTempFile("agreements-err", ".txt");
        try {
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.delete(out);
            Files.delete(err);
        }
    }

    @Test
    void checksAnExampleAndExitsWithOneForItsErrors() throws Exception {
        Result result = java("check", "--as-of", "2026-12-01", Cli.example("harris-county-flood-response-mou.yaml").toString());

        assertThat(result.out()).contains("  98:9   error    roles.accountable-overlap  /responsibilities/1/assignments/0")
                .endsWith("1 document checked: 0 clean, 1 with findings, 0 unreadable; 1 error, 2 warnings, 0 info.\n");
        assertThat(result.err()).isEmpty();
        assertThat(result.exitCode()).isEqualTo(1);
    }

    @Test
    void exitsWithZeroForACleanExample() throws Exception {
        Result result = java("check", "--as-of", "2026-12-01", Cli.example("williamson-county-fire-mutual-aid.yaml").toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
    }

    @Test
    void comparesForumNamesByTheirConfusableSkeletonWithTheIcuItBundles() throws Exception {
        // The clean example, with a last level that returns to the first forum, written with a Cyrillic о in "оn".
        String example = Files.readString(Cli.example("williamson-county-fire-mutual-aid.yaml"), StandardCharsets.UTF_8);
        String lastLevel = "      - forum: City managers of Cedar Park and Leander\n";
        assertThat(example).contains(lastLevel);
        Path lookAlike = Files.createTempFile("look-alike-forum", ".yaml");
        try {
            Files.writeString(lookAlike, example.replace(lastLevel, "      - forum: Battalion chiefs \u043En duty\n"),
                    StandardCharsets.UTF_8);

            Result result = java("check", "--as-of", "2026-12-01", lookAlike.toString());

            assertThat(result.out()).containsPattern("error +escalation\\.cycle +/escalationPaths/0/levels/2\n")
                    .containsPattern("warning +text\\.mixed-script +/escalationPaths/0/levels/2/forum\n");
            assertThat(result.exitCode()).isEqualTo(1);
        } finally {
            Files.delete(lookAlike);
        }
    }

    @Test
    void reportsAnUnreadableFileInOneLineOnStderrAndExitsWithTwo() throws Exception {
        Path malformed = Files.createTempFile("malformed", ".json");
        try {
            Files.writeString(malformed, "{\n  \"id\": \"x\"\n  \"title\": \"y\"\n}\n");

            Result result = java("check", malformed.toString());

            assertThat(result.err()).startsWith("agreements check: " + malformed + ":3:3: ").hasLineCount(1);
            assertThat(result.exitCode()).isEqualTo(2);
        } finally {
            Files.delete(malformed);
        }
    }

    @Test
    void printsItsVersion() throws Exception {
        Result result = java("--version");

        // The commit is named when the jar was built from a git checkout (CI clones one).
        assertThat(result.out()).matches("agreements \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?( \\(commit [0-9a-f]{12}\\))?\n");
        assertThat(result.exitCode()).isZero();
    }
}

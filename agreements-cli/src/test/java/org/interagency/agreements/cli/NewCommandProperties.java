package org.interagency.agreements.cli;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** For any kind, parties and day: checking the unfilled skeleton reports exactly its TODO comments. */
class NewCommandProperties {

    private Path dir;

    @BeforeProperty
    void createDirectory() throws IOException {
        dir = Files.createTempDirectory("agreements-new");
    }

    @AfterProperty
    void deleteDirectory() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(dir);
    }

    @Property(tries = 40)
    void theTodosAreExactlyWhatTheCheckReports(@ForAll("kinds") String kind, @ForAll("parties") List<String> parties,
            @ForAll("days") LocalDate day) throws IOException {
        Path file = Files.createTempFile(dir, "skeleton", ".yaml");
        Files.delete(file);
        List<String> args = new ArrayList<>(List.of("new", "--kind", kind, "--parties", String.join(",", parties),
                "--as-of", day.toString(), "--output", file.toString()));
        Cli.Run run = Cli.run(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();

        assertThat(NewCommandTest.checked(file)).containsExactlyInAnyOrderElementsOf(NewCommandTest.todos(file));
    }

    @Provide
    Arbitrary<String> kinds() {
        return Arbitraries.of("memorandum-of-understanding", "interagency-agreement", "data-sharing-agreement",
                "computer-matching-agreement", "mutual-aid", "other");
    }

    @Provide
    Arbitrary<List<String>> parties() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8)
                .list().ofMinSize(1).ofMaxSize(5).uniqueElements();
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(0, 3650).map(d -> LocalDate.of(2020, 1, 1).plusDays(d));
    }
}

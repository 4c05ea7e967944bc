package org.interagency.agreements.robustness;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The documents the fuzzer mutates: the example agreements of the repository
 * ({@code examples/agreements}, read-only) and this module's two clean base documents.
 */
final class Seeds {

    /** Where the example agreements live, seen from this module's directory (surefire's working directory). */
    static final Path EXAMPLES = Path.of("..", "examples", "agreements");

    /** A seed: its name, its bytes and whether it is YAML. */
    record Seed(String name, byte[] bytes, boolean yaml) {
        Seed {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(bytes, "bytes");
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private Seeds() {
    }

    /** Every seed, the examples sorted by file name first. */
    static List<Seed> all() {
        List<Seed> seeds = new ArrayList<>(examples());
        seeds.add(new Seed("hostile/base-clean.json", Hostile.bytes("base-clean.json"), false));
        seeds.add(new Seed("hostile/base-clean.yaml", Hostile.bytes("base-clean.yaml"), true));
        return List.copyOf(seeds);
    }

    /**
     * The example agreements. A run from another working directory (an IDE's run of one property
     * from the repository's root) fails here rather than fuzz only this module's two documents:
     * the choice of seed is part of what jqwik generates, so with fewer seeds a seed printed by
     * the build would replay other mutants and fail to reproduce its failure.
     */
    static List<Seed> examples() {
        if (!Files.isDirectory(EXAMPLES)) {
            throw new IllegalStateException("no example agreements at " + EXAMPLES.toAbsolutePath().normalize()
                    + ": run the robustness tests from the agreements-robustness directory, as Maven does");
        }
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            List<Seed> seeds = new ArrayList<>();
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml")) {
                    seeds.add(new Seed("examples/agreements/" + name, Files.readAllBytes(file), !name.endsWith(".json")));
                }
            }
            return seeds;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a classpath resource of this module. */
    static byte[] resource(String name) {
        try (InputStream in = Seeds.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

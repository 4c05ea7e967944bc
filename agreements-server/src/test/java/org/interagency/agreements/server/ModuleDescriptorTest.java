package org.interagency.agreements.server;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module exports its public package only, and provides {@code serve} on the module path as
 * {@code META-INF/services} does on the class path.
 */
class ModuleDescriptorTest {

    private static final String EXTENSION = "org.interagency.agreements.report.CommandExtension";

    private static ModuleDescriptor descriptor() {
        return ModuleFinder.of(Path.of("target/classes")).findAll().stream()
                .map(reference -> reference.descriptor())
                .filter(d -> d.name().equals("org.interagency.agreements.server"))
                .findFirst().orElseThrow();
    }

    @Test
    void exportsOnlyThePublicPackageAndNothingInternal() {
        assertThat(descriptor().exports()).extracting(ModuleDescriptor.Exports::source)
                .containsExactly("org.interagency.agreements.server");
        assertThat(descriptor().packages()).contains("org.interagency.agreements.server.internal");
    }

    @Test
    void providesTheSameCommandAsTheServicesFile() throws IOException {
        Set<String> provided = descriptor().provides().stream()
                .filter(p -> p.service().equals(EXTENSION))
                .flatMap(p -> p.providers().stream())
                .collect(Collectors.toSet());
        Set<String> listed = Files.readAllLines(Path.of("src/main/resources/META-INF/services/" + EXTENSION)).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .collect(Collectors.toSet());
        assertThat(provided).containsExactly("org.interagency.agreements.server.ServeExtension").isEqualTo(listed);
    }
}

package org.interagency.agreements.core;

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
 * The built-in rules are found on the module path ({@code provides} in module-info) exactly as
 * on the class path ({@code META-INF/services}).
 */
class ModuleDescriptorTest {

    private static final String RULE = "org.interagency.agreements.rules.Rule";

    @Test
    void moduleProvidesTheSameRulesAsTheServicesFile() throws IOException {
        ModuleDescriptor descriptor = ModuleFinder.of(Path.of("target/classes")).findAll().stream()
                .map(reference -> reference.descriptor())
                .filter(d -> d.name().equals("org.interagency.agreements.core"))
                .findFirst().orElseThrow();
        Set<String> provided = descriptor.provides().stream()
                .filter(p -> p.service().equals(RULE))
                .flatMap(p -> p.providers().stream())
                .collect(Collectors.toSet());

        Set<String> listed = Files.readAllLines(Path.of("src/main/resources/META-INF/services/" + RULE)).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .collect(Collectors.toSet());

        assertThat(provided).hasSize(53).isEqualTo(listed);
    }
}

package org.interagency.agreements.packs;

import org.interagency.agreements.rules.Citation;
import org.interagency.agreements.rules.Rule;
import org.interagency.agreements.rules.RulePack;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each pack's page, {@code docs/packs/<pack>.md}, and the packs' section of {@code docs/rules.md}
 * document exactly the pack's rules: every rule has a row, with its citations as the rule gives
 * them (or "none (unverified)" for a rule that cites nothing), and every row names a rule of the
 * pack. The packs are the ones {@link ServiceLoader} finds, as the engine finds them.
 */
class PackDocumentsTest {

    private static final Path DOCS = Path.of("..", "docs");
    private static final String UNVERIFIED = "none (unverified)";

    /** A row of a pack page's table of elements: | element | `rule` | citation | checks | cannot check |. */
    private static final Pattern PAGE_ROW = Pattern.compile("^\\|([^|]+)\\|\\s*`([^`]+)`\\s*\\|([^|]+)\\|([^|]+)\\|([^|]+)\\|\\s*$");

    /** A row of docs/rules.md's pack tables: | `rule` | SEVERITY | citation | checks |. */
    private static final Pattern CATALOGUE_ROW = Pattern.compile("^\\|\\s*`([^`]+)`\\s*\\|\\s*([A-Z]+)\\s*\\|([^|]+)\\|([^|]+)\\|\\s*$");

    static List<RulePack> packs() {
        List<RulePack> packs = new ArrayList<>();
        ServiceLoader.load(RulePack.class).forEach(packs::add);
        return packs;
    }

    static String citations(Rule rule) {
        return rule.citations().isEmpty() ? UNVERIFIED
                : rule.citations().stream().map(Citation::text).collect(Collectors.joining("; "));
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void thePacksOfThisModuleAreFound() {
        assertThat(packs()).extracting(RulePack::id).contains("us-cma", "us-hipaa", "us-iaa", "eu-gdpr", "uk-ico-dsa", "us-emac");
    }

    @TestFactory
    Stream<DynamicTest> eachPackPageHasARowForEveryRuleWithItsCitationsAndNoOtherRule() {
        return packs().stream().map(pack -> DynamicTest.dynamicTest(pack.id(), () -> {
            Map<String, Rule> rules = new TreeMap<>();
            pack.rules().forEach(rule -> rules.put(rule.id(), rule));
            Set<String> documented = new TreeSet<>();
            List<String> wrong = new ArrayList<>();
            for (String line : lines(DOCS.resolve("packs").resolve(pack.id() + ".md"))) {
                Matcher row = PAGE_ROW.matcher(line);
                if (!row.matches()) {
                    continue;
                }
                String id = row.group(2);
                Rule rule = rules.get(id);
                if (rule == null) {
                    wrong.add(id + ": no rule of " + pack.id() + " has this id");
                    continue;
                }
                documented.add(id);
                if (!row.group(3).strip().equals(citations(rule))) {
                    wrong.add(id + ": cites " + row.group(3).strip() + ", the rule " + citations(rule));
                }
                if (rule.citations().isEmpty() && !row.group(1).contains("unverified")) {
                    wrong.add(id + ": a rule without citation is listed as unverified");
                }
            }
            assertThat(wrong).isEmpty();
            assertThat(documented).containsExactlyInAnyOrderElementsOf(rules.keySet());
        }));
    }

    @Test
    void theRulesCatalogueListsEveryPackRuleWithItsSeverityAndCitations() {
        Map<String, Rule> rules = new TreeMap<>();
        packs().forEach(pack -> pack.rules().forEach(rule -> rules.put(rule.id(), rule)));
        Set<String> documented = new TreeSet<>();
        List<String> wrong = new ArrayList<>();
        boolean inPacks = false;
        for (String line : lines(DOCS.resolve("rules.md"))) {
            if (line.startsWith("## ")) {
                inPacks = line.strip().equals("## Legal rule packs");
            }
            Matcher row = CATALOGUE_ROW.matcher(line);
            if (!inPacks || !row.matches()) {
                continue;
            }
            Rule rule = rules.get(row.group(1));
            if (rule == null) {
                wrong.add(row.group(1) + ": no pack has this rule");
                continue;
            }
            documented.add(rule.id());
            if (!row.group(2).equals(rule.defaultSeverity().name())) {
                wrong.add(rule.id() + ": severity " + row.group(2) + ", the rule's is " + rule.defaultSeverity());
            }
            if (!row.group(3).strip().equals(citations(rule))) {
                wrong.add(rule.id() + ": cites " + row.group(3).strip() + ", the rule " + citations(rule));
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(documented).containsExactlyInAnyOrderElementsOf(rules.keySet());
    }

    @Test
    void theModuleProvidesTheSamePacksAsItsServiceFile() throws IOException {
        String service = RulePack.class.getName();
        ModuleDescriptor descriptor = ModuleFinder.of(Path.of("target/classes")).findAll().stream()
                .map(reference -> reference.descriptor())
                .filter(d -> d.name().equals("org.interagency.agreements.packs"))
                .findFirst().orElseThrow();
        Set<String> provided = descriptor.provides().stream().filter(p -> p.service().equals(service))
                .flatMap(p -> p.providers().stream()).collect(Collectors.toSet());
        Set<String> listed = Files.readAllLines(Path.of("src/main/resources/META-INF/services/" + service)).stream()
                .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).collect(Collectors.toSet());

        assertThat(provided).isNotEmpty().isEqualTo(listed);
        assertThat(descriptor.requires()).extracting(ModuleDescriptor.Requires::name)
                .as("packs see only the api").containsOnly("org.interagency.agreements.api", "java.base");
    }
}

package org.interagency.agreements.core.internal.rules;

import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.Rule;
import org.interagency.agreements.rules.Severity;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code docs/rules.md} documents exactly the registered rules: every rule that
 * {@link ServiceLoader} finds has an entry with its default severity under its principle's
 * section, and every entry names a registered rule or {@value Finding#BEAN_VALIDATION_RULE_ID}.
 *
 * <p>The document's format: a section {@code ## Foundations} or {@code ## N. Title} per principle
 * (in {@link Principle} order, with the principle's title), and in it one heading per rule,
 * {@code ### `rule.id` — SEVERITY}.
 */
class RulesCatalogueDocumentTest {

    private static final Path DOCUMENT = Path.of("..", "docs", "rules.md");
    private static final Pattern RULE_HEADING = Pattern.compile("### `([^`]+)` — ([A-Z]+)");

    /** Documented rules by id. */
    private static final Map<String, Entry> documented = new TreeMap<>();
    private static final List<String> repeated = new ArrayList<>();
    private static final List<Principle> sectionOrder = new ArrayList<>();

    private record Entry(Severity severity, @Nullable Principle section) {
    }

    @BeforeAll
    static void readDocument() throws IOException {
        Map<String, Principle> principles = new HashMap<>();
        for (Principle principle : Principle.values()) {
            String number = principle.number() == 0 ? "" : principle.number() + ". ";
            principles.put("## " + number + principle.title(), principle);
        }
        Principle section = null;
        for (String line : Files.readAllLines(DOCUMENT, StandardCharsets.UTF_8)) {
            if (line.startsWith("## ")) {
                section = principles.get(line.strip());
                if (section != null) {
                    sectionOrder.add(section);
                }
            }
            Matcher heading = RULE_HEADING.matcher(line.strip());
            if (heading.matches()) {
                Entry entry = new Entry(Severity.valueOf(heading.group(2)), section);
                if (documented.put(heading.group(1), entry) != null) {
                    repeated.add(heading.group(1));
                }
            }
        }
    }

    private static Map<String, Rule> registered() {
        Map<String, Rule> rules = new TreeMap<>();
        for (Rule rule : ServiceLoader.load(Rule.class)) {
            rules.put(rule.id(), rule);
        }
        return rules;
    }

    @Test
    void documentsEveryRegisteredRuleWithItsDefaultSeverityUnderItsPrinciple() {
        Map<String, Entry> expected = new TreeMap<>();
        registered().forEach((id, rule) -> expected.put(id, new Entry(rule.defaultSeverity(), rule.principle())));
        expected.put(Finding.BEAN_VALIDATION_RULE_ID, new Entry(Severity.ERROR, Principle.FOUNDATIONS));

        assertThat(documented).containsAllEntriesOf(expected);
    }

    @Test
    void documentsNoRuleThatDoesNotExist() {
        TreeSet<String> known = new TreeSet<>(registered().keySet());
        known.add(Finding.BEAN_VALIDATION_RULE_ID);

        assertThat(known).containsAll(documented.keySet());
    }

    @Test
    void documentsEachRuleOnce() {
        assertThat(repeated).isEmpty();
    }

    @Test
    void hasOneSectionPerPrincipleInOrder() {
        assertThat(sectionOrder).containsExactly(Principle.values());
    }
}

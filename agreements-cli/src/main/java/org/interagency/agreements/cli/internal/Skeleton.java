package org.interagency.agreements.cli.internal;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementBuilder;
import org.interagency.agreements.AgreementKind;
import org.interagency.agreements.AgreementStatus;
import org.interagency.agreements.Jurisdiction;
import org.interagency.agreements.Party;
import org.interagency.agreements.PartyRole;
import org.interagency.agreements.Term;
import org.interagency.agreements.core.AgreementValidator;
import org.interagency.agreements.json.AgreementJson;
import org.interagency.agreements.json.AgreementSchema;
import org.interagency.agreements.rules.Citation;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.Report;
import org.interagency.agreements.rules.RulePack;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The skeleton of a new agreement that {@code agreements new} writes: a YAML document that reads
 * as it stands, with every section of the document format, and a {@code # TODO} comment for each
 * finding that checking it reports, under the section the finding points into. The comments are
 * the findings themselves, so that checking the unfilled skeleton with the same packs reports
 * exactly what the comments list, and nothing else: each {@code TODO} names its rule, its JSON
 * Pointer, its severity, its message, its hint and its citations.
 *
 * @param yaml the document, with its {@code TODO} comments
 * @param agreement the agreement the document holds
 * @param report what checking it reports, the comments' source
 */
public record Skeleton(String yaml, Agreement agreement, Report report) {

    /** A {@code TODO} comment's first line: {@code # TODO <rule id> at <pointer> (<severity>): <message>}. */
    public static final Pattern TODO = Pattern.compile("^# TODO (\\S+) at (\\S*) \\((error|warning|info)\\): (.*)$");

    private static final Pattern TOP_LEVEL_KEY = Pattern.compile("^([A-Za-z][A-Za-z0-9]*):.*$");

    /** Checks the parts. */
    public Skeleton {
        Objects.requireNonNull(yaml, "yaml");
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(report, "report");
    }

    /**
     * The skeleton of an agreement of {@code kind} between {@code parties}, effective on
     * {@code effective}, checked with the rules of {@code packs} on that day.
     *
     * @param id the new agreement's id
     * @param kind the kind of instrument
     * @param parties the parties' agency ids, the first of them the lead
     * @param effective the day the term starts (a placeholder to change)
     * @param packs the packs the skeleton is for, as {@code --pack} takes them
     * @throws CliException if a pack is unknown
     */
    public static Skeleton of(String id, AgreementKind kind, List<String> parties, LocalDate effective, List<String> packs) {
        AgreementValidator validator = DocumentChecks.validator(effective, null, packs, List.of());
        AgreementBuilder builder = AgreementBuilder.builder()
                .schemaVersion(Agreement.SCHEMA_VERSION)
                .id(id)
                .title("Title of the " + kind.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                .kind(kind)
                .status(AgreementStatus.DRAFT)
                .term(new Term(effective, null, null, Period.ofYears(1), null));
        for (int i = 0; i < parties.size(); i++) {
            builder.addParties(new Party(parties.get(i), parties.get(i), Jurisdiction.parse("us"), null,
                    List.of(i == 0 ? PartyRole.LEAD : PartyRole.PARTICIPANT), List.of(), null, List.of(), List.of()));
        }
        Agreement agreement = builder.build();
        Report report = validator.validate(agreement);
        return new Skeleton(annotate(AgreementJson.defaults().writeYaml(agreement), report, checkCommand(packs, effective)),
                agreement, report);
    }

    /**
     * The packs that govern an agreement of {@code kind}, among those {@code validator} knows:
     * what {@code agreements new} selects when no {@code --pack} is given.
     *
     * @param sample an agreement of the kind in question
     * @param packs the packs to choose from
     * @return the ids of the packs among {@code packs} whose applicability governs {@code sample}
     */
    public static List<String> governingPacks(Agreement sample, List<RulePack> packs) {
        List<String> ids = new ArrayList<>();
        for (RulePack pack : packs) {
            if (pack.applicability(sample).applies()) {
                ids.add(pack.id());
            }
        }
        return ids;
    }

    /** The document with every section and the findings written as comments under their sections. */
    private static String annotate(String yaml, Report report, String checkCommand) {
        Map<String, List<Finding>> bySection = new LinkedHashMap<>();
        for (Finding finding : report.findings()) {
            String section = finding.location().isRoot() ? "" : finding.location().tokens().get(0);
            bySection.computeIfAbsent(section, s -> new ArrayList<>()).add(finding);
        }
        Map<String, String> written = new LinkedHashMap<>();
        String current = null;
        StringBuilder block = new StringBuilder();
        StringBuilder head = new StringBuilder();
        for (String line : yaml.split("\n", -1)) {
            Matcher key = TOP_LEVEL_KEY.matcher(line);
            if (key.matches()) {
                if (current != null) {
                    written.put(current, block.toString());
                }
                current = key.group(1);
                block = new StringBuilder();
            }
            if (current == null) {
                if (!line.isEmpty()) {
                    head.append(line).append('\n');
                }
            } else if (!line.isEmpty()) {
                block.append(line).append('\n');
            }
        }
        if (current != null) {
            written.put(current, block.toString());
        }
        StringBuilder out = new StringBuilder(head);
        out.append("# A new agreement: fill in each section, then check it with the same packs:\n");
        out.append("#   ").append(checkCommand).append('\n');
        out.append("# Each TODO below is what that check reports now; it goes away when the section says it.\n");
        comments(bySection.getOrDefault("", List.of()), out);
        for (Map.Entry<String, JsonNode> section : sections().entrySet()) {
            String name = section.getKey();
            String text = written.get(name);
            if (text != null) {
                out.append(text);
            } else if ("array".equals(section.getValue().path("type").asString(""))) {
                out.append(name).append(": []\n");
            } else {
                out.append("# ").append(name).append(": not stated yet\n");
            }
            comments(bySection.getOrDefault(name, List.of()), out);
        }
        return out.toString();
    }

    private static void comments(List<Finding> findings, StringBuilder out) {
        for (Finding finding : findings) {
            out.append("# TODO ").append(finding.ruleId()).append(" at ").append(finding.location()).append(" (")
                    .append(finding.severity().name().toLowerCase(Locale.ROOT)).append("): ")
                    .append(oneLine(finding.message())).append('\n');
            if (finding.hint() != null) {
                out.append("#   ").append(oneLine(finding.hint())).append('\n');
            }
            for (Citation citation : finding.citations()) {
                out.append("#   cites ").append(oneLine(citation.text())).append('\n');
            }
        }
    }

    /** The command line that checks the skeleton with its packs, on the skeleton's first day. */
    private static String checkCommand(List<String> packs, LocalDate effective) {
        StringBuilder command = new StringBuilder("agreements check FILE");
        for (String pack : packs) {
            command.append(" --pack ").append(pack);
        }
        return command.append(" --as-of ").append(effective).toString();
    }

    /** The properties of the agreement's JSON Schema (its root definition), in the schema's order. */
    private static Map<String, JsonNode> sections() {
        JsonNode schema = JsonMapper.builder().build().readTree(AgreementSchema.text());
        String root = schema.path("$ref").asString("").replace("#/$defs/", "");
        JsonNode properties = schema.path("$defs").path(root).path("properties");
        Map<String, JsonNode> sections = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> property : properties.properties()) {
            sections.put(property.getKey(), property.getValue());
        }
        return sections;
    }

    /** Text on one comment line: line breaks and other control characters become blanks. */
    private static String oneLine(String text) {
        StringBuilder line = new StringBuilder(text.length());
        text.codePoints().forEach(c -> line.appendCodePoint(Character.isISOControl(c) || c == 0x2028 || c == 0x2029 ? ' ' : c));
        return line.toString().strip();
    }
}

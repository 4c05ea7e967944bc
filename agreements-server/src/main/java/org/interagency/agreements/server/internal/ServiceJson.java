package org.interagency.agreements.server.internal;

import org.apiguardian.api.API;
import org.interagency.agreements.accountability.Accountability;
import org.interagency.agreements.accountability.AccountableAssignment;
import org.interagency.agreements.core.AgreementValidator;
import org.interagency.agreements.rules.Citation;
import org.interagency.agreements.rules.Rule;
import org.interagency.agreements.versions.Change;
import org.interagency.agreements.versions.VersionComparison;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The JSON of the service's answers other than reports (those are agreements-report's JSON and
 * SARIF, and an assessment, which is agreements-report's JSON too): the rule catalogue, an
 * accountability answer and a version comparison. Their shapes are those of {@code openapi.json}.
 */
@API(status = INTERNAL, since = "0.1")
public final class ServiceJson {

    /** The one mapper of the service: immutable, shared between threads. */
    public static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ServiceJson() {
    }

    /** The rules of {@code validator}, sorted by id, each with its severity, principle and citations. */
    public static String rules(AgreementValidator validator) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode rules = root.putArray("rules");
        validator.rules().stream().sorted(Comparator.comparing(Rule::id)).forEach(rule -> {
            ObjectNode node = rules.addObject();
            node.put("id", rule.id());
            node.put("severity", rule.defaultSeverity().name().toLowerCase(Locale.ROOT));
            node.put("configuredSeverity", validator.severity(rule.id()).name().toLowerCase(Locale.ROOT));
            node.put("principle", rule.principle().id());
            node.put("description", rule.description());
            ArrayNode citations = node.putArray("citations");
            for (Citation citation : rule.citations()) {
                ObjectNode c = citations.addObject();
                c.put("instrument", citation.instrument());
                c.put("pinpoint", citation.pinpoint());
                if (citation.url() != null) {
                    c.put("url", citation.url().toString());
                }
                c.put("text", citation.text());
            }
        });
        ArrayNode packs = root.putArray("packs");
        validator.packs().forEach(packs::add);
        return MAPPER.writeValueAsString(root);
    }

    /** An answer of the accountability index. */
    public static String accountability(Accountability answer, int portfolioSize) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("scope", answer.scope().toString());
        root.put("jurisdiction", answer.jurisdiction().toString());
        root.put("on", answer.on().toString());
        root.put("status", answer.status().name().toLowerCase(Locale.ROOT));
        ArrayNode agencies = root.putArray("agencies");
        answer.agencies().forEach(agencies::add);
        assignments(root.putArray("answers"), answer.answers());
        if (answer.nearestScope() != null) {
            ObjectNode nearest = root.putObject("nearest");
            nearest.put("scope", answer.nearestScope().toString());
            assignments(nearest.putArray("answers"), answer.nearest());
        }
        root.put("agreements", portfolioSize);
        return MAPPER.writeValueAsString(root);
    }

    private static void assignments(ArrayNode list, List<AccountableAssignment> assignments) {
        for (AccountableAssignment a : assignments) {
            ObjectNode node = list.addObject();
            node.put("agency", a.agencyId());
            node.put("agreement", a.agreementId());
            node.put("responsibility", a.responsibilityId());
            node.put("scope", a.scope().toString());
            if (a.jurisdiction() != null) {
                node.put("jurisdiction", a.jurisdiction().toString());
            }
            node.put("from", a.days().start().toString());
            if (a.days().end() != null) {
                node.put("through", a.days().end().toString());
            }
            node.put("pointer", a.pointer().toString());
        }
    }

    /** A comparison of two versions. */
    public static String comparison(VersionComparison comparison) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("agreementId", comparison.agreementId());
        if (comparison.previous() != null) {
            root.put("previousVersion", comparison.previous().version());
        }
        if (comparison.current() != null) {
            root.put("currentVersion", comparison.current().version());
        }
        root.put("material", comparison.hasMaterialChanges());
        ArrayNode changes = root.putArray("changes");
        for (Change change : comparison.changes()) {
            ObjectNode node = changes.addObject();
            node.put("kind", change.kind().name().toLowerCase(Locale.ROOT));
            node.put("class", change.changeClass().name().toLowerCase(Locale.ROOT));
            node.put("section", change.section());
            node.put("element", change.element().toString());
            putIfPresent(node, "previousLocation", change.previousLocation());
            putIfPresent(node, "currentLocation", change.currentLocation());
            putIfPresent(node, "previousValue", change.previousValue());
            putIfPresent(node, "currentValue", change.currentValue());
        }
        return MAPPER.writeValueAsString(root);
    }

    private static void putIfPresent(ObjectNode node, String name, @Nullable Object value) {
        if (value != null) {
            node.put(name, value.toString());
        }
    }
}

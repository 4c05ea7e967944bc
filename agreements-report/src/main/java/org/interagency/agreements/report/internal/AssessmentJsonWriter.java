package org.interagency.agreements.report.internal;

import org.interagency.agreements.assessment.CollaborationAssessment;
import org.interagency.agreements.assessment.CriterionResult;
import org.interagency.agreements.assessment.DocumentedLevel;
import org.interagency.agreements.assessment.PortfolioAssessment;
import org.interagency.agreements.assessment.PrincipleAssessment;
import org.interagency.agreements.report.AssessmentOutcome;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.Principle;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * The assessment for programs, as JSON: the command line's array (or portfolio object), and the
 * same document objects one a line for the service's {@code /v1/assess}.
 */
public final class AssessmentJsonWriter {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private AssessmentJsonWriter() {
    }

    /** Writes {@code outcome} to {@code out}: an array of documents, or with a portfolio an object. */
    public static void write(AssessmentOutcome outcome, PrintWriter out) {
        ArrayNode documents = MAPPER.createArrayNode();
        for (AssessmentOutcome.Document document : outcome.documents()) {
            documents.add(document(document.path(), document.assessment()));
        }
        JsonNode root = documents;
        if (outcome.portfolio() != null) {
            ObjectNode object = MAPPER.createObjectNode();
            object.put("scope", CollaborationAssessment.SCOPE);
            object.set("documents", documents);
            object.set("agencies", agencies(outcome.portfolio()));
            root = object;
        }
        out.println(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        out.flush();
    }

    /**
     * Writes each document of {@code outcome} as one JSON object on a line of its own (JSON
     * Lines): the objects of {@link #write}'s array, without the portfolio's agencies.
     */
    public static void writeLines(AssessmentOutcome outcome, PrintWriter out) {
        for (AssessmentOutcome.Document document : outcome.documents()) {
            out.print(MAPPER.writeValueAsString(document(document.path(), document.assessment())));
            out.print('\n');
        }
        out.flush();
    }

    private static ArrayNode agencies(PortfolioAssessment portfolio) {
        ArrayNode agencies = MAPPER.createArrayNode();
        for (PortfolioAssessment.AgencyProfile agency : portfolio.agencies().values()) {
            ObjectNode node = agencies.addObject();
            node.put("agencyId", agency.agencyId());
            ArrayNode agreements = node.putArray("agreements");
            agency.agreementIds().forEach(agreements::add);
            ObjectNode weakest = node.putObject("weakest");
            agency.weakest().forEach((principle, level) -> weakest.put(principle.id(), level.number()));
            ArrayNode weakestPrinciples = node.putArray("weakestPrinciples");
            agency.weakestPrinciples().forEach(p -> weakestPrinciples.add(p.id()));
        }
        return agencies;
    }

    private static ObjectNode document(String path, CollaborationAssessment assessment) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("path", path);
        node.put("agreementId", assessment.agreementId());
        node.put("asOf", assessment.asOf().toString());
        node.put("scope", CollaborationAssessment.SCOPE);
        assessment.minimum().ifPresent(l -> node.put("minimum", l.number()));
        ArrayNode weakest = node.putArray("weakest");
        assessment.weakest().forEach(p -> weakest.add(p.principle().id()));
        node.put("atLeastJoint", assessment.countAtLeast(DocumentedLevel.JOINT));
        node.put("applicable", assessment.applicableCount());
        ArrayNode principles = node.putArray("principles");
        for (PrincipleAssessment p : assessment.principles()) {
            principle(principles.addObject(), p);
        }
        return node;
    }

    private static void principle(ObjectNode pn, PrincipleAssessment p) {
        Principle principle = p.principle();
        pn.put("principle", principle.id());
        pn.put("number", principle.number());
        pn.put("applicable", p.applicable());
        pn.put("level", p.level().number());
        pn.put("levelName", p.level().title());
        pn.put("met", p.met());
        pn.put("total", p.total());
        if (p.cap() != null) {
            pn.put("cap", p.cap());
        }
        if (p.nextStep() != null) {
            pn.put("nextStep", p.nextStep());
        }
        ArrayNode criteria = pn.putArray("criteria");
        for (CriterionResult r : p.results()) {
            ObjectNode cn = criteria.addObject();
            cn.put("id", r.criterion().id());
            cn.put("level", r.criterion().level().number());
            cn.put("status", r.status().name().toLowerCase(Locale.ROOT));
            cn.put("explanation", r.explanation());
            ArrayNode evidence = cn.putArray("evidence");
            r.evidence().forEach(e -> evidence.add(e.toString()));
            ArrayNode findings = cn.putArray("findings");
            for (Finding f : r.findings()) {
                findings.addObject().put("ruleId", f.ruleId()).put("location", f.location().toString());
            }
            cn.put("source", r.criterion().source().name().toLowerCase(Locale.ROOT));
            ArrayNode citations = cn.putArray("citations");
            r.criterion().citations().forEach(c -> citations.add(c.text()));
        }
    }
}

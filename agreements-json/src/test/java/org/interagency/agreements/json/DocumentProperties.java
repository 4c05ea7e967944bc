package org.interagency.agreements.json;

import org.interagency.agreements.json.signing.AgreementSignatures;
import org.interagency.agreements.json.signing.DetachedSignature;
import org.interagency.agreements.json.signing.SignatureCheck;
import org.interagency.agreements.json.signing.PublicKeyResolver;
import org.interagency.agreements.json.signing.CanonicalJson;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.Party;
import org.interagency.agreements.ResourceCommitment;
import org.interagency.agreements.Sponsor;
import org.interagency.agreements.Term;
import org.interagency.agreements.rules.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.security.KeyPair;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Invariants of the document form over generated agreements. */
class DocumentProperties {

    private static final AgreementJson JSON = AgreementJson.defaults();
    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(AgreementSchema.text());
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final KeyPair KEY = AgreementSignatures.generateKeyPair();
    private static final PublicKeyResolver KEYS = (agency, keyId) -> Optional.of(KEY.getPublic());

    @Provide
    Arbitrary<Agreement> agreements() {
        return Agreements.agreements();
    }

    @Property(tries = 100)
    void readAfterWriteIsIdentity(@ForAll("agreements") Agreement agreement) {
        assertThat(JSON.read(JSON.write(agreement))).isEqualTo(agreement);
        assertThat(JSON.read(JSON.writePretty(agreement))).isEqualTo(agreement);
    }

    @Property(tries = 100)
    void oneZeroDocumentsRoundTripUnchangedAndMayNotRecordWaivers(@ForAll("agreements") Agreement generated) {
        Agreement oneZero = oneZero(generated);
        String written = JSON.writePretty(oneZero);

        Agreement read = JSON.read(written);
        assertThat(read).isEqualTo(oneZero);
        assertThat(read.waivers()).isEmpty();
        assertThat(JSON.writePretty(read)).isEqualTo(written);
        assertThat(written).doesNotContain("\"waivers\"");
        // The same document with a waiver of the parties is not a 1.0 document.
        ObjectNode tree = (ObjectNode) MAPPER.readTree(written);
        tree.putArray("waivers").addObject().put("ruleId", "roles.no-accountable").put("location", "")
                .put("justification", "accepted").put("approvedBy", "counsel").put("approved", "2026-07-01")
                .put("expires", "2026-12-31");
        assertThatThrownBy(() -> JSON.read(tree.toString())).isInstanceOfSatisfying(InvalidDocumentException.class,
                e -> assertThat(e.pointer()).isEqualTo(JsonPointer.parse("/waivers")));
    }

    /** The parts of {@code a} that schema version 1.0 has, declared 1.0. */
    private static Agreement oneZero(Agreement a) {
        return new Agreement("1.0", a.id(), a.title(), a.kind(), a.status(),
                new Term(a.term().effective(), a.term().expires(), a.term().renewal(), a.term().reviewCycle()),
                a.authorities(), a.parties().stream().map(p -> new Party(p.agencyId(), p.name(), p.jurisdiction(),
                        p.parentAgencyId(), p.roles(), p.contacts())).toList(),
                a.vision(), a.goals(), a.responsibilities(), a.channels(), a.trustMeasures(), a.governanceBodies(),
                List.of(), a.trainingProgrammes(), a.escalationPaths(), a.milestones(), a.reviews(),
                a.sponsors().stream().map(s -> new Sponsor(s.agencyId(), s.name(), s.title())).toList(),
                a.resourceCommitments().stream().map(c -> new ResourceCommitment(c.id(), c.agencyId(), c.kind(),
                        c.description(), c.amount(), c.unit(), c.period())).toList(),
                a.signatories(), a.amendments());
    }

    @Property(tries = 100)
    void whatTheWriterWritesTheSchemaAccepts(@ForAll("agreements") Agreement agreement) {
        assertThat(SCHEMA.validate(JSON.write(agreement), InputFormat.JSON)).isEmpty();
    }

    @Property(tries = 100)
    void jsonToYamlToJsonIsIdentity(@ForAll("agreements") Agreement agreement) {
        String json = JSON.write(agreement);

        String yaml = JSON.writeYaml(JSON.read(json));

        assertThat(JSON.write(JSON.read(DocumentSource.of(yaml, "document", DocumentSyntax.YAML)).agreement())).isEqualTo(json);
    }

    /** Long text in which characters outside the BMP, surrogate pairs in Java, fall at many offsets. */
    @Provide
    Arbitrary<String> textOutsideTheBmp() {
        return Arbitraries.of("a", " ", "\u00e9", "\u4e2d", "\uD83C\uDF0A", "\uD834\uDD1E", "\uD83D\uDE00")
                .list().ofMinSize(1000).ofMaxSize(3000).map(parts -> String.join("", parts));
    }

    @Property(tries = 100)
    void yamlReadAfterWriteIsIdentityWhereverACharacterOutsideTheBmpFalls(@ForAll("agreements") Agreement agreement,
            @ForAll("textOutsideTheBmp") String vision) {
        Agreement withVision = withVision(agreement, vision);

        assertThat(JSON.read(DocumentSource.of(JSON.writeYaml(withVision), "document", DocumentSyntax.YAML)).agreement()).isEqualTo(withVision);
    }

    @Property(tries = 100)
    void canonicalFormIsIdempotent(@ForAll("agreements") Agreement agreement) {
        byte[] canonical = CanonicalJson.canonicalize(agreement);

        assertThat(CanonicalJson.canonicalize(canonical)).isEqualTo(canonical);
        assertThat(CanonicalJson.canonicalize(JSON.read(DocumentSource.of(canonical, "document", DocumentSyntax.JSON)).agreement())).isEqualTo(canonical);
    }

    @Property(tries = 100)
    void canonicalFormIsIndependentOfKeyOrderAndWhitespace(@ForAll("agreements") Agreement agreement,
            @ForAll long seed) {
        String reshuffled = reformat(JSON.write(agreement), new Random(seed));

        assertThat(CanonicalJson.canonicalize(JSON.read(reshuffled))).isEqualTo(CanonicalJson.canonicalize(agreement));
    }

    @Property(tries = 100)
    void noChangeOfFormattingBreaksASignature(@ForAll("agreements") Agreement agreement, @ForAll long seed) {
        DetachedSignature signature = AgreementSignatures.sign(agreement, "county-oem", "k1", KEY.getPrivate());
        Agreement reformatted = JSON.read(reformat(JSON.writePretty(agreement), new Random(seed)));
        Agreement viaYaml = JSON.read(DocumentSource.of(JSON.writeYaml(agreement), "document", DocumentSyntax.YAML)).agreement();

        assertThat(AgreementSignatures.verify(reformatted, List.of(signature), KEYS).allHold()).isTrue();
        assertThat(AgreementSignatures.verify(viaYaml, List.of(signature), KEYS).allHold()).isTrue();
    }

    @Property(tries = 100, maxDiscardRatio = 10)
    void changingAnySingleValueBreaksTheSignature(@ForAll("agreements") Agreement agreement, @ForAll long seed) {
        DetachedSignature signature = AgreementSignatures.sign(agreement, "county-oem", "k1", KEY.getPrivate());
        ObjectNode tree = (ObjectNode) MAPPER.readTree(JSON.write(agreement));
        List<Map.Entry<JsonNode, Object>> leaves = new ArrayList<>();
        collectLeaves(tree, leaves);
        Map.Entry<JsonNode, Object> leaf = leaves.get(new Random(seed).nextInt(leaves.size()));

        Agreement changed = read(change(tree, leaf));
        Assume.that(changed != null); // some changes (an enum name plus "x") make no agreement at all

        assertThat(AgreementSignatures.verify(changed, List.of(signature), KEYS).checks())
                .extracting(SignatureCheck::outcome).containsExactly(SignatureCheck.Outcome.DOES_NOT_HOLD);
    }

    private static Agreement withVision(Agreement a, String vision) {
        return new Agreement(a.schemaVersion(), a.id(), a.title(), a.kind(), a.status(), a.lineage(), a.term(), a.authorities(),
                a.parties(), vision, a.goals(), a.responsibilities(), a.channels(), a.trustMeasures(),
                a.governanceBodies(), a.dataSharingProtocols(), a.trainingProgrammes(), a.escalationPaths(),
                a.milestones(), a.reviews(), a.sponsors(), a.resourceCommitments(), a.signatories(), a.amendments(),
                a.provisions(), a.approvals(), a.notices(), a.certifications(), a.auditRights(), a.payment(),
                a.claims(), a.waivers());
    }

    private static Agreement read(String document) {
        try {
            return JSON.read(document);
        } catch (AgreementReadException e) {
            return null;
        }
    }

    /** The same document with every object's keys in a random order, compact or indented. */
    private static String reformat(String json, Random random) {
        JsonNode shuffled = shuffle(MAPPER.readTree(json), random);
        return random.nextBoolean() ? MAPPER.writeValueAsString(shuffled)
                : MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(shuffled);
    }

    private static JsonNode shuffle(JsonNode node, Random random) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>(node.propertyNames());
            Collections.shuffle(names, random);
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (String name : names) {
                copy.set(name, shuffle(node.get(name), random));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> copy.add(shuffle(element, random)));
            return copy;
        }
        return node;
    }

    /** Every scalar of the tree, with its parent and its key or index. */
    private static void collectLeaves(JsonNode node, List<Map.Entry<JsonNode, Object>> leaves) {
        if (node.isObject()) {
            for (String name : node.propertyNames()) {
                JsonNode child = node.get(name);
                if (child.isValueNode()) {
                    leaves.add(Map.entry(node, name));
                } else {
                    collectLeaves(child, leaves);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                JsonNode child = node.get(i);
                if (child.isValueNode()) {
                    leaves.add(Map.entry(node, i));
                } else {
                    collectLeaves(child, leaves);
                }
            }
        }
    }

    /** The document with one scalar changed: text extended, a date moved, a number increased, a flag flipped. */
    private static String change(ObjectNode root, Map.Entry<JsonNode, Object> leaf) {
        JsonNode parent = leaf.getKey();
        JsonNode value = leaf.getValue() instanceof String name ? parent.get(name) : parent.get((Integer) leaf.getValue());
        JsonNode changed;
        if (value.isBoolean()) {
            changed = JsonNodeFactory.instance.booleanNode(!value.booleanValue());
        } else if (value.isNumber()) {
            changed = JsonNodeFactory.instance.numberNode(value.decimalValue().add(BigDecimal.ONE));
        } else if (value.stringValue().matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            changed = JsonNodeFactory.instance.stringNode(LocalDate.parse(value.stringValue()).minusDays(1).toString());
        } else {
            changed = JsonNodeFactory.instance.stringNode(value.stringValue() + "x");
        }
        if (parent instanceof ObjectNode object) {
            object.set((String) leaf.getValue(), changed);
        } else {
            ((ArrayNode) parent).set((Integer) leaf.getValue(), changed);
        }
        return MAPPER.writeValueAsString(root);
    }
}

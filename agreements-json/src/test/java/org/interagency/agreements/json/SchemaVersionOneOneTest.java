package org.interagency.agreements.json;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.interagency.agreements.AgreedWaiver;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementBuilder;
import org.interagency.agreements.AuditorKind;
import org.interagency.agreements.DataOrigin;
import org.interagency.agreements.DataSet;
import org.interagency.agreements.DataSharingProtocol;
import org.interagency.agreements.GovernmentLevel;
import org.interagency.agreements.IdentifierScheme;
import org.interagency.agreements.LegalRole;
import org.interagency.agreements.NoticeKind;
import org.interagency.agreements.Party;
import org.interagency.agreements.PaymentMethod;
import org.interagency.agreements.ProvisionTopic;
import org.interagency.agreements.RetentionStart;
import org.interagency.agreements.SafeguardKind;
import org.interagency.agreements.SpecialCategory;
import org.interagency.agreements.rules.JsonPointer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Schema version 1.1: its properties are read as written, a document that declares 1.0 may not
 * use them, and a malformed value in them is a located read error. Expected values, lines and
 * columns are written by hand from the files under src/test/resources.
 */
class SchemaVersionOneOneTest {

    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(AgreementSchema.text());

    private final AgreementJson json = AgreementJson.defaults();

    private Agreement sample() {
        return json.read(DocumentSource.of(Samples.bytes("agreements/computer-matching-agreement-1-1.json"), "document",
                DocumentSyntax.JSON)).agreement();
    }

    private static InvalidDocumentException failure(String document) {
        return catchThrowableOfType(InvalidDocumentException.class, () -> AgreementJson.defaults().read(document));
    }

    @Nested
    class TheSampleAgreement {

        @Test
        void readsTheProvisionsWithTheirTopics() {
            Agreement cma = sample();

            assertThat(cma.schemaVersion()).isEqualTo("1.1");
            assertThat(cma.provisions()).extracting(p -> p.topic().name())
                    .containsExactly("individual-notice", "verification", "comptroller-general-access",
                            "x-tribal-consultation");
            assertThat(cma.provisions(ProvisionTopic.VERIFICATION)).singleElement()
                    .satisfies(p -> assertThat(p.citation()).isEqualTo("5 U.S.C. 552a(p)"));
            assertThat(cma.provisions().get(0).binds()).containsExactly("state-dhs");
            assertThat(cma.provisions().get(3).topic().isExtension()).isTrue();
            assertThat(cma.provisions().get(3).citation()).isNull();
        }

        @Test
        void readsTheClassificationOfTheParties() {
            Agreement cma = sample();

            assertThat(cma.parties().get(0).governmentLevel()).isEqualTo(GovernmentLevel.FEDERAL);
            assertThat(cma.parties().get(0).identifier(IdentifierScheme.TREASURY_ALC)).contains("28000001");
            assertThat(cma.parties().get(0).legalRoles()).isEmpty();
            assertThat(cma.parties().get(1).governmentLevel()).isEqualTo(GovernmentLevel.STATE);
            assertThat(cma.parties().get(1).hasLegalRole(LegalRole.CONTROLLER)).isTrue();
            assertThat(cma.parties().get(1).identifiers()).isEmpty();
        }

        @Test
        void readsTheDetailsOfTheDataSets() {
            DataSharingProtocol match = sample().dataSharingProtocols().get(0);
            DataSet records = match.dataSets().get(0);

            assertThat(records.dataElements()).containsExactly("SSN", "name", "date of birth", "monthly benefit amount");
            assertThat(records.approximateRecords()).isEqualTo(2_400_000L);
            assertThat(records.dataSubjectCategories()).containsExactly("SNAP applicants", "SNAP recipients");
            assertThat(records.isIn(SpecialCategory.FEDERAL_TAX_INFORMATION)).isTrue();
            assertThat(records.origin()).isEqualTo(DataOrigin.PROVIDED);
            assertThat(records.systemOfRecords()).isEqualTo("SSA 60-0090, Master Beneficiary Record");
            assertThat(records.accuracyAssessment()).startsWith("SSA estimates");
            assertThat(match.dataSets().get(1).isCreatedByRecipient()).isTrue();
            assertThat(match.dataSets().get(1).approximateRecords()).isNull();
        }

        @Test
        void readsRetentionFromTheEndOfTheAgreementAndTheSafeguardsByKind() {
            DataSharingProtocol match = sample().dataSharingProtocols().get(0);

            assertThat(match.retention()).isEqualTo(Period.ofYears(5));
            assertThat(match.retentionRunsFrom()).isEqualTo(RetentionStart.END_OF_AGREEMENT);
            assertThat(match.safeguards()).extracting(s -> s.kind())
                    .containsExactly(SafeguardKind.ADMINISTRATIVE, SafeguardKind.PHYSICAL);
            assertThat(match.hasSafeguard(SafeguardKind.TECHNICAL)).as("encryption is a technical safeguard").isTrue();
        }

        @Test
        void readsTheDatedEventsAuditRightsFundsAndPayment() {
            Agreement cma = sample();

            assertThat(cma.approvals().get(0).approvedOn()).isEqualTo(LocalDate.of(2026, 11, 2));
            assertThat(cma.notices()).extracting(n -> n.kind())
                    .containsExactly(NoticeKind.FEDERAL_REGISTER, NoticeKind.CONGRESS_TRANSMITTAL);
            assertThat(cma.notices().get(0).recipient()).isNull();
            assertThat(cma.certifications().get(0).certifiedOn()).isEqualTo(LocalDate.of(2028, 5, 1));
            assertThat(cma.auditRights().get(0).auditor()).isEqualTo(AuditorKind.COMPTROLLER_GENERAL);
            assertThat(cma.auditRights().get(0).provisionId()).isEqualTo("gao-access");
            assertThat(cma.auditRights().get(1).auditorAgencyId()).isEqualTo("ssa");
            assertThat(cma.resourceCommitments().get(0).funds().overhead()).isEqualTo(new BigDecimal("20000.00"));
            assertThat(cma.resourceCommitments().get(0).funds().availableUntil()).isEqualTo(LocalDate.of(2027, 9, 30));
            assertThat(cma.payment().method()).isEqualTo(PaymentMethod.REIMBURSEMENT);
            assertThat(cma.payment().billingFrequency()).isEqualTo(Period.ofMonths(3));
            assertThat(cma.term().terminationNotice()).isEqualTo(Period.ofDays(90));
        }
    }

    @Nested
    @DisplayName("a document that declares 1.0")
    class DeclaredOneZero {

        @Test
        void mayNotUseAPropertyOfOneOneAndTheErrorIsLocatedAtIt() {
            InvalidDocumentException e = failure(Samples.text("hostile/schema-version-1-0-with-provisions.json"));

            assertThat(e.problems()).hasSize(1);
            assertThat(e.problems().get(0).kind()).isEqualTo(ProblemKind.UNKNOWN_PROPERTY);
            assertThat(e.pointer()).isEqualTo(JsonPointer.parse("/provisions"));
            assertThat(e.line()).isEqualTo(19);
            assertThat(e.column()).isEqualTo(3);
            assertThat(e.getMessage()).contains("\"provisions\" was added in schemaVersion 1.1")
                    .contains("declare schemaVersion \"1.1\"");
        }

        @Test
        void mayNotUseOneEvenWhenTheVersionComesLast() {
            InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class, () -> json.read(
                    DocumentSource.of(Samples.bytes("hostile/schema-version-1-0-last-with-government-level.yaml"),
                            "document", DocumentSyntax.YAML)));

            assertThat(e.problems()).hasSize(1);
            assertThat(e.pointer()).isEqualTo(JsonPointer.parse("/parties/0/governmentLevel"));
            assertThat(e.line()).isEqualTo(13);
            assertThat(e.getMessage()).contains("\"governmentLevel\" was added in schemaVersion 1.1");
        }

        @Test
        void isReadWhenTheSameDocumentDeclaresOneOne() {
            String document = Samples.text("hostile/schema-version-1-0-with-provisions.json")
                    .replace("\"schemaVersion\": \"1.0\"", "\"schemaVersion\": \"1.1\"");

            assertThat(json.read(document).provisions()).hasSize(1);
        }

        @Test
        void isNotWrittenWithAValueOfOneOneSoThatNoUnreadableDocumentIsMade() {
            Agreement oneZero = json.read(Samples.text("hostile/minimal.json"));
            Party party = oneZero.parties().get(0);
            Agreement withLevel = AgreementBuilder.builder(oneZero).parties(List.of(new Party(party.agencyId(),
                    party.name(), party.jurisdiction(), party.parentAgencyId(), party.roles(), party.contacts(),
                    GovernmentLevel.LOCAL, List.of(), List.of()))).build();

            assertThatThrownBy(() -> json.write(withLevel)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("/parties/0/governmentLevel");
            assertThat(json.read(json.write(AgreementBuilder.builder(withLevel).schemaVersion("1.1").build()))
                    .parties().get(0).governmentLevel()).isEqualTo(GovernmentLevel.LOCAL);
        }

        @Test
        void isRejectedByTheSchemaTooForTheAgreementsOwnProperties() {
            assertThat(SCHEMA.validate(Samples.text("hostile/schema-version-1-0-with-provisions.json"), InputFormat.JSON))
                    .isNotEmpty();
        }
    }

    @Nested
    class MalformedValues {

        @Test
        void anUnknownProvisionTopicIsALocatedErrorThatNamesTheNearestTopic() {
            InvalidDocumentException e = failure(Samples.text("hostile/unknown-provision-topic.json"));

            assertThat(e.problems().get(0).kind()).isEqualTo(ProblemKind.INVALID_VALUE);
            assertThat(e.pointer()).isEqualTo(JsonPointer.parse("/provisions/0/topic"));
            assertThat(e.line()).isEqualTo(20);
            assertThat(e.column()).isEqualTo(31);
            assertThat(e.getMessage()).contains("\"individual-notise\" is not known")
                    .contains("did you mean \"individual-notice\"?").contains("\"x-\"");
            assertThat(SCHEMA.validate(Samples.text("hostile/unknown-provision-topic.json"), InputFormat.JSON)).isNotEmpty();
        }

        @Test
        void anUnknownPropertyOfANewObjectIsRejectedWhereItStandsWithTheNearestName() {
            InvalidDocumentException e = failure(withSection("\"provisions\": [{\"id\": \"p\", \"topic\":"
                    + " \"verification\", \"text\": \"Verified before action.\", \"bind\": [\"county-oem\"]}]"));

            assertThat(e.problems().get(0).kind()).isEqualTo(ProblemKind.UNKNOWN_PROPERTY);
            assertThat(e.pointer()).isEqualTo(JsonPointer.parse("/provisions/0/bind"));
            assertThat(e.getMessage()).contains("did you mean \"binds\"?");
        }

        @Test
        void aTopicOfOnesOwnMustBeWrittenAsAnId() {
            assertThatThrownBy(() -> ProvisionTopic.of("x-Tribal_Consultation")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> ProvisionTopic.of("x-")).isInstanceOf(IllegalArgumentException.class);
            assertThat(ProvisionTopic.of("x-tribal-consultation").isExtension()).isTrue();
            assertThat(ProvisionTopic.of("verification")).isSameAs(ProvisionTopic.VERIFICATION);
        }

        @Test
        void specialCategoriesOfDataThatIsNotPersonalAreALocatedError() {
            InvalidDocumentException e = failure(withProtocol("\"dataSets\": [{\"id\": \"d\", \"name\": \"Records\","
                    + " \"classification\": \"internal\", \"personalData\": false, \"specialCategories\": [\"health\"]}]"));

            assertThat(e.pointer()).isEqualTo(JsonPointer.parse("/dataSharingProtocols/0/dataSets/0"));
            assertThat(e.getMessage()).contains("set personalData to true");
        }

        @Test
        void aRetentionStartWithoutARetentionIsALocatedError() {
            InvalidDocumentException e = failure(withProtocol("\"retentionStart\": \"end-of-agreement\""));

            assertThat(e.pointer()).isEqualTo(JsonPointer.parse("/dataSharingProtocols/0"));
            assertThat(e.getMessage()).contains("there is no retention period");
        }

        @Test
        void aPartyAuditorWithoutItsPartyIsALocatedError() {
            InvalidDocumentException e = failure(withSection("\"auditRights\": [{\"id\": \"a\", \"auditor\": \"party\","
                    + " \"audited\": [\"county-oem\"]}]"));

            assertThat(e.pointer()).isEqualTo(JsonPointer.parse("/auditRights/0"));
            assertThat(e.getMessage()).contains("needs auditorAgencyId");
        }

        @Test
        void fundsOnACommitmentThatIsNotFundingAreALocatedError() {
            InvalidDocumentException e = failure(withSection("\"resourceCommitments\": [{\"id\": \"c\", \"agencyId\":"
                    + " \"county-oem\", \"kind\": \"staff\", \"description\": \"Two planners\","
                    + " \"funds\": {\"citation\": \"TAS 070-0700\"}}]"));

            assertThat(e.pointer()).isEqualTo(JsonPointer.parse("/resourceCommitments/0"));
            assertThat(e.getMessage()).contains("not of kind \"funding\"");
        }

        @Test
        void aRecordCountWithAFractionIsAWrongType() {
            InvalidDocumentException e = failure(withProtocol("\"dataSets\": [{\"id\": \"d\", \"name\": \"Records\","
                    + " \"classification\": \"internal\", \"personalData\": true, \"approximateRecords\": 1.5}]"));

            assertThat(e.problems().get(0).kind()).isEqualTo(ProblemKind.WRONG_TYPE);
            assertThat(e.pointer()).isEqualTo(JsonPointer.parse("/dataSharingProtocols/0/dataSets/0/approximateRecords"));
        }

        @Test
        void anUnknownGovernmentLevelNamesTheAllowedOnes() {
            InvalidDocumentException e = failure(oneOne(Samples.text("hostile/minimal.json")
                    .replace("\"roles\": [\"lead\"]", "\"roles\": [\"lead\"], \"governmentLevel\": \"county\"")));

            assertThat(e.pointer()).isEqualTo(JsonPointer.parse("/parties/0/governmentLevel"));
            assertThat(e.getMessage()).contains("federal, state, local, tribal, foreign, non-governmental");
        }

        private String withProtocol(String properties) {
            return withSection("\"dataSharingProtocols\": [{\"id\": \"p\", \"providerAgencyId\": \"county-oem\","
                    + " \"purpose\": \"Planning\", \"transferMethod\": \"api\", \"encryptedInTransit\": true,"
                    + " \"encryptedAtRest\": true, \"onwardSharing\": \"prohibited\", " + properties + "}]");
        }

        private String withSection(String section) {
            return oneOne(Samples.text("hostile/minimal.json")
                    .replace("\n  \"governanceBodies\"", "\n  " + section + ",\n  \"governanceBodies\""));
        }

        private String oneOne(String document) {
            return document.replace("\"schemaVersion\": \"1.0\"", "\"schemaVersion\": \"1.1\"");
        }
    }

    @Nested
    @DisplayName("the packs an agreement claims")
    class Claims {

        private final String minimal = Samples.text("hostile/minimal.json");

        private String withClaims(String version, String claims) {
            return minimal.replace("\"schemaVersion\": \"1.0\"", "\"schemaVersion\": \"" + version + "\"")
                    .replace("\n  \"governanceBodies\"", "\n  \"claims\": " + claims + ",\n  \"governanceBodies\"");
        }

        @Test
        void areReadInTheirOrderAndWrittenBack() {
            Agreement agreement = json.read(withClaims("1.1", "[\"us-cma\", \"us-hipaa\"]"));

            assertThat(agreement.claims()).containsExactly("us-cma", "us-hipaa");
            assertThat(json.read(json.write(agreement)).claims()).containsExactly("us-cma", "us-hipaa");
        }

        @Test
        void areEmptyWhenAbsent() {
            assertThat(json.read(minimal).claims()).isEmpty();
        }

        @Test
        void mayNotBeClaimedByADocumentThatDeclaresOneZero() {
            InvalidDocumentException e = failure(withClaims("1.0", "[\"us-cma\"]"));

            assertThat(e.pointer()).isEqualTo(JsonPointer.parse("/claims"));
            assertThat(e.getMessage()).contains("\"claims\" was added in schemaVersion 1.1");
            assertThat(SCHEMA.validate(withClaims("1.0", "[\"us-cma\"]"), InputFormat.JSON)).isNotEmpty();
        }

        @Test
        void aClaimThatIsNotAPackIdIsALocatedErrorInTheReaderAndTheSchema() {
            InvalidDocumentException e = failure(withClaims("1.1", "[\"us-cma\", \"US CMA\"]"));

            assertThat(e.pointer()).isEqualTo(JsonPointer.parse("/claims/1"));
            assertThat(SCHEMA.validate(withClaims("1.1", "[\"US CMA\"]"), InputFormat.JSON)).isNotEmpty();
            assertThat(SCHEMA.validate(withClaims("1.1", "[\"us-cma\"]"), InputFormat.JSON)).isEmpty();
        }
    }

    @Nested
    @DisplayName("the waivers the parties agreed")
    class AgreedWaivers {

        private final String minimal = Samples.text("hostile/minimal.json");

        private static final String BY_LOCATION = "{\"ruleId\": \"roles.no-accountable\", \"location\":"
                + " \"/responsibilities/0\", \"justification\": \"The county leads until the 2027 revision.\","
                + " \"approvedBy\": \"Harris County Attorney\", \"approved\": \"2026-07-01\","
                + " \"expires\": \"2027-06-30\"}";

        private static final String BY_FINGERPRINT = "{\"ruleId\": \"comms.no-contact\", \"fingerprint\":"
                + " \"0123456789abcdef0123456789abcdef\", \"justification\": \"A contact is being appointed.\","
                + " \"approvedBy\": \"counsel\", \"approved\": \"2026-07-01\", \"expires\": \"2026-09-30\"}";

        private String withWaivers(String version, String waivers) {
            return minimal.replace("\"schemaVersion\": \"1.0\"", "\"schemaVersion\": \"" + version + "\"")
                    .replace("\n  \"governanceBodies\"", "\n  \"waivers\": " + waivers + ",\n  \"governanceBodies\"");
        }

        @Test
        void areReadAsWrittenInTheirOrderAndWrittenBack() {
            Agreement agreement = json.read(withWaivers("1.1", "[" + BY_LOCATION + ", " + BY_FINGERPRINT + "]"));

            assertThat(agreement.waivers()).containsExactly(
                    new AgreedWaiver("roles.no-accountable", "/responsibilities/0", null,
                            "The county leads until the 2027 revision.", "Harris County Attorney",
                            LocalDate.of(2026, 7, 1), LocalDate.of(2027, 6, 30)),
                    new AgreedWaiver("comms.no-contact", null, "0123456789abcdef0123456789abcdef",
                            "A contact is being appointed.", "counsel", LocalDate.of(2026, 7, 1),
                            LocalDate.of(2026, 9, 30)));
            assertThat(json.read(json.write(agreement))).isEqualTo(agreement);
            assertThat(SCHEMA.validate(withWaivers("1.1", "[" + BY_LOCATION + ", " + BY_FINGERPRINT + "]"),
                    InputFormat.JSON)).isEmpty();
        }

        @Test
        void areEmptyWhenAbsent() {
            assertThat(json.read(minimal).waivers()).isEmpty();
        }

        @Test
        void mayNotBeRecordedByADocumentThatDeclaresOneZero() {
            InvalidDocumentException e = failure(withWaivers("1.0", "[" + BY_LOCATION + "]"));

            assertThat(e.pointer()).isEqualTo(JsonPointer.parse("/waivers"));
            assertThat(e.getMessage()).contains("\"waivers\" was added in schemaVersion 1.1");
            assertThat(SCHEMA.validate(withWaivers("1.0", "[" + BY_LOCATION + "]"), InputFormat.JSON)).isNotEmpty();
        }

        @Test
        void aWaiverWithBothTargetsIsALocatedErrorInTheReaderAndTheSchema() {
            String both = BY_LOCATION.replace("\"location\"", "\"fingerprint\": \"abc\", \"location\"");
            InvalidDocumentException e = failure(withWaivers("1.1", "[" + both + "]"));

            assertThat(e.pointer()).isEqualTo(JsonPointer.parse("/waivers/0"));
            assertThat(e.getMessage()).contains("not both");
            assertThat(SCHEMA.validate(withWaivers("1.1", "[" + both + "]"), InputFormat.JSON)).isNotEmpty();
        }

        @Test
        void aWaiverWithoutAJustificationIsALocatedError() {
            String unjustified = BY_LOCATION.replace("\"justification\": \"The county leads until the 2027 revision.\",",
                    "");
            InvalidDocumentException e = failure(withWaivers("1.1", "[" + unjustified + "]"));

            assertThat(e.pointer()).isEqualTo(JsonPointer.parse("/waivers/0/justification"));
            assertThat(SCHEMA.validate(withWaivers("1.1", "[" + unjustified + "]"), InputFormat.JSON)).isNotEmpty();
        }

        @Test
        void aWaiverThatExpiresBeforeItWasApprovedIsALocatedError() {
            InvalidDocumentException e = failure(withWaivers("1.1",
                    "[" + BY_LOCATION.replace("2027-06-30", "2026-06-30") + "]"));

            assertThat(e.pointer()).isEqualTo(JsonPointer.parse("/waivers/0"));
            assertThat(e.getMessage()).contains("cannot expire before it");
        }

        @Test
        void aWaiverMayNotNameItsAgreement() {
            String named = BY_LOCATION.replace("{", "{\"agreementId\": \"other\", ");
            InvalidDocumentException e = failure(withWaivers("1.1", "[" + named + "]"));

            assertThat(e.pointer()).isEqualTo(JsonPointer.parse("/waivers/0/agreementId"));
            assertThat(SCHEMA.validate(withWaivers("1.1", "[" + named + "]"), InputFormat.JSON)).isNotEmpty();
        }
    }
}

package org.interagency.agreements.core;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.Goal;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.Report;
import org.interagency.agreements.rules.Rule;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.interagency.agreements.RaciRole.ACCOUNTABLE;
import static org.interagency.agreements.RaciRole.RESPONSIBLE;
import static org.interagency.agreements.core.TestAgreements.assign;
import static org.interagency.agreements.core.TestAgreements.floodMou;
import static org.interagency.agreements.core.TestAgreements.floodMouWith;
import static org.interagency.agreements.core.TestAgreements.responsibility;

class AgreementValidatorTest {

    private static final Set<String> ROLES_RULES = Set.of("roles.accountable-overlap", "roles.responsible-duplicate",
            "roles.accountability-gap", "roles.assignee-not-party", "roles.no-responsible", "roles.assignment-outside-term");

    /** Two agencies accountable for the same work: one roles.accountable-overlap finding. */
    private static final Agreement TWO_ACCOUNTABLE = floodMouWith(responsibility("flood", "emergency/flood",
            assign("fema", ACCOUNTABLE), assign("state-dem", ACCOUNTABLE), assign("county-oem", RESPONSIBLE)));

    /** A rule written inline for a test: fixed id, principle and severity, and a check. */
    record TestRule(String id, Principle principle, Severity defaultSeverity, BiConsumer<Agreement, RuleContext> body)
            implements Rule {

        @Override
        public String description() {
            return "A rule of the tests.";
        }

        @Override
        public void check(Agreement agreement, RuleContext context) {
            body.accept(agreement, context);
        }
    }

    static Rule reporting(String id, String message) {
        return new TestRule(id, Principle.LEADERSHIP, Severity.INFO,
                (agreement, context) -> context.report(JsonPointer.of("title"), message, null));
    }

    private static AgreementValidator.Builder withoutDiscovery() {
        return AgreementValidator.builder().discoverRules(false);
    }

    @Nested
    class Rules {

        @Test
        void discoversTheBuiltInRolesRulesWithServiceLoader() {
            assertThat(AgreementValidator.defaults().rules()).extracting(Rule::id).containsAll(ROLES_RULES);
        }

        @Test
        void listsEnabledRulesSortedById() {
            List<String> ids = AgreementValidator.defaults().rules().stream().map(Rule::id).toList();

            assertThat(ids).isSorted().doesNotHaveDuplicates();
        }

        @Test
        void discoversAUsersRuleListedInMetaInfServices(@TempDir Path jar) throws IOException {
            Path services = jar.resolve("META-INF/services/org.interagency.agreements.rules.Rule");
            Files.createDirectories(services.getParent());
            Files.writeString(services, UserRule.class.getName() + "\n");
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, previous)) {
                thread.setContextClassLoader(loader);

                AgreementValidator validator = AgreementValidator.builder().build();

                assertThat(validator.rules()).extracting(Rule::id).contains("acme.title-reviewed").containsAll(ROLES_RULES);
            } finally {
                thread.setContextClassLoader(previous);
            }
        }

        @Test
        void runsARuleAddedInCode() {
            Report report = withoutDiscovery().addRule(reporting("acme.always", "always reported")).build()
                    .validate(floodMou().build());

            assertThat(report.findingsOf("acme.always")).extracting(Finding::message).containsExactly("always reported");
        }

        @Test
        void rejectsTwoRulesWithOneId() {
            AgreementValidator.Builder builder = AgreementValidator.builder()
                    .addRule(reporting("roles.accountable-overlap", "impostor"));

            assertThatThrownBy(builder::build).isInstanceOf(RuleConfigurationException.class)
                    .hasMessageContaining("two rules have the id \"roles.accountable-overlap\"")
                    .extracting(e -> ((RuleConfigurationException) e).ruleId()).isEqualTo("roles.accountable-overlap");
        }

        @Test
        void rejectsARuleIdThatIsNotKebabCase() {
            AgreementValidator.Builder builder = withoutDiscovery().addRule(reporting("Acme Rule", "x"));

            assertThatThrownBy(builder::build).isInstanceOf(RuleConfigurationException.class)
                    .hasMessageContaining("\"Acme Rule\"");
        }

        @Test
        void rejectsARuleThatClaimsTheEnginesOwnId() {
            AgreementValidator.Builder builder = withoutDiscovery().addRule(reporting(Finding.BEAN_VALIDATION_RULE_ID, "x"));

            assertThatThrownBy(builder::build).isInstanceOf(RuleConfigurationException.class)
                    .hasMessageContaining("reserves");
        }
    }

    @Nested
    class Configuration {

        @Test
        void aDisabledRuleDoesNotRun() {
            AgreementValidator validator = AgreementValidator.builder().disable("roles.accountable-overlap").build();

            assertThat(validator.rules()).extracting(Rule::id).doesNotContain("roles.accountable-overlap");
            assertThat(validator.validate(TWO_ACCOUNTABLE).findingsOf("roles.accountable-overlap")).isEmpty();
        }

        @Test
        void aConfiguredSeverityReplacesTheDefault() {
            AgreementValidator validator = AgreementValidator.builder()
                    .severity("roles.accountable-overlap", Severity.INFO).build();

            assertThat(validator.validate(TWO_ACCOUNTABLE).findingsOf("roles.accountable-overlap"))
                    .extracting(Finding::severity).containsExactly(Severity.INFO);
            assertThat(validator.severity("roles.accountable-overlap")).isEqualTo(Severity.INFO);
        }

        @Test
        void rulePacksSelectRulesByPrincipleAndKeepBeanValidation() {
            AgreementValidator validator = AgreementValidator.builder()
                    .packs("roles").build();
            Agreement invalid = floodMou().id("Not An Id").build();

            assertThat(validator.rules()).extracting(Rule::id).containsExactlyInAnyOrderElementsOf(ROLES_RULES);
            assertThat(validator.validate(invalid).findingsOf(Finding.BEAN_VALIDATION_RULE_ID)).isNotEmpty();
        }

        @Test
        void beanValidationCanBeDisabledLikeARule() {
            AgreementValidator validator = withoutDiscovery().disable(Finding.BEAN_VALIDATION_RULE_ID).build();

            assertThat(validator.validate(floodMou().id("Not An Id").build()).findings()).isEmpty();
        }

        @Test
        void anUnknownDisabledRuleIdFailsTheBuildNamingTheNearestKnownId() {
            AgreementValidator.Builder builder = AgreementValidator.builder().disable("roles.acountable-overlap");

            assertThatThrownBy(builder::build).isInstanceOfSatisfying(RuleConfigurationException.class, e -> {
                assertThat(e.ruleId()).isEqualTo("roles.acountable-overlap");
                assertThat(e.suggestion()).isEqualTo("roles.accountable-overlap");
                assertThat(e).hasMessage("the rule \"roles.acountable-overlap\" is disabled in the configuration, but no rule"
                        + " has that id; did you mean \"roles.accountable-overlap\"?");
            });
        }

        @Test
        void anUnknownRuleIdGivenASeverityFailsTheBuild() {
            AgreementValidator.Builder builder = AgreementValidator.builder().severity("acme.nothing-like-it", Severity.ERROR);

            assertThatThrownBy(builder::build).isInstanceOfSatisfying(RuleConfigurationException.class, e -> {
                assertThat(e.ruleId()).isEqualTo("acme.nothing-like-it");
                assertThat(e.suggestion()).isNull();
            });
        }

        @Test
        void aConfigurationValueAppliesDisabledRulesSeveritiesAndPacks() {
            RuleConfiguration configuration = new RuleConfiguration(Set.of("roles.no-responsible"),
                    Map.of("roles.accountable-overlap", Severity.WARNING), Set.of("roles"));

            AgreementValidator validator = AgreementValidator.builder().configuration(configuration).build();

            assertThat(validator.rules()).extracting(Rule::id).hasSize(5).doesNotContain("roles.no-responsible");
            assertThat(validator.severity("roles.accountable-overlap")).isEqualTo(Severity.WARNING);
        }

        @Test
        void aConfigurationWithAnUnknownIdFailsTheBuild() {
            AgreementValidator.Builder builder = AgreementValidator.builder()
                    .configuration(new RuleConfiguration(Set.of("roles.no-responsibles"), Map.of(), Set.of()));

            assertThatThrownBy(builder::build).isInstanceOf(RuleConfigurationException.class)
                    .hasMessageContaining("did you mean \"roles.no-responsible\"?");
        }
    }

    @Nested
    class Running {

        @Test
        void aRuleThatThrowsIsReportedAndTheOtherRulesStillRun() {
            Rule broken = new TestRule("acme.broken", Principle.LEADERSHIP, Severity.WARNING, (agreement, context) -> {
                context.report(JsonPointer.of("title"), "reported before failing", null);
                throw new IllegalStateException("index out of step");
            });
            AgreementValidator validator = withoutDiscovery().addRule(broken)
                    .addRule(reporting("acme.working", "still reported")).build();

            Report report = validator.validate(floodMou().build());

            assertThat(report.findings()).extracting(Finding::ruleId, Finding::severity, Finding::location, Finding::message)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(AgreementValidator.RULE_FAILED_ID, Severity.ERROR, JsonPointer.root(),
                                    "rule \"acme.broken\" failed with java.lang.IllegalStateException: \"index out of step\";"
                                            + " its findings are missing from this report"),
                            org.assertj.core.groups.Tuple.tuple("acme.working", Severity.INFO, JsonPointer.of("title"),
                                    "still reported"));
        }

        @Test
        void rulesReadTodayFromTheInjectedClock() {
            Rule today = new TestRule("acme.today", Principle.LEARNING, Severity.INFO,
                    (agreement, context) -> context.report(JsonPointer.root(), "today is " + context.today(), null));
            Clock clock = Clock.fixed(Instant.parse("2030-02-03T23:30:00Z"), ZoneOffset.UTC);

            Report report = withoutDiscovery().addRule(today).clock(clock).build().validate(floodMou().build());

            assertThat(report.findings()).extracting(Finding::message).containsExactly("today is 2030-02-03");
        }

        @Test
        void aCleanAgreementGivesAnEmptyReportFromTheRolesRules() {
            Agreement clean = floodMouWith(responsibility("flood", "emergency/flood",
                    assign("state-dem", ACCOUNTABLE), assign("county-oem", RESPONSIBLE)));

            Report report = AgreementValidator.builder().packs("roles").build().validate(clean);

            assertThat(report.findings()).isEmpty();
        }
    }

    @Nested
    class BeanValidation {

        private final AgreementValidator validator = withoutDiscovery().build();

        @Test
        void aViolationBecomesAnErrorFindingAtThePointerOfItsPropertyPath() {
            Agreement agreement = floodMou()
                    .addParties(TestAgreements.party("Dhs Fema", "Federal Emergency Management Agency", "us")).build();

            assertThat(validator.validate(agreement).findings()).containsExactly(new Finding(Finding.BEAN_VALIDATION_RULE_ID,
                    Severity.ERROR,
                    "is not a valid id: ids are 1 to 64 lower-case letters, digits and single '-' (for example \"dhs-fema\")",
                    JsonPointer.parse("/parties/3/agencyId"), List.of(),
                    "write the id in lower-case letters, digits and single '-', for example \"dhs-fema\"")
                    // printf 'agreements-finding-v1\nmodel.constraint\nharris-flood-mou\n/parties/Dhs Fema/agencyId\n' | sha256sum | cut -c1-32
                    .withFingerprint("fffec09c77f5d9bfb2595f888e6ea28b"));
        }

        @Test
        void aViolationOfAListElementIsLocatedAtTheElement() {
            Agreement agreement = floodMou().addGoals(new Goal("fewer-deaths", "Fewer flood deaths.", List.of(),
                    List.of("fema", "State DEM"), null)).build();

            assertThat(validator.validate(agreement).findings()).extracting(Finding::location)
                    .containsExactly(JsonPointer.parse("/goals/0/contributors/1"));
        }

        @Test
        void aClassLevelConstraintIsLocatedAtThePropertyItNames() {
            Agreement agreement = floodMou().term(new org.interagency.agreements.Term(TestAgreements.EXPIRES,
                    TestAgreements.EFFECTIVE, null, java.time.Period.ofYears(1))).build();

            assertThat(validator.validate(agreement).findings()).extracting(Finding::location, Finding::message)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(JsonPointer.parse("/term/expires"),
                            "the term expires before it takes effect"));
        }

        @Test
        void userTextThatLooksLikeATemplateIsNeverInterpolated() {
            String hostile = "${1+1} {jakarta.validation.constraints.NotNull.message}";
            Rule echo = new TestRule("acme.echo-title", Principle.FOUNDATIONS, Severity.INFO,
                    (agreement, context) -> context.report(JsonPointer.of("title"), agreement.title(), null));
            AgreementValidator echoing = withoutDiscovery().addRule(echo).build();
            Agreement agreement = floodMou().id(hostile).title(hostile).build();

            Report report = echoing.validate(agreement);

            assertThat(report.findingsOf("acme.echo-title")).extracting(Finding::message).containsExactly(hostile);
            assertThat(report.findingsOf(Finding.BEAN_VALIDATION_RULE_ID)).extracting(Finding::message).containsExactly(
                    "is not a valid id: ids are 1 to 64 lower-case letters, digits and single '-' (for example \"dhs-fema\")");
        }
    }

    /** A user's rule, found through a META-INF/services file in a test. */
    public static final class UserRule implements Rule {

        /** Created by ServiceLoader. */
        public UserRule() {
        }

        @Override
        public String id() {
            return "acme.title-reviewed";
        }

        @Override
        public Severity defaultSeverity() {
            return Severity.INFO;
        }

        @Override
        public Principle principle() {
            return Principle.LEADERSHIP;
        }

        @Override
        public String description() {
            return "A user's rule.";
        }

        @Override
        public void check(Agreement agreement, RuleContext context) {
            context.report(JsonPointer.of("title"), "reviewed", null);
        }
    }
}

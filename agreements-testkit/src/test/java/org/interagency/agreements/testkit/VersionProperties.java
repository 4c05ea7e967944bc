package org.interagency.agreements.testkit;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementBuilder;
import org.interagency.agreements.Amendment;
import org.interagency.agreements.Assignment;
import org.interagency.agreements.DataSharingProtocol;
import org.interagency.agreements.DataSharingProtocolBuilder;
import org.interagency.agreements.Jurisdiction;
import org.interagency.agreements.Party;
import org.interagency.agreements.PartyBuilder;
import org.interagency.agreements.PartyRole;
import org.interagency.agreements.Responsibility;
import org.interagency.agreements.core.AgreementDiff;
import org.interagency.agreements.core.ElementKeys;
import org.interagency.agreements.core.FindingComparison;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.rules.Report;
import org.interagency.agreements.testkit.internal.Assembler;
import org.interagency.agreements.testkit.internal.DefectCatalogue;
import org.interagency.agreements.testkit.internal.SeedArbitraries;
import org.interagency.agreements.versions.Change;
import org.interagency.agreements.versions.ChangeClass;
import org.interagency.agreements.versions.ChangeKind;
import org.interagency.agreements.versions.VersionComparison;

import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The comparison of versions (docs/versions.md): what it finds for each kind of edit, that list
 * order never matters, that it is symmetric, and that findings keep their fingerprints.
 */
class VersionProperties {

    private static final String NEW_AGENCY = "zz-new-agency";
    private static final String VISION_MISSING = "vision.missing";

    @Property(tries = 100)
    void anAgreementComparedWithItselfHasNoChange(@ForAll Agreement a) {
        assertThat(AgreementDiff.between(a, a).changes()).isEmpty();
    }

    @Property(tries = 100)
    void reorderingListsWhoseOrderMeansNothingIsNoChange(@ForAll Agreement a, @ForAll long seed) {
        Agreement shuffled = Shuffles.shuffle(a, new Random(seed));

        assertThat(AgreementDiff.between(a, shuffled).changes()).isEmpty();
        assertThat(AgreementDiff.between(shuffled, a).changes()).isEmpty();
    }

    @Property(tries = 100)
    void comparingTheOtherWayMirrorsTheComparison(@ForAll("pairs") List<Agreement> pair) {
        VersionComparison forward = AgreementDiff.between(pair.get(0), pair.get(1));
        VersionComparison backward = AgreementDiff.between(pair.get(1), pair.get(0));

        assertThat(backward).isEqualTo(forward.mirror());
    }

    @Property(tries = 100)
    void addingAPartyIsOneMaterialAddition(@ForAll Agreement a, @ForAll long seed) {
        int at = new Random(seed).nextInt(a.parties().size() + 1);
        List<Party> parties = new ArrayList<>(a.parties());
        parties.add(at, new Party(NEW_AGENCY, "New Agency", Jurisdiction.of("us"), null, List.of(PartyRole.PARTICIPANT),
                List.of()));

        VersionComparison comparison = AgreementDiff.between(a, edit(a).parties(parties).build());

        assertThat(comparison.changes()).containsExactly(new Change(ChangeKind.ADDED, ChangeClass.MATERIAL, "parties",
                JsonPointer.of("parties", NEW_AGENCY), null, JsonPointer.of("parties", at), null, Messages.quote(NEW_AGENCY)));
    }

    @Property(tries = 100)
    void movingAnAssignmentRemovesItFromOneResponsibilityAndAddsItToAnother(
            @ForAll("severalResponsibilities") Agreement a, @ForAll long seed) {
        Random random = new Random(seed);
        int from = random.nextInt(a.responsibilities().size());
        int to = (from + 1 + random.nextInt(a.responsibilities().size() - 1)) % a.responsibilities().size();
        Responsibility source = a.responsibilities().get(from);
        Responsibility target = a.responsibilities().get(to);
        int which = random.nextInt(source.assignments().size());
        Assignment moved = source.assignments().get(which);
        // A duplicate left behind would keep the key, and the one moved be numbered "#2".
        Assume.that(!target.assignments().contains(moved) && Collections.frequency(source.assignments(), moved) == 1);
        List<Assignment> left = new ArrayList<>(source.assignments());
        left.remove(which);
        List<Assignment> joined = new ArrayList<>(target.assignments());
        joined.add(moved);
        List<Responsibility> responsibilities = new ArrayList<>(a.responsibilities());
        responsibilities.set(from, new Responsibility(source.id(), source.scope(), source.description(), left));
        responsibilities.set(to, new Responsibility(target.id(), target.scope(), target.description(), joined));

        VersionComparison comparison = AgreementDiff.between(a, edit(a).responsibilities(responsibilities).build());

        String key = key(moved);
        assertThat(comparison.changes()).containsExactlyInAnyOrder(
                new Change(ChangeKind.REMOVED, ChangeClass.MATERIAL, "responsibilities",
                        JsonPointer.of("responsibilities", source.id(), "assignments", key),
                        JsonPointer.of("responsibilities", from, "assignments", which), null, Messages.quote(key), null),
                new Change(ChangeKind.ADDED, ChangeClass.MATERIAL, "responsibilities",
                        JsonPointer.of("responsibilities", target.id(), "assignments", key), null,
                        JsonPointer.of("responsibilities", to, "assignments", joined.size() - 1), null, Messages.quote(key)));
    }

    @Property(tries = 100)
    void wideningAPartysJurisdictionIsOneMaterialChange(@ForAll Agreement a, @ForAll long seed) {
        int p = new Random(seed).nextInt(a.parties().size());
        Party party = a.parties().get(p);
        Assume.that(party.jurisdiction().depth() > 1);
        Jurisdiction wider = party.jurisdiction().parent().orElseThrow();
        List<Party> parties = new ArrayList<>(a.parties());
        parties.set(p, PartyBuilder.builder(party).jurisdiction(wider).build());

        VersionComparison comparison = AgreementDiff.between(a, edit(a).parties(parties).build());

        JsonPointer at = JsonPointer.of("parties", p, "jurisdiction");
        assertThat(comparison.changes()).containsExactly(new Change(ChangeKind.CHANGED, ChangeClass.MATERIAL, "parties",
                JsonPointer.of("parties", party.agencyId(), "jurisdiction"), at, at,
                Messages.quote(party.jurisdiction().toString()), Messages.quote(wider.toString())));
    }

    @Property(tries = 100)
    void changingARetentionIsOneMaterialChange(@ForAll("withProtocols") Agreement a, @ForAll long seed) {
        int p = new Random(seed).nextInt(a.dataSharingProtocols().size());
        DataSharingProtocol protocol = a.dataSharingProtocols().get(p);
        Period longer = protocol.retention() == null ? Period.ofDays(30) : protocol.retention().plusDays(30);
        List<DataSharingProtocol> protocols = new ArrayList<>(a.dataSharingProtocols());
        protocols.set(p, DataSharingProtocolBuilder.builder(protocol).retention(longer).build());

        VersionComparison comparison = AgreementDiff.between(a, edit(a).dataSharingProtocols(protocols).build());

        JsonPointer at = JsonPointer.of("dataSharingProtocols", p, "retention");
        JsonPointer element = JsonPointer.of("dataSharingProtocols", protocol.id(), "retention");
        Change expected = protocol.retention() == null
                ? new Change(ChangeKind.ADDED, ChangeClass.MATERIAL, "dataSharingProtocols", element, null, at, null,
                        Messages.quote(longer.toString()))
                : new Change(ChangeKind.CHANGED, ChangeClass.MATERIAL, "dataSharingProtocols", element, at, at,
                        Messages.quote(protocol.retention().toString()), Messages.quote(longer.toString()));
        assertThat(comparison.changes()).containsExactly(expected);
    }

    @Property(tries = 100)
    void renamingAPartyIsOneAdministrativeChange(@ForAll Agreement a, @ForAll long seed) {
        int p = new Random(seed).nextInt(a.parties().size());
        Party party = a.parties().get(p);
        List<Party> parties = new ArrayList<>(a.parties());
        parties.set(p, PartyBuilder.builder(party).name(party.name() + " (renamed)").build());

        VersionComparison comparison = AgreementDiff.between(a, edit(a).parties(parties).build());

        assertThat(comparison.changes()).singleElement().satisfies(change -> {
            assertThat(change.changeClass()).isEqualTo(ChangeClass.ADMINISTRATIVE);
            assertThat(change.element()).isEqualTo(JsonPointer.of("parties", party.agencyId(), "name"));
        });
        assertThat(comparison.hasMaterialChanges()).isFalse();
    }

    @Property(tries = 60)
    void fingerprintsDoNotDependOnTheOrderOfLists(@ForAll("withDefects") Agreement a, @ForAll long seed) {
        Report report = Validators.AT_REFERENCE_DATE.validate(a);
        Report shuffled = Validators.AT_REFERENCE_DATE.validate(Shuffles.shuffle(a, new Random(seed)));

        assertThat(report.findings()).isNotEmpty();
        assertThat(fingerprints(shuffled)).as("fingerprints of %s, shuffled %s", report.findings(), shuffled.findings())
                .containsExactlyInAnyOrderElementsOf(fingerprints(report));
    }

    @Property(tries = 60)
    void insertingAnUnrelatedElementLeavesEveryFingerprint(@ForAll("withDefects") Agreement a) {
        // An amendment at the head of the list moves every other amendment down one place.
        Amendment unrelated = new Amendment("zz-unrelated-amendment", a.term().effective(), "A note that changes nothing.",
                List.of(a.parties().get(0).agencyId()));
        List<Amendment> amendments = new ArrayList<>(a.amendments());
        amendments.add(0, unrelated);

        Report report = Validators.AT_REFERENCE_DATE.validate(a);
        Report inserted = Validators.AT_REFERENCE_DATE.validate(edit(a).amendments(amendments).build());

        assertThat(fingerprints(inserted)).containsExactlyInAnyOrderElementsOf(fingerprints(report));
    }

    @Property(tries = 60)
    void aFindingKeepsItsFingerprintWhenAResponsibilityIsInsertedBeforeIt(@ForAll("withDefects") Agreement a) {
        Responsibility unrelated = new Responsibility("zz-unrelated", org.interagency.agreements.ScopePath.of("zz-unrelated"),
                "Unrelated work.", List.of());
        List<Responsibility> responsibilities = new ArrayList<>(a.responsibilities());
        responsibilities.add(0, unrelated);
        ElementKeys before = ElementKeys.of(a);
        ElementKeys after = ElementKeys.of(edit(a).responsibilities(responsibilities).build());

        for (Finding finding : Validators.AT_REFERENCE_DATE.validate(a).findings()) {
            assertThat(after.fingerprint(finding.ruleId(), shifted(finding.location()),
                    finding.related().stream().map(VersionProperties::shifted).toList()))
                    .as("%s", finding).isEqualTo(before.fingerprint(finding));
        }
    }

    @Property(tries = 60)
    void anInjectedDefectIsIntroducedAndRemovingItResolvesIt(@ForAll("defectPairs") List<Agreement> pair) {
        // Both versions lack a vision, a finding neither introduces nor resolves.
        Agreement valid = edit(pair.get(0)).vision(null).build();
        Agreement broken = edit(pair.get(1)).vision(null).build();
        Report before = Validators.AT_REFERENCE_DATE.validate(valid);
        Report after = Validators.AT_REFERENCE_DATE.validate(broken);
        Assume.that(before.findings().stream().allMatch(f -> f.ruleId().equals(VISION_MISSING)));
        List<Finding> injected = after.findings().stream().filter(f -> !f.ruleId().equals(VISION_MISSING)).toList();

        FindingComparison introducing = AgreementDiff.findings(before, after);
        FindingComparison removing = AgreementDiff.findings(after, before);

        assertThat(introducing.introduced()).isNotEmpty().containsExactlyElementsOf(injected);
        assertThat(introducing.resolved()).isEmpty();
        assertThat(introducing.unchanged()).extracting(Finding::ruleId).containsExactly(VISION_MISSING);
        assertThat(removing.resolved()).containsExactlyElementsOf(injected);
        assertThat(removing.introduced()).isEmpty();
        assertThat(removing.unchanged()).extracting(Finding::ruleId).containsExactly(VISION_MISSING);
    }

    @Provide
    Arbitrary<List<Agreement>> pairs() {
        Arbitrary<Agreement> plain = AgreementArbitraries.agreements().map(a -> edit(a).lineage(null).build());
        return Combinators.combine(plain, plain).as((a, b) -> List.of(a, edit(b).id(a.id()).build()));
    }

    @Provide
    Arbitrary<Agreement> severalResponsibilities() {
        return AgreementArbitraries.agreements().withResponsibilities(2, 6);
    }

    @Provide
    Arbitrary<Agreement> withProtocols() {
        return AgreementArbitraries.agreements().withProtocols(1, 3);
    }

    @Provide
    Arbitrary<Agreement> withDefects() {
        return Arbitraries.of(List.copyOf(Defects.ruleIds())).flatMap(Defects::of);
    }

    /** A valid agreement and the same agreement with one defect of the catalogue injected. */
    @Provide
    Arbitrary<List<Agreement>> defectPairs() {
        List<DefectCatalogue.Defect> defects = DefectCatalogue.defects().values().stream()
                .filter(defect -> !defect.ruleId().equals(VISION_MISSING)).toList();
        return Arbitraries.of(defects).flatMap(defect -> Combinators.combine(
                SeedArbitraries.seeds(defect.base()).map(seed ->
                        Assembler.assemble(seed, defect.base().expiringTermsOnly(), defect.base().maxAssignments())),
                Arbitraries.integers().between(0, 1 << 12))
                .as((valid, choice) -> List.of(valid, defect.edit().apply(valid, choice))));
    }

    private static AgreementBuilder edit(Agreement agreement) {
        return AgreementBuilder.builder(agreement);
    }

    /** An assignment's key as docs/versions.md writes it: agency, role, jurisdiction, period, or "*". */
    private static String key(Assignment assignment) {
        return assignment.agencyId() + " " + assignment.role().name().toLowerCase(Locale.ROOT)
                + " " + (assignment.jurisdiction() == null ? "*" : assignment.jurisdiction().toString())
                + " " + (assignment.period() == null ? "*"
                        : assignment.period().start() + ".." + (assignment.period().end() == null ? "" : assignment.period().end()));
    }

    private static List<String> fingerprints(Report report) {
        return report.findings().stream().map(Finding::fingerprint).toList();
    }

    /** {@code pointer} in the agreement with one more responsibility at the head of the list. */
    private static JsonPointer shifted(JsonPointer pointer) {
        List<String> tokens = pointer.tokens();
        if (tokens.size() < 2 || !tokens.get(0).equals("responsibilities")) {
            return pointer;
        }
        List<String> moved = new ArrayList<>(tokens);
        moved.set(1, Integer.toString(Integer.parseInt(tokens.get(1)) + 1));
        return new JsonPointer(moved);
    }
}

package org.interagency.agreements.robustness.eager;

import org.interagency.agreements.AgreementKind;
import org.interagency.agreements.assessment.Criterion;
import org.interagency.agreements.assessment.DocumentedLevel;
import org.interagency.agreements.assessment.SourceStatus;
import org.interagency.agreements.rules.Citation;
import org.interagency.agreements.rules.Principle;

import java.util.ArrayList;
import java.util.List;

import static org.interagency.agreements.assessment.DocumentedLevel.JOINT;
import static org.interagency.agreements.assessment.DocumentedLevel.SPECIFIED;
import static org.interagency.agreements.assessment.DocumentedLevel.STATED;
import static org.interagency.agreements.assessment.DocumentedLevel.SUSTAINED;
import static org.interagency.agreements.robustness.eager.Sources.campus;
import static org.interagency.agreements.robustness.eager.Sources.gao0615;
import static org.interagency.agreements.robustness.eager.Sources.gao0615Factors;
import static org.interagency.agreements.robustness.eager.Sources.gao121022;
import static org.interagency.agreements.robustness.eager.Sources.gao121022Purpose;
import static org.interagency.agreements.robustness.eager.Sources.gao14220;
import static org.interagency.agreements.robustness.eager.Sources.gao23;
import static org.interagency.agreements.robustness.eager.Sources.ico;
import static org.interagency.agreements.robustness.eager.Sources.pat;
import static org.interagency.agreements.robustness.eager.Sources.safecom;

/**
 * The built-in rubric: the criteria of {@code docs/assessment.md}, principle by principle, with
 * their checks ({@link Checks}). The table in the documentation and this list are kept equal by
 * a test.
 */
public final class BuiltInRubric {

    private final List<RubricEntry> entries = new ArrayList<>();

    private BuiltInRubric() {
    }

    /** The criteria, by principle, level and id. */
    public static List<RubricEntry> entries() {
        BuiltInRubric rubric = new BuiltInRubric();
        rubric.vision();
        rubric.roles();
        rubric.communication();
        rubric.trust();
        rubric.governance();
        rubric.information();
        rubric.training();
        rubric.escalation();
        rubric.learning();
        rubric.leadership();
        return List.copyOf(rubric.entries);
    }

    /**
     * Whether {@code principle} concerns an agreement of {@code kind} with {@code protocols} data-sharing
     * protocols: information sharing does not concern an agreement that shares no data, unless
     * sharing data is what the kind of agreement is for.
     */
    public static boolean applies(Principle principle, AgreementKind kind, int protocols) {
        return principle != Principle.INFORMATION_SHARING || protocols > 0
                || kind == AgreementKind.DATA_SHARING_AGREEMENT || kind == AgreementKind.COMPUTER_MATCHING_AGREEMENT;
    }

    private void add(String name, Principle principle, DocumentedLevel level, String statement, String check,
            String remedy, Check decide, Citation... citations) {
        add(name, principle, level, statement, check, remedy, SourceStatus.VERIFIED, decide, citations);
    }

    private void add(String name, Principle principle, DocumentedLevel level, String statement, String check,
            String remedy, SourceStatus source, Check decide, Citation... citations) {
        String id = "assess.p" + principle.number() + ".l" + level.number() + "." + name;
        entries.add(new RubricEntry(new Criterion(id, principle, level, statement, check, remedy,
                List.of(citations), source), decide));
    }

    private void vision() {
        Principle p = Principle.SHARED_VISION;
        add("stated", p, STATED, "The agreement states a vision or at least one goal.",
                "vision not blank, or goals not empty", "state the shared vision or a common goal",
                Checks::visionStated, pat(2, "Develop clarity and realism of purpose"),
                gao0615(1, "Define and articulate a common outcome."));
        add("defined", p, SPECIFIED, "Every goal has a measure and falls within the term, and the vision is stated.",
                "clean(vision.missing, vision.no-goals, vision.goal-without-measure, vision.goal-due-after-term)",
                "give every goal a measure and a due date within the term, and state the vision", SourceStatus.RESTATED,
                in -> in.clean("vision.missing", "vision.no-goals", "vision.goal-without-measure",
                        "vision.goal-due-after-term"),
                gao121022("Have short-term and long-term outcomes been clearly defined?"),
                pat(2, "Develop clarity and realism of purpose"));
        add("due-dates", p, SPECIFIED, "Every goal has a due date.", "every goals[].due is set",
                "give every goal a due date", SourceStatus.RESTATED, Checks::goalsDue,
                gao121022("Have short-term and long-term outcomes been clearly defined?"));
        add("every-party-contributes", p, JOINT, "Every party contributes to at least one goal.",
                "clean(vision.party-without-goal)", "name every party as a contributor to a goal",
                in -> in.clean("vision.party-without-goal"),
                gao0615(1, "Define and articulate a common outcome."), gao23(1, "Define Common Outcomes"));
        add("shared-goal", p, JOINT, "At least one goal is shared by two or more parties.",
                "some goal has two or more distinct contributors that are parties",
                "make at least one goal common: name two or more parties as its contributors", Checks::sharedGoal,
                gao0615(1, "Define and articulate a common outcome."), gao23(1, "Define Common Outcomes"));
        add("baselines", p, SUSTAINED, "Every measure has a baseline, so progress can be tracked.",
                "every goals[].measures[].baseline is set", "give every measure a baseline",
                SourceStatus.RESTATED, Checks::baselines, gao121022("Is there a way to track and monitor their progress?"),
                gao14220("Developed performance measures and tied them to shared outcomes"));
        add("horizons", p, SUSTAINED,
                "Outcomes are set on two horizons: a goal or milestone due in the first half of the term, and a goal"
                        + " due after it.",
                "some goals[].due or milestones[].due on or before the term's midpoint (effective + 2 review cycles"
                        + " for a term without end), and some goals[].due after it",
                "set a short-term outcome (a goal or milestone in the first half of the term) and a long-term goal"
                        + " due after it",
                SourceStatus.RESTATED, Checks::horizons,
                gao121022("Have short-term and long-term outcomes been clearly defined?"));
    }

    private void roles() {
        Principle p = Principle.ROLES_AND_RESPONSIBILITIES;
        add("stated", p, STATED, "The agreement assigns at least one responsibility to an agency.",
                "some responsibilities[] has an assignment", "assign a responsibility to an agency",
                Checks::rolesStated, gao0615(4, "Agree on roles and responsibilities."));
        add("consistent", p, SPECIFIED,
                "No two agencies are accountable for the same work, no work lacks an accountable or responsible agency,"
                        + " and every assignee is a party.",
                "clean(roles.accountable-overlap, roles.accountability-gap, roles.assignee-not-party, roles.no-responsible)",
                "resolve the overlaps and gaps in accountability and assign only parties",
                in -> in.clean("roles.accountable-overlap", "roles.accountability-gap", "roles.assignee-not-party",
                        "roles.no-responsible"),
                gao0615(4, "Agree on roles and responsibilities."), gao23(5, "Clarify Roles and Responsibilities"));
        add("every-party-assigned", p, JOINT, "Every party is responsible or accountable for some work.",
                "every party holds an assignment with role R or A",
                "make every party responsible or accountable for some work", SourceStatus.RESTATED,
                Checks::everyPartyAssigned,
                gao121022("Have participating agencies clarified roles and responsibilities?"));
        add("no-duplicate", p, JOINT, "No work is made the responsibility of two agencies twice over.",
                "clean(roles.responsible-duplicate)", "remove the duplicated responsibilities",
                in -> in.clean("roles.responsible-duplicate"), gao0615(4, "Agree on roles and responsibilities."));
        add("within-term", p, SUSTAINED, "Every assignment's period lies within the term.",
                "clean(roles.assignment-outside-term)", "keep every assignment's period within the term",
                SourceStatus.UNVERIFIED, in -> in.clean("roles.assignment-outside-term"));
        add("lead", p, SUSTAINED, "A lead is identified: a party with role lead, or a governance body's chair.",
                "some parties[].roles has LEAD, or governanceBodies is not empty",
                "name a lead agency (party role lead) or a governance body with a chair", SourceStatus.RESTATED,
                Checks::leadIdentified, gao121022("Has a lead agency or individual been identified?"));
    }

    private void communication() {
        Principle p = Principle.COMMUNICATION;
        Citation purpose = gao121022Purpose("information sharing and communication");
        add("stated", p, STATED, "The agreement has a communication channel or a point of contact.",
                "channels not empty, or some parties[].contacts not empty", "add a channel or a point of contact",
                Checks::commsStated, purpose);
        add("contacts", p, SPECIFIED, "Every party has a point of contact, and there is at least one channel.",
                "clean(comms.party-without-contact), and channels not empty",
                "give every party a point of contact and add a channel",
                in -> Verdict.all(in.clean("comms.party-without-contact"), Checks.anyChannel(in)), purpose);
        add("reaches-all", p, JOINT, "One channel reaches every party.", "clean(comms.no-channel-reaches-all)",
                "add a channel whose owner and participants include every party",
                in -> in.clean("comms.no-channel-reaches-all"), gao23(6, "Include Relevant Participants"));
        // A shared platform, a hotline or a liaison is there when needed; a meeting or a report
        // that has no cadence is not held regularly.
        add("cadence", p, SUSTAINED, "Every meeting and report channel, and at least one channel, has a cadence no"
                        + " longer than the review cycle.",
                "every channels[] of kind MEETING or REPORT has a cadence, some channel has one, and"
                        + " clean(comms.cadence-exceeds-review-cycle)",
                "give every meeting and report channel a cadence within the review cycle",
                in -> Verdict.all(Checks.channelCadence(in), in.clean("comms.cadence-exceeds-review-cycle")),
                safecom("guiding principle: \"Use interoperability solutions regularly\""));
    }

    private void trust() {
        Principle p = Principle.TRUST_BUILDING;
        add("stated", p, STATED, "The agreement has at least one trust-building measure.", "trustMeasures not empty",
                "add a trust-building measure (a joint exercise, a staff exchange, a forum)", Checks::trustStated,
                gao0615Factors(), pat(4, "Develop and maintain trust"));
        add("multi-agency", p, SPECIFIED, "Every trust measure involves more than one agency.",
                "clean(trust.single-agency)", "involve two or more agencies in every trust measure",
                in -> in.clean("trust.single-agency"), pat(4, "Develop and maintain trust"));
        add("every-party", p, JOINT, "Every party takes part in a trust measure.", "clean(trust.party-excluded)",
                "include every party in a trust measure", in -> in.clean("trust.party-excluded"),
                gao23(3, "Bridge Organizational Cultures"));
        add("recurring", p, SUSTAINED, "At least one trust measure recurs.", "some trustMeasures[].cadence is set",
                "give a trust measure a cadence", Checks::trustRecurring, pat(4, "Develop and maintain trust"));
        add("in-person", p, SUSTAINED, "At least one trust measure brings staff together in person.",
                "some trustMeasures[].kind is JOINT_EXERCISE or STAFF_EXCHANGE",
                "add a joint exercise or a staff exchange", Checks::trustInPerson,
                gao14220("Held early in-person meetings to build relationships and trust"));
    }

    private void governance() {
        Principle p = Principle.JOINT_DECISION_MAKING;
        add("stated", p, STATED, "The agreement has at least one governance body.", "governanceBodies not empty",
                "add a governance body where the parties decide together", Checks::bodyStated,
                safecom("Governance lane: \"Key Multi-discipline Staff Collaboration on a Regular Basis\""));
        add("well-formed", p, SPECIFIED, "Every body's chair is a member, its quorum can be reached and its decision"
                        + " rule is valid.",
                "clean(governance.quorum-exceeds-members, governance.chair-not-member), and no model.constraint"
                        + " finding under /governanceBodies",
                "make every chair a member, every quorum reachable and every decision rule valid",
                in -> Verdict.all(in.clean("governance.quorum-exceeds-members", "governance.chair-not-member"),
                        Checks.noConstraintUnder(in, "governanceBodies")),
                campus("Is there an accepted decision-making process?"));
        add("every-party", p, JOINT, "Every party is a member of some governance body.",
                "clean(governance.party-outside-bodies)", "make every party a member of a governance body",
                SourceStatus.RESTATED, in -> in.clean("governance.party-outside-bodies"),
                gao23(6, "Include Relevant Participants"), gao121022("Have all relevant participants been included?"));
        add("joint-decisions", p, SUSTAINED, "Every body lists the decisions the parties take jointly.",
                "every governanceBodies[].jointDecisions is not empty",
                "list the joint decisions of every governance body", Checks::jointDecisions,
                campus("Is there an accepted decision-making process?"));
        add("meets-regularly", p, SUSTAINED,
                "Every body meets regularly: a meeting channel with a cadence reaches all its members.",
                "for every body, a MEETING channel with a cadence whose owner and participants include every member"
                        + " (the model has no meeting cadence on the body; this is the proxy)",
                "add a recurring meeting channel that reaches every member of each body", Checks::bodiesMeet,
                safecom("Governance lane: \"Key Multi-discipline Staff Collaboration on a Regular Basis\""));
    }

    private void information() {
        Principle p = Principle.INFORMATION_SHARING;
        add("stated", p, STATED, "The agreement has a data-sharing protocol, and each names its recipients.",
                "dataSharingProtocols not empty, and clean(data.no-recipients)",
                "add a data-sharing protocol with its recipients",
                in -> Verdict.all(Checks.anyProtocol(in), in.clean("data.no-recipients")),
                ico("put in place a data sharing agreement"));
        add("protected", p, SPECIFIED, "Protected data is encrypted and has a legal basis, a retention limit and a"
                        + " breach window, between parties only.",
                "clean(data.protected-unencrypted, data.protected-without-legal-basis, data.protected-without-retention,"
                        + " data.protected-without-breach-window, data.party-not-in-agreement)",
                "encrypt protected data and give it a legal basis, retention and breach window",
                in -> in.clean("data.protected-unencrypted", "data.protected-without-legal-basis",
                        "data.protected-without-retention", "data.protected-without-breach-window",
                        "data.party-not-in-agreement"),
                ico("identify at least one lawful basis before sharing"));
        add("disposal-and-training", p, JOINT, "Retained data is disposed of, personal data is not passed on freely,"
                        + " and every party handling a protocol is trained on it.",
                "clean(data.retention-without-disposal, data.personal-onward-sharing, training.party-untrained-on-protocol)",
                "say how retained data is disposed of, restrict onward sharing and train every party on the protocols",
                in -> in.clean("data.retention-without-disposal", "data.personal-onward-sharing",
                        "training.party-untrained-on-protocol"),
                ico("agree retention periods and arrange secure deletion"));
        add("impact-assessment", p, SUSTAINED, "Every protocol that shares protected data has a completed data"
                        + " protection or privacy impact assessment.",
                "every dataSharingProtocols[] that shares personal or classified data has an impactAssessment whose"
                        + " completedOn is on or before today; not applicable when no protocol shares protected data",
                "record the impact assessment (DPIA or PIA) of every protocol that shares protected data, with the day"
                        + " it was completed (dataSharingProtocols[].impactAssessment)",
                Checks::impactAssessment, ico("carry out a DPIA"));
        add("quality-checks", p, SUSTAINED, "The agreement provides for quality checks on the data shared.",
                "a provisions[] of topic data-quality", "add a provision on data quality (topic data-quality)",
                Checks::qualityChecks, ico("put in place quality checks on the data"));
        add("reviewed", p, SUSTAINED, "The arrangement is reviewed: a review has been held and none is overdue.",
                "reviews not empty, and clean(learning.review-overdue)",
                "hold and record the reviews the review cycle asks for",
                in -> Verdict.all(Checks.anyReview(in), in.clean("learning.review-overdue")),
                ico("arrange regular reviews of the arrangement"));
    }

    private void training() {
        Principle p = Principle.TRAINING;
        Citation capacity = gao121022Purpose("building organizational capacity, such as staffing and training");
        add("stated", p, STATED, "The agreement has at least one training programme.", "trainingProgrammes not empty",
                "add a training programme", Checks::trainingStated, capacity);
        add("multi-agency", p, SPECIFIED, "Every programme trains more than one agency.",
                "clean(training.single-agency)", "open every programme to more than one agency",
                in -> in.clean("training.single-agency"),
                safecom("Training and Exercises lane: \"Multi-Agency Tabletop Exercises for Key Field and Support Staff\""));
        add("every-party", p, JOINT, "Every party gives or receives training, and on every protocol it handles.",
                "every party is some programme's provider or in its audience, and"
                        + " clean(training.party-untrained-on-protocol)",
                "include every party in a programme, as provider or audience, and train it on its protocols",
                in -> Verdict.all(Checks.everyPartyTrained(in), in.clean("training.party-untrained-on-protocol")),
                safecom("Training and Exercises lane: \"Multi-Agency Full Functional Exercises Involving All Staff\""));
        add("recurring", p, SUSTAINED, "Every programme recurs.", "every trainingProgrammes[].cadence is set",
                "give every training programme a cadence", Checks::trainingRecurring,
                safecom("Training and Exercises lane: \"Regular Comprehensive Regionwide Training and Exercises\""));
        add("joint-exercise", p, SUSTAINED, "An exercise involves every party.",
                "a trustMeasures[] of kind JOINT_EXERCISE whose participants include every party (the model has no"
                        + " exercise format on a programme; this is the proxy)",
                "add a joint exercise in which every party takes part", Checks::jointExercise,
                safecom("Training and Exercises lane: \"Multi-Agency Full Functional Exercises Involving All Staff\""));
    }

    private void escalation() {
        Principle p = Principle.CONFLICT_RESOLUTION;
        Citation process = campus("Is there a process to resolve conflicts in a fair and productive manner?");
        add("stated", p, STATED, "The agreement has an escalation path, and every path has a level.",
                "escalationPaths not empty, and every path has a level", "add an escalation path with its levels",
                Checks::escalationStated, process);
        add("well-formed", p, SPECIFIED, "No path runs in a cycle and every level has a response time.",
                "clean(escalation.cycle, escalation.level-without-time-limit)",
                "give every level a response time and break the cycles",
                in -> in.clean("escalation.cycle", "escalation.level-without-time-limit"), process);
        add("complete", p, JOINT, "Every path ends in a final resolution and every scope of work is covered.",
                "clean(escalation.no-final-resolution, escalation.scope-uncovered)",
                "end every path in a final resolution and cover every scope of work",
                in -> in.clean("escalation.no-final-resolution", "escalation.scope-uncovered"),
                safecom("Governance lane (Virginia): governance helps by \"reducing any internal jurisdictional conflicts\""));
        add("joint-forum", p, SUSTAINED, "Every path reaches a governance body of which every party is a member.",
                "every path has a level with governanceBodyId, and every party is a member of a body named on it",
                "route every path through a governance body in which every party sits", SourceStatus.UNVERIFIED,
                Checks::escalationJointForum);
    }

    private void learning() {
        Principle p = Principle.LEARNING;
        add("stated", p, STATED, "The agreement has a milestone or a review.", "milestones or reviews not empty",
                "add milestones towards the goals, or record a review", Checks::learningStated,
                gao0615(6, "Develop mechanisms to monitor, evaluate, and report on results."));
        add("milestones", p, SPECIFIED, "Every goal has a milestone.", "clean(learning.goal-without-milestone)",
                "give every goal a milestone", SourceStatus.RESTATED, in -> in.clean("learning.goal-without-milestone"),
                gao121022("Is there a way to track and monitor their progress?"));
        add("review-current", p, JOINT, "No review is overdue.",
                "clean(learning.review-overdue); not applicable to a draft or proposed agreement",
                "hold the review the review cycle asks for", Checks::reviewCurrent,
                ico("arrange regular reviews of the arrangement"), pat(6, "Monitor, measure and learn"));
        add("joint-review", p, JOINT, "The latest review held had every party among its participants.",
                "a review held on the latest date on or before today lists every party; not applicable to a draft"
                        + " or proposed agreement",
                "hold a review with every party and record its participants", Checks::jointReview,
                pat(6, "Monitor, measure and learn"));
        add("lessons", p, SUSTAINED, "The latest review held records lessons learned.",
                "a review held on the latest date on or before today has lessonsLearned (a draft has held none)",
                "record the lessons learned in the latest review", Checks::latestLessons,
                pat(6, "Monitor, measure and learn"));
        add("early-win", p, SUSTAINED, "A milestone has been achieved, or, while none is yet due, one is due within"
                        + " the first review cycle.",
                "some milestones[].achievedOn is set, or no milestone is due by today and one is due on or before"
                        + " term.effective + term.reviewCycle",
                "record an achieved milestone, or plan an early one within the first review cycle",
                Checks::earlyWin, gao14220("Identified early wins for the group to accomplish"));
    }

    private void leadership() {
        Principle p = Principle.LEADERSHIP;
        add("stated", p, STATED, "The agreement names a sponsor, a resource commitment or a signatory.",
                "sponsors, resourceCommitments or signatories not empty",
                "name an executive sponsor, a resource commitment or a signatory", Checks::leadershipStated,
                gao0615Factors());
        add("signed-and-resourced", p, SPECIFIED, "An agreement in force is signed by every party, and resources are"
                        + " committed.",
                "clean(leadership.in-force-unsigned, leadership.no-resources)",
                "commit resources and have every party sign",
                in -> in.clean("leadership.in-force-unsigned", "leadership.no-resources"),
                gao0615(3, "Identify and address needs by leveraging resources."),
                gao23(7, "Leverage Resources and Information"));
        add("every-party-sponsor", p, JOINT, "Every party has an executive sponsor.",
                "clean(leadership.party-without-sponsor)", "name an executive sponsor for every party",
                in -> in.clean("leadership.party-without-sponsor"),
                safecom("guiding principle: \"Gain leadership commitment from all disciplines\""));
        add("every-party-commits", p, JOINT, "Every party commits resources.",
                "every party has a resourceCommitments[] entry", "have every party commit a resource",
                Checks::everyPartyCommits, pat(3, "Ensure commitment and ownership"));
        add("whole-term", p, SUSTAINED, "Resources are committed for the whole term.",
                "the union of resourceCommitments[].period (a missing period is the whole term) covers the term",
                "commit resources for the whole term", Checks::resourcesWholeTerm,
                safecom("guiding principle: \"Plan and budget for ongoing updates to systems, procedures, and"
                        + " documentation\""));
        add("continuity", p, SUSTAINED, "Each party's leadership is sustained: a sponsor of every party names an"
                        + " alternate, and each party's sponsors serve the whole term.",
                "every party has a sponsors[] entry with alternate set, and the union of its sponsors' period (a"
                        + " missing period is the whole term) covers the term",
                "name an alternate for a sponsor of every party, and a successor where a sponsor's period ends before"
                        + " the term (sponsors[].alternate, sponsors[].period)",
                SourceStatus.RESTATED, Checks::sponsorContinuity,
                gao121022("How will leadership be sustained over the long-term?"));
    }
}

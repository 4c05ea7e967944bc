package org.interagency.agreements.core.internal.rules;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.DataSharingProtocol;
import org.interagency.agreements.EscalationPath;
import org.interagency.agreements.Goal;
import org.interagency.agreements.Party;
import org.interagency.agreements.core.internal.Confusables;
import org.interagency.agreements.rules.AbstractRule;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code text.mixed-script}: no name mixes scripts within one word. A word of Latin letters with
 * one Cyrillic {@code о} looks like its Latin twin but is another name: a reader cannot see the
 * difference, a search does not find it, and a rule that compares names without ICU4J does not
 * match it. It is more often a spoof or a paste from another keyboard than a deliberate spelling.
 *
 * <p>The names checked are those of elements and people, which readers and rules take for names:
 * the agreement's title; each party's name and its contacts' names; the titles of legal
 * authorities; the names of goals' measures, channels, governance bodies and data sets; the
 * titles of training programmes and milestones; escalation levels' forums; and the names of
 * sponsors and signatories. Prose (descriptions, statements, purposes) and job titles are not.
 *
 * <p>What "mixes scripts" means is {@link Confusables#mixedScriptWords(String)}: UTS 39's
 * mixed-script test, which lets digits and punctuation go with any script, and Latin with
 * Japanese, Chinese with Bopomofo, or Korean. One finding per name, at the name, naming the first
 * word that mixes and its letters from the other scripts.
 */
@API(status = INTERNAL, since = "0.1")
public final class MixedScriptRule extends AbstractRule {

    /** Characters of other scripts named in a message, at most. */
    private static final int MAX_STRAYS = 3;

    private final Confusables confusables;

    /** Creates the rule; the engine finds it with {@link java.util.ServiceLoader}. */
    public MixedScriptRule() {
        this(Confusables.standard());
    }

    /** Creates the rule with the given confusables (ICU4J's or the JDK's); for tests. */
    MixedScriptRule(Confusables confusables) {
        super("text.mixed-script", Severity.WARNING, Principle.FOUNDATIONS,
                "No name mixes scripts within one word.");
        this.confusables = Objects.requireNonNull(confusables, "confusables");
    }

    @Override
    public void check(Agreement agreement, RuleContext context) {
        check(context, JsonPointer.of("title"), "agreement title", agreement.title());
        for (int i = 0; i < agreement.authorities().size(); i++) {
            check(context, JsonPointer.of("authorities", i, "title"), "legal authority title",
                    agreement.authorities().get(i).title());
        }
        for (int i = 0; i < agreement.parties().size(); i++) {
            Party party = agreement.parties().get(i);
            check(context, JsonPointer.of("parties", i, "name"), "party name", party.name());
            for (int j = 0; j < party.contacts().size(); j++) {
                check(context, JsonPointer.of("parties", i, "contacts", j, "name"), "contact name",
                        party.contacts().get(j).name());
            }
        }
        for (int i = 0; i < agreement.goals().size(); i++) {
            Goal goal = agreement.goals().get(i);
            for (int j = 0; j < goal.measures().size(); j++) {
                check(context, JsonPointer.of("goals", i, "measures", j, "name"), "measure name",
                        goal.measures().get(j).name());
            }
        }
        for (int i = 0; i < agreement.channels().size(); i++) {
            check(context, JsonPointer.of("channels", i, "name"), "channel name", agreement.channels().get(i).name());
        }
        for (int i = 0; i < agreement.governanceBodies().size(); i++) {
            check(context, JsonPointer.of("governanceBodies", i, "name"), "governance body name",
                    agreement.governanceBodies().get(i).name());
        }
        for (int i = 0; i < agreement.dataSharingProtocols().size(); i++) {
            DataSharingProtocol protocol = agreement.dataSharingProtocols().get(i);
            for (int j = 0; j < protocol.dataSets().size(); j++) {
                check(context, JsonPointer.of("dataSharingProtocols", i, "dataSets", j, "name"), "data set name",
                        protocol.dataSets().get(j).name());
            }
        }
        for (int i = 0; i < agreement.trainingProgrammes().size(); i++) {
            check(context, JsonPointer.of("trainingProgrammes", i, "title"), "training programme title",
                    agreement.trainingProgrammes().get(i).title());
        }
        for (int i = 0; i < agreement.escalationPaths().size(); i++) {
            EscalationPath path = agreement.escalationPaths().get(i);
            for (int j = 0; j < path.levels().size(); j++) {
                check(context, JsonPointer.of("escalationPaths", i, "levels", j, "forum"), "forum",
                        path.levels().get(j).forum());
            }
        }
        for (int i = 0; i < agreement.milestones().size(); i++) {
            check(context, JsonPointer.of("milestones", i, "title"), "milestone title",
                    agreement.milestones().get(i).title());
        }
        for (int i = 0; i < agreement.sponsors().size(); i++) {
            check(context, JsonPointer.of("sponsors", i, "name"), "sponsor name", agreement.sponsors().get(i).name());
        }
        for (int i = 0; i < agreement.signatories().size(); i++) {
            check(context, JsonPointer.of("signatories", i, "name"), "signatory name",
                    agreement.signatories().get(i).name());
        }
    }

    private void check(RuleContext context, JsonPointer location, String what, String name) {
        List<String> mixed = confusables.mixedScriptWords(name);
        if (mixed.isEmpty()) {
            return;
        }
        String word = mixed.get(0);
        String others = mixed.size() == 1 ? "" : " (and " + (mixed.size() - 1) + " more "
                + (mixed.size() == 2 ? "word" : "words") + ")";
        context.report(location,
                what + " " + Messages.quote(name) + " mixes scripts within a word: " + Messages.quote(word)
                        + " has " + letters(word) + others,
                "write each word in one script: a look-alike letter from another script makes the name differ"
                        + " from the one it imitates, for readers who search and for rules that compare names");
    }

    /**
     * "Latin and Cyrillic letters (U+043E CYRILLIC SMALL LETTER O)": the scripts of the word, most
     * used first, and the characters of the others, which are what a person needs to retype.
     */
    private static String letters(String word) {
        List<Character.UnicodeScript> scripts = Confusables.scripts(word);
        if (scripts.size() < 2) {
            // ICU4J read a character's Script_Extensions, which the JDK's Script property lacks.
            return "letters of scripts that do not go together";
        }
        List<String> names = new ArrayList<>();
        for (Character.UnicodeScript script : scripts) {
            names.add(title(script));
        }
        Set<Integer> strays = new LinkedHashSet<>();
        word.codePoints().filter(c -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            return script != scripts.get(0) && scripts.contains(script);
        }).forEach(strays::add);
        List<String> described = new ArrayList<>();
        for (int c : strays) {
            if (described.size() == MAX_STRAYS) {
                described.add("\u2026");
                break;
            }
            String characterName = Character.getName(c);
            described.add(String.format(Locale.ROOT, "U+%04X", c) + (characterName == null ? "" : " " + characterName));
        }
        String joined = names.size() == 2 ? names.get(0) + " and " + names.get(1)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        return joined + " letters (" + String.join(", ", described) + ")";
    }

    /** {@code OLD_ITALIC} as "Old Italic". */
    private static String title(Character.UnicodeScript script) {
        StringBuilder out = new StringBuilder();
        for (String part : script.name().split("_")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }
}

package org.interagency.agreements;

import org.apiguardian.api.API;

import org.interagency.agreements.rules.Messages;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * What a {@link Provision} is about, from a documented vocabulary that can be extended.
 *
 * <p>The vocabulary is the set of clauses the law asks some kind of agreement to contain, each a
 * constant here ({@link #INDIVIDUAL_NOTICE}, {@link #VERIFICATION}, …) and listed by
 * {@link #known()}. A topic outside it is written with the prefix {@code x-}
 * ({@code x-tribal-consultation}): a user's own rules can look for it, and no built-in rule
 * does. Any other name is an error: a misspelt {@code verfication} must not pass as an extension
 * and leave a required clause unnoticed. A later schema version may add topics; an {@code x-}
 * topic never collides with one.
 *
 * <p>In a document a topic is its name, a string: {@code "topic": "accounting-of-disclosures"}.
 *
 * @param name the topic's name: a known topic, or {@code x-} followed by lower-case letters
 *     and digits in groups joined by single hyphens, at most {@value #MAX_LENGTH} characters in all
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ProvisionTopic(String name) {

    /** The longest topic name, as long as the longest id. */
    public static final int MAX_LENGTH = 64;

    /** The prefix of a topic outside the vocabulary. */
    public static final String EXTENSION_PREFIX = "x-";

    private static final Pattern EXTENSION = Pattern.compile("x-[a-z0-9]+(-[a-z0-9]+)*");
    /** The names of the vocabulary; each is added before its constant is made, so that the constructor accepts it. */
    private static final Set<String> KNOWN_NAMES = new LinkedHashSet<>();
    private static final Map<String, ProvisionTopic> KNOWN = new LinkedHashMap<>();

    /** Individualized notice to applicants and beneficiaries, at application and periodically (5 U.S.C. 552a(o)(1)(D)). */
    public static final ProvisionTopic INDIVIDUAL_NOTICE = known("individual-notice");
    /** Verification of the information a match produces before it is acted on (552a(o)(1)(E), (p)). */
    public static final ProvisionTopic VERIFICATION = known("verification");
    /** Notice to the individual and an opportunity to contest before adverse action (552a(p)(1)). */
    public static final ProvisionTopic NOTICE_AND_CONTEST = known("notice-and-contest");
    /** Retention and timely destruction of the records the recipient creates (552a(o)(1)(F)). */
    public static final ProvisionTopic RETENTION_AND_DESTRUCTION = known("retention-and-destruction");
    /** Prohibition of duplication and redisclosure, and its exceptions (552a(o)(1)(H)). */
    public static final ProvisionTopic DUPLICATION_AND_REDISCLOSURE = known("duplication-and-redisclosure");
    /** Return or destruction of the records provided (552a(o)(1)(I); 45 CFR 164.504(e)(2)(ii)(J)). */
    public static final ProvisionTopic RETURN_OR_DESTRUCTION = known("return-or-destruction");
    /** The Comptroller General's access to the recipient's records (552a(o)(1)(K)); see also {@link AuditRight}. */
    public static final ProvisionTopic COMPTROLLER_GENERAL_ACCESS = known("comptroller-general-access");
    /** The justification of a matching program and its anticipated results (552a(o)(1)(B)). */
    public static final ProvisionTopic JUSTIFICATION = known("justification");
    /** The requesting agency's unique terms and requirements, or that there are none (FAR 17.502-1(a)(1)). */
    public static final ProvisionTopic AGENCY_UNIQUE_REQUIREMENTS = known("agency-unique-requirements");
    /** The bona fide need an order serves (FAR 17.503(b)(1)). */
    public static final ProvisionTopic BONA_FIDE_NEED = known("bona-fide-need");
    /** Delivery requirements (FAR 17.503(b)(2)). */
    public static final ProvisionTopic DELIVERY = known("delivery");
    /** The permitted and required uses and disclosures (45 CFR 164.504(e)(2)(i), 164.514(e)(4)(ii)(A)). */
    public static final ProvisionTopic PERMITTED_USES = known("permitted-uses");
    /** Individuals' access to their information (45 CFR 164.504(e)(2)(ii)(E)). */
    public static final ProvisionTopic INDIVIDUAL_ACCESS = known("individual-access");
    /** Amendment of individuals' information at their request (45 CFR 164.504(e)(2)(ii)(F)). */
    public static final ProvisionTopic INDIVIDUAL_AMENDMENT = known("individual-amendment");
    /** Information for an accounting of disclosures (45 CFR 164.504(e)(2)(ii)(G)). */
    public static final ProvisionTopic ACCOUNTING_OF_DISCLOSURES = known("accounting-of-disclosures");
    /** Compliance with a covered entity's obligations the business associate carries out (45 CFR 164.504(e)(2)(ii)(H)). */
    public static final ProvisionTopic COVERED_ENTITY_OBLIGATIONS = known("covered-entity-obligations");
    /** Termination when a party violates a material term (45 CFR 164.504(e)(2)(iii)). */
    public static final ProvisionTopic TERMINATION_FOR_CAUSE = known("termination-for-cause");
    /** Subcontractors and agents bound by the same restrictions (45 CFR 164.504(e)(2)(ii)(D); GDPR Art. 28(4)). */
    public static final ProvisionTopic SUBCONTRACTOR_FLOW_DOWN = known("subcontractor-flow-down");
    /** No re-identification of the information and no contact with the individuals (45 CFR 164.514(e)(4)(ii)(C)(5)). */
    public static final ProvisionTopic NO_REIDENTIFICATION = known("no-reidentification");
    /** Processing only on the controller's documented instructions (GDPR Art. 28(3)(a)). */
    public static final ProvisionTopic PROCESSOR_INSTRUCTIONS = known("processor-instructions");
    /** Telling the controller of an instruction that infringes data-protection law (GDPR Art. 28(3), closing words). */
    public static final ProvisionTopic INFRINGING_INSTRUCTION_NOTICE = known("infringing-instruction-notice");
    /** Confidentiality of the persons authorised to process (GDPR Art. 28(3)(b)). */
    public static final ProvisionTopic CONFIDENTIALITY = known("confidentiality");
    /** Authorisation to engage another processor (GDPR Art. 28(2), 28(3)(d)). */
    public static final ProvisionTopic SUBPROCESSOR_AUTHORISATION = known("subprocessor-authorisation");
    /** Assistance with data subjects' requests (GDPR Art. 28(3)(e)). */
    public static final ProvisionTopic RIGHTS_REQUEST_ASSISTANCE = known("rights-request-assistance");
    /** Assistance with security, breach notification and impact assessments (GDPR Art. 28(3)(f)). */
    public static final ProvisionTopic COMPLIANCE_ASSISTANCE = known("compliance-assistance");
    /** How data subjects exercise their rights (GDPR Art. 26(1); ICO data sharing code). */
    public static final ProvisionTopic INDIVIDUAL_RIGHTS = known("individual-rights");
    /** Who gives individuals the information of GDPR Arts. 13 and 14 (Art. 26(1)). */
    public static final ProvisionTopic TRANSPARENCY = known("transparency");
    /** Quality checks on the data shared (ICO data sharing code). */
    public static final ProvisionTopic DATA_QUALITY = known("data-quality");
    /** Liability and immunity of the personnel who give aid (EMAC Art. VI). */
    public static final ProvisionTopic LIABILITY = known("liability");
    /** How the essence of a joint controllers' arrangement is made available to data subjects (GDPR Art. 26(2)). */
    public static final ProvisionTopic ESSENCE_AVAILABLE = known("essence-available");
    /** The contact point for data subjects that joint controllers designate (GDPR Art. 26(1), last sentence). */
    public static final ProvisionTopic CONTACT_POINT = known("contact-point");
    /** The lawful basis for the sharing, as the controllers decided and record it (ICO data sharing code; UK GDPR Art. 6). */
    public static final ProvisionTopic LAWFUL_BASIS = known("lawful-basis");
    /** The additional conditions met for special category or criminal offence data (ICO data sharing code). */
    public static final ProvisionTopic SPECIAL_CATEGORY_CONDITIONS = known("special-category-conditions");
    /** What follows when a party or its staff fails to comply with the agreement (a data sharing agreement's sanctions). */
    public static final ProvisionTopic SANCTIONS = known("sanctions");

    /**
     * Checks the name.
     *
     * @param name the topic's name: a known topic, or {@code x-} followed by lower-case letters and
     *     digits in groups joined by single hyphens, at most {@value #MAX_LENGTH} characters in all
     * @throws IllegalArgumentException if {@code name} is neither a known topic nor an {@code x-}
     *     topic; the message names the nearest known topic, if one is close
     */
    public ProvisionTopic {
        Objects.requireNonNull(name, "name");
        if (!KNOWN_NAMES.contains(name) && !isExtensionName(name)) {
            throw new IllegalArgumentException(unknownMessage(name));
        }
    }

    /**
     * The topic named {@code name}: the known constant, or a new {@code x-} topic.
     *
     * @param name a known topic's name or an extension name starting with {@code x-}
     * @return the topic
     * @throws IllegalArgumentException if {@code name} is neither
     */
    public static ProvisionTopic of(String name) {
        ProvisionTopic known = KNOWN.get(name);
        return known != null ? known : new ProvisionTopic(name);
    }

    /**
     * {@return the topics of the vocabulary, in the order documented}
     */
    public static List<ProvisionTopic> known() {
        return List.copyOf(KNOWN.values());
    }

    /**
     * {@return the known topic named {@code name}, if there is one}
     *
     * @param name the topic's name
     */
    public static Optional<ProvisionTopic> knownTopic(String name) {
        return Optional.ofNullable(KNOWN.get(name));
    }

    /**
     * {@return whether this topic is outside the vocabulary, written {@code x-…}}
     */
    public boolean isExtension() {
        return !KNOWN_NAMES.contains(name);
    }

    /** The name, as a document writes it. */
    @Override
    public String toString() {
        return name;
    }

    private static boolean isExtensionName(String name) {
        return name.length() <= MAX_LENGTH && EXTENSION.matcher(name).matches();
    }

    private static String unknownMessage(String name) {
        String nearest = Messages.didYouMean(name, KNOWN_NAMES).orElse(null);
        return "provision topic " + Messages.quote(name) + " is not known"
                + (nearest == null ? "" : " (did you mean \"" + nearest + "\"?)")
                + "; use a topic of the vocabulary (see docs/document-format.md), or write a topic of your own as \""
                + EXTENSION_PREFIX + "\" followed by lower-case letters, digits and single hyphens, at most "
                + MAX_LENGTH + " characters (for example \"x-tribal-consultation\")";
    }

    private static ProvisionTopic known(String name) {
        KNOWN_NAMES.add(name);
        ProvisionTopic topic = new ProvisionTopic(name);
        KNOWN.put(name, topic);
        return topic;
    }
}

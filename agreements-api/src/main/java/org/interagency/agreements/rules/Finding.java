package org.interagency.agreements.rules;

import org.apiguardian.api.API;

import org.interagency.agreements.internal.Hierarchy;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * One thing a rule found wrong with an agreement, and where: an immutable value.
 *
 * <p>Messages are plain text meant for a person: they say what is wrong and where, and quote
 * values from the agreement shortened and escaped. They are never templates: a value such as
 * {@code ${...}} in the agreement appears as written. A rule that reports many findings may
 * give its message as a {@link Supplier}: the text is then written when first read, once, so that
 * a finding nobody prints costs no text. Such a supplier must be a pure function of values it
 * captured; should it throw all the same, {@link #message()} says so rather than throwing. An
 * {@link OrderedMessage} is not even written to be sorted.
 *
 * <p>The engine adds to what the rule reported: the rule's {@linkplain #citations() citations},
 * the finding's {@linkplain #fingerprint() fingerprint}, and the {@linkplain #waiver() waiver}
 * that accepts it, if any. Two findings are equal when every part is equal, the message compared
 * as text.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Finding implements Comparable<Finding> {

    /** The rule id of findings that report a Bean Validation constraint violation. */
    public static final String BEAN_VALIDATION_RULE_ID = "model.constraint";

    /**
     * The order of findings in a report: by location, then rule id, then message, then severity,
     * related locations, hint, and last what the engine added (fingerprint, waiver, citations).
     */
    public static final Comparator<Finding> ORDER = Finding::compareInOrder;

    private final String ruleId;
    private final Severity severity;
    private final JsonPointer location;
    private final List<JsonPointer> related;
    private final @Nullable String hint;
    private final List<Citation> citations;
    // The fingerprint as given: null, a String, or the Function that computes it from this
    // finding's rule id and locations. Final, as messageSource is.
    private final @Nullable Object fingerprintSource;
    // The fingerprint once computed; a race between first readers computes the same text twice.
    private @Nullable String fingerprintText;
    private final @Nullable Waiver waiver;

    // The message as given: a String, or the Supplier that writes it. Final, so that every thread
    // that sees this finding sees it.
    private final Object messageSource;
    // The text once written. A data race between two first readers writes the same text twice,
    // which a String (immutable, with final fields) tolerates.
    private @Nullable String messageText;

    /**
     * A finding as a rule reports it: no citations, fingerprint or waiver yet.
     *
     * @param ruleId the id of the rule that found it, for example {@code roles.accountable-overlap};
     *     Bean Validation violations carry {@value #BEAN_VALIDATION_RULE_ID}
     * @param severity how much it matters, as configured for the rule
     * @param message what is wrong, in a sentence
     * @param location where in the document, for example {@code /responsibilities/3/assignments/1}
     * @param related other places involved (the other side of an overlap); may be empty
     * @param hint how to put it right; {@code null} if the message says it all
     */
    public Finding(String ruleId, Severity severity, String message, JsonPointer location,
            List<JsonPointer> related, @Nullable String hint) {
        this(ruleId, severity, (Object) Objects.requireNonNull(message, "message"), location,
                List.copyOf(related), hint, List.of(), null, null);
    }

    /**
     * A finding whose message is written when first read.
     *
     * @param ruleId the id of the rule that found it
     * @param severity how much it matters, as configured for the rule
     * @param message writes what is wrong, in a sentence; a pure function, called at most once per
     *     reader and never again once a reader has the text
     * @param location where in the document
     * @param related other places involved; may be empty
     * @param hint how to put it right; {@code null} if the message says it all
     */
    public Finding(String ruleId, Severity severity, Supplier<String> message, JsonPointer location,
            List<JsonPointer> related, @Nullable String hint) {
        this(ruleId, severity, (Object) Objects.requireNonNull(message, "message"), location,
                List.copyOf(related), hint, List.of(), null, null);
    }

    /**
     * A finding as a validator keeps it when its rule reports it: the same value as {@code new
     * Finding(ruleId, severity, message, location, related, hint).withCitations(citations)
     * .withFingerprintFrom(fingerprinter)}, made as one object: for the engine, which stamps every
     * finding of a check (millions, for an agreement whose assignments conflict a lot), and for
     * which a copy per stamp was garbage made per finding.
     *
     * @param ruleId the id of the rule that found it
     * @param severity how much it matters, as configured for the rule
     * @param message what is wrong, in a sentence
     * @param location where in the document
     * @param related other places involved; may be empty
     * @param hint how to put it right; {@code null} if the message says it all
     * @param citations the provisions the rule enforces; may be empty
     * @param fingerprinter computes the fingerprint when first read, as for {@link
     *     #withFingerprintFrom(Function)}
     * @return the finding
     */
    @API(status = INTERNAL, since = "0.1")
    public static Finding reported(String ruleId, Severity severity, String message, JsonPointer location,
            List<JsonPointer> related, @Nullable String hint, List<Citation> citations,
            Function<? super Finding, String> fingerprinter) {
        return new Finding(ruleId, severity, (Object) Objects.requireNonNull(message, "message"), location,
                List.copyOf(related), hint, List.copyOf(citations), Objects.requireNonNull(fingerprinter, "fingerprinter"),
                null);
    }

    /**
     * As {@link #reported(String, Severity, String, JsonPointer, List, String, List, Function)},
     * with a message written when first read.
     *
     * @param ruleId the id of the rule that found it
     * @param severity how much it matters, as configured for the rule
     * @param message writes what is wrong, in a sentence, as for {@link #Finding(String, Severity,
     *     Supplier, JsonPointer, List, String)}
     * @param location where in the document
     * @param related other places involved; may be empty
     * @param hint how to put it right; {@code null} if the message says it all
     * @param citations the provisions the rule enforces; may be empty
     * @param fingerprinter computes the fingerprint when first read, as for {@link
     *     #withFingerprintFrom(Function)}
     * @return the finding
     */
    @API(status = INTERNAL, since = "0.1")
    public static Finding reported(String ruleId, Severity severity, Supplier<String> message, JsonPointer location,
            List<JsonPointer> related, @Nullable String hint, List<Citation> citations,
            Function<? super Finding, String> fingerprinter) {
        return new Finding(ruleId, severity, (Object) Objects.requireNonNull(message, "message"), location,
                List.copyOf(related), hint, List.copyOf(citations), Objects.requireNonNull(fingerprinter, "fingerprinter"),
                null);
    }

    private Finding(String ruleId, Severity severity, Object messageSource, JsonPointer location,
            List<JsonPointer> related,
            @Nullable String hint, List<Citation> citations, @Nullable Object fingerprint, @Nullable Waiver waiver) {
        this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.messageSource = messageSource;
        this.location = Objects.requireNonNull(location, "location");
        // The lists come copied: a copy made with with... passes the ones this finding holds, as
        // checking them again (List.copyOf) was a measurable part of stamping many findings.
        this.related = related;
        this.hint = hint;
        this.citations = citations;
        this.fingerprintSource = fingerprint;
        this.waiver = waiver;
        if (waiver != null && !waiver.ruleId().equals(ruleId)) {
            throw new IllegalArgumentException("a waiver of rule " + Messages.quote(waiver.ruleId())
                    + " cannot accept a finding of rule " + Messages.quote(ruleId));
        }
    }

    /**
     * {@return the id of the rule that found it, for example {@code roles.accountable-overlap}}
     */
    public String ruleId() {
        return ruleId;
    }

    /**
     * {@return how much it matters, as configured for the rule}
     */
    public Severity severity() {
        return severity;
    }

    /**
     * {@return what is wrong, in a sentence}
     */
    public String message() {
        String text = messageText;
        if (text != null) {
            return text;
        }
        if (messageSource instanceof String given) {
            return given;
        }
        @SuppressWarnings("unchecked")
        Supplier<String> source = (Supplier<String>) messageSource;
        try {
            text = Objects.requireNonNull(source.get(), "the message supplier returned null");
        } catch (RuntimeException e) {
            text = "(rule " + ruleId + " failed to write this message: " + Messages.quote(e.toString()) + ")";
        }
        messageText = text;
        return text;
    }

    /**
     * {@return where in the document, for example {@code /responsibilities/3/assignments/1}}
     */
    public JsonPointer location() {
        return location;
    }

    /**
     * {@return other places involved (the other side of an overlap); may be empty}
     */
    public List<JsonPointer> related() {
        return related;
    }

    /**
     * {@return how to put it right; {@code null} if the message says it all}
     */
    public @Nullable String hint() {
        return hint;
    }

    /**
     * {@return the provisions the rule enforces, from {@link Rule#citations()}; empty for most
     * rules}
     */
    public List<Citation> citations() {
        return citations;
    }

    /**
     * {@return the finding's identity across versions of the agreement: the same defect in an
     * amended document has the same fingerprint, however its sections were reordered} {@code null}
     * on a finding that did not come from a validator.
     */
    public @Nullable String fingerprint() {
        String text = fingerprintText;
        if (text != null || fingerprintSource == null) {
            return text;
        }
        if (fingerprintSource instanceof String given) {
            return given;
        }
        @SuppressWarnings("unchecked")
        Function<? super Finding, String> source = (Function<? super Finding, String>) fingerprintSource;
        text = Objects.requireNonNull(source.apply(this), "the fingerprint function returned null");
        fingerprintText = text;
        return text;
    }

    /**
     * {@return the waiver that accepts this finding, or {@code null} if it is active}
     */
    public @Nullable Waiver waiver() {
        return waiver;
    }

    /**
     * {@return whether a waiver accepts this finding; a waived finding does not make a check fail}
     */
    public boolean isWaived() {
        return waiver != null;
    }

    /**
     * {@return this finding with another severity, as configured by a user}
     *
     * @param newSeverity the severity of the copy
     */
    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, newSeverity, source(), location, related, hint, citations,
                fingerprintSource(), waiver);
    }

    /**
     * {@return this finding citing {@code newCitations}}
     *
     * @param newCitations the citations of the copy, instead of this finding's
     */
    public Finding withCitations(List<Citation> newCitations) {
        return new Finding(ruleId, severity, source(), location, related, hint, List.copyOf(newCitations),
                fingerprintSource(), waiver);
    }

    /**
     * {@return this finding with the fingerprint {@code newFingerprint}}
     *
     * @param newFingerprint the fingerprint of the copy; {@code null} for none
     */
    public Finding withFingerprint(@Nullable String newFingerprint) {
        return new Finding(ruleId, severity, source(), location, related, hint, citations,
                newFingerprint, waiver);
    }

    /**
     * This finding with a fingerprint computed when first read: {@code fingerprinter.apply(this)},
     * once per reader and never again once a reader has it. The engine gives every finding of a
     * validation one such function, so that a report nobody fingerprints (most checks print no
     * fingerprint and match no waiver by one) costs no digest.
     *
     * @param fingerprinter a pure function of the finding's {@linkplain #ruleId() rule id},
     *     {@linkplain #location() location} and {@linkplain #related() related locations}, which
     *     copies made with {@code with...} keep; safe for several threads at once, as a report is
     * @return the copy, which computes its fingerprint when first asked
     */
    public Finding withFingerprintFrom(Function<? super Finding, String> fingerprinter) {
        return new Finding(ruleId, severity, source(), location, related, hint, citations,
                Objects.requireNonNull(fingerprinter, "fingerprinter"), waiver);
    }

    /**
     * This finding accepted by {@code newWaiver}, or active again if it is {@code null}.
     *
     * @param newWaiver the waiver that accepts the copy; {@code null} for none
     * @return the copy
     * @throws IllegalArgumentException if the waiver is for another rule
     */
    public Finding withWaiver(@Nullable Waiver newWaiver) {
        return new Finding(ruleId, severity, source(), location, related, hint, citations,
                fingerprintSource(), newWaiver);
    }

    /** Compares in {@link #ORDER}. */
    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }

    /**
     * {@link #ORDER}, field by field: the report of a large agreement sorts millions of findings,
     * and a chain of key extractors cost more than the comparisons themselves. What the engine
     * added is compared last, as keys made only when everything before is equal.
     */
    private static int compareInOrder(Finding a, Finding b) {
        int c = a.location.compareTo(b.location);
        if (c == 0 && a.ruleId != b.ruleId) {
            c = a.ruleId.compareTo(b.ruleId);
        }
        if (c == 0 && a.messageSource != b.messageSource) {
            c = compareMessages(a, b);
        }
        if (c == 0) {
            c = a.severity.compareTo(b.severity);
        }
        if (c == 0) {
            c = Hierarchy.compare(a.related, b.related);
        }
        if (c == 0) {
            c = orEmpty(a.hint).compareTo(orEmpty(b.hint));
        }
        if (c == 0) {
            c = orEmpty(a.fingerprint()).compareTo(orEmpty(b.fingerprint()));
        }
        if (c == 0) {
            c = Hierarchy.compare(a.waiverKey(), b.waiverKey());
        }
        if (c == 0) {
            c = Hierarchy.compare(a.citationKey(), b.citationKey());
        }
        return c;
    }

    /** As {@code a.message().compareTo(b.message())}, without writing two {@link OrderedMessage}s of one kind. */
    private static int compareMessages(Finding a, Finding b) {
        if (a.messageText == null && b.messageText == null
                && a.messageSource instanceof OrderedMessage x && b.messageSource instanceof OrderedMessage y
                && x.getClass() == y.getClass()) {
            try {
                return x.compareText(y);
            } catch (RuntimeException e) {
                // As message() does, a failing rule does not make the report fail: the texts decide.
            }
        }
        return a.message().compareTo(b.message());
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Finding other
                && ruleId.equals(other.ruleId)
                && severity == other.severity
                && location.equals(other.location)
                && related.equals(other.related)
                && Objects.equals(hint, other.hint)
                && citations.equals(other.citations)
                && Objects.equals(waiver, other.waiver)
                && Objects.equals(fingerprint(), other.fingerprint())
                && message().equals(other.message());
    }

    @Override
    public int hashCode() {
        return Objects.hash(ruleId, severity, message(), location, related, hint, citations, fingerprint(), waiver);
    }

    /** One line: {@code ERROR roles.accountable-overlap /responsibilities/3: message}. */
    @Override
    public String toString() {
        return severity + " " + ruleId + " " + (location.isRoot() ? "/" : location.toString()) + ": " + message();
    }

    /** The fingerprint as a copy should take it: the text if it has been computed, else what computes it. */
    private @Nullable Object fingerprintSource() {
        String text = fingerprintText;
        return text != null ? text : fingerprintSource;
    }

    /** The message as a copy should take it: the text if it has been written, else what writes it. */
    private Object source() {
        String text = messageText;
        return text != null ? text : messageSource;
    }

    private List<String> waiverKey() {
        if (waiver == null) {
            return List.of();
        }
        return List.of(waiver.expires().toString(), waiver.target(), waiver.agreementId(), waiver.approvedBy(),
                waiver.approved().toString(), waiver.justification());
    }

    private List<String> citationKey() {
        List<String> key = new ArrayList<>(citations.size());
        for (Citation citation : citations) {
            key.add(citation.text() + " " + citation.url());
        }
        return key;
    }
}

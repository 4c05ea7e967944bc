package org.interagency.agreements.core;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.core.internal.versions.Fingerprints;
import org.interagency.agreements.core.internal.versions.Keys;
import org.interagency.agreements.core.internal.versions.ModelComponents;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.JsonPointer;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The names of an agreement's elements that do not depend on their place in a list: the key path
 * of a JSON Pointer, and the fingerprint of a finding, as {@code docs/versions.md} specifies them.
 *
 * <p>A key path is a JSON Pointer with each list index replaced by the key of the element at that
 * index: the element's id ({@code evacuation}), or its documented natural key (an assignment's
 * {@code county-fire accountable us/tx *}). Escalation levels, whose order means something, keep
 * their position. So {@code /responsibilities/3/assignments/1} may have the key path
 * {@code /responsibilities/evacuation/assignments/county-fire accountable us~1tx *}.
 * <pre>{@code
 * ElementKeys keys = ElementKeys.of(agreement);
 * JsonPointer keyPath = keys.keyPath(finding.location());
 * }</pre>
 *
 * <p>An instance remembers the keys of the lists it has visited, for one agreement; it is not
 * safe for several threads at once (make one per thread).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ElementKeys {

    private final Agreement agreement;
    // Sized small: a report keeps the keys of an agreement with findings alive, and the default
    // size is a quarter of a kilobyte a map, for agreements whose findings touch a list or two.
    private final Map<List<?>, String[]> keysByList = new IdentityHashMap<>(4);
    // The key paths of the pointers fingerprinted so far, by identity: findings at one place
    // usually share its pointer (an assignment in many overlapping pairs), and walking the model
    // for each of them made most of a finding's cost.
    private final Map<JsonPointer, JsonPointer> keyPathsFingerprinted = new IdentityHashMap<>(4);
    // Made when the first fingerprint is: a validation without findings needs no digest.
    private @Nullable Fingerprints fingerprints;

    private ElementKeys(Agreement agreement) {
        this.agreement = agreement;
    }

    /**
     * {@return the keys of the elements of {@code agreement}}
     *
     * @param agreement the agreement whose elements are keyed
     */
    public static ElementKeys of(Agreement agreement) {
        return new ElementKeys(Objects.requireNonNull(agreement, "agreement"));
    }

    /**
     * {@return the key path of {@code pointer}: each index of a list whose order means nothing
     * replaced by the key of the element there} Tokens past a point the agreement does not have (an
     * index beyond a list's end, a property a value does not have) are kept as they are.
     *
     * @param pointer a pointer into this agreement
     */
    public JsonPointer keyPath(JsonPointer pointer) {
        List<String> tokens = pointer.tokens();
        List<String> path = new ArrayList<>(tokens.size());
        Object node = agreement;
        boolean ordered = false;
        int i = 0;
        for (; i < tokens.size() && node != null; i++) {
            String token = tokens.get(i);
            if (node instanceof List<?> list) {
                int index = index(token);
                if (index < 0 || index >= list.size()) {
                    break;
                }
                path.add(ordered ? token : keys(list)[index]);
                node = list.get(index);
            } else if (ModelComponents.isComposite(node)) {
                ModelComponents.Component component = ModelComponents.of(node.getClass()).get(token);
                if (component == null) {
                    break;
                }
                path.add(token);
                ordered = component.ordered();
                node = component.value(node);
            } else {
                break;
            }
        }
        path.addAll(tokens.subList(i, tokens.size()));
        return new JsonPointer(path);
    }

    /**
     * {@return the fingerprint of a finding of the rule {@code ruleId} at {@code location} and
     * {@code related}: 32 hexadecimal digits from the rule id, the agreement id and the sorted key
     * paths of every location}
     *
     * @param ruleId the id of the rule
     * @param location where the finding is
     * @param related the finding's related locations
     */
    public String fingerprint(String ruleId, JsonPointer location, List<JsonPointer> related) {
        List<JsonPointer> keyPaths = new ArrayList<>(related.size() + 1);
        keyPaths.add(keyPathsFingerprinted.computeIfAbsent(location, this::keyPath));
        for (JsonPointer pointer : related) {
            keyPaths.add(keyPathsFingerprinted.computeIfAbsent(pointer, this::keyPath));
        }
        if (fingerprints == null) {
            fingerprints = new Fingerprints();
        }
        return fingerprints.fingerprint(ruleId, agreement.id(), keyPaths);
    }

    /**
     * {@return the fingerprint of {@code finding}, found in this agreement}
     *
     * @param finding a finding of a rule on this agreement
     */
    public String fingerprint(Finding finding) {
        return fingerprint(finding.ruleId(), finding.location(), finding.related());
    }

    private String[] keys(List<?> list) {
        return keysByList.computeIfAbsent(list, Keys::of);
    }

    /** The index a token names, or -1 if it is not written as an RFC 6901 array index. */
    private static int index(String token) {
        if (token.isEmpty() || token.length() > 9 || token.length() > 1 && token.charAt(0) == '0') {
            return -1;
        }
        for (int i = 0; i < token.length(); i++) {
            if (token.charAt(i) < '0' || token.charAt(i) > '9') {
                return -1;
            }
        }
        return Integer.parseInt(token);
    }
}

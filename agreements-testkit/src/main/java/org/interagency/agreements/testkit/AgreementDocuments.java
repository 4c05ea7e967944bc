package org.interagency.agreements.testkit;

import org.apiguardian.api.API;

import net.jqwik.api.Arbitrary;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.json.AgreementJson;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Generated agreements as documents, for systems that consume agreements as JSON or YAML rather
 * than as Java values. Each document is the agreement written by agreements-json's default
 * writer, so it reads back, with the default strict reader, to the generated agreement.
 *
 * <pre>{@code
 * @Property
 * void importerAcceptsEveryValidDocument(@ForAll("documents") String json) {
 *     assertThat(importer.importDocument(json)).isSuccessful();
 * }
 *
 * @Provide
 * Arbitrary<String> documents() {
 *     return AgreementDocuments.json();
 * }
 * }</pre>
 *
 * <p>Documents shrink as their agreements do.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class AgreementDocuments {

    private AgreementDocuments() {
    }

    /**
     * {@return JSON documents of valid agreements ({@link AgreementArbitraries#agreements()}),
     * pretty-printed}
     */
    public static Arbitrary<String> json() {
        return json(AgreementArbitraries.agreements());
    }

    /**
     * {@return YAML documents of valid agreements ({@link AgreementArbitraries#agreements()})}
     */
    public static Arbitrary<String> yaml() {
        return yaml(AgreementArbitraries.agreements());
    }

    /**
     * {@return JSON documents of the agreements {@code agreements} generates, pretty-printed; for
     * example of agreements with a defect: {@code
     * AgreementDocuments.json(Defects.of("roles.accountable-overlap"))}}
     *
     * @param agreements the agreements to write
     */
    public static Arbitrary<String> json(Arbitrary<Agreement> agreements) {
        return agreements.map(AgreementJson.defaults()::writePretty);
    }

    /**
     * {@return YAML documents of the agreements {@code agreements} generates}
     *
     * @param agreements the agreements to write
     */
    public static Arbitrary<String> yaml(Arbitrary<Agreement> agreements) {
        return agreements.map(AgreementJson.defaults()::writeYaml);
    }
}

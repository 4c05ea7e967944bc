package org.interagency.agreements.packs;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementBuilder;
import org.interagency.agreements.DataSet;
import org.interagency.agreements.DataSharingProtocol;
import org.interagency.agreements.DataSharingProtocolBuilder;
import org.interagency.agreements.Party;
import org.interagency.agreements.core.AgreementValidator;
import org.interagency.agreements.json.AgreementJson;
import org.interagency.agreements.json.DocumentSource;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.Report;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** The example documents the packs' tests start from, the validators they check with, and edits of agreements. */
final class PackFixtures {

    /** The day the examples' findings are stated for in examples/README.md. */
    static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);

    static final Path EXAMPLES = Path.of("..", "examples", "agreements");

    private PackFixtures() {
    }

    static Agreement example(String file) {
        return AgreementJson.defaults().read(DocumentSource.of(EXAMPLES.resolve(file))).agreement();
    }

    /** A validator that runs only {@code pack}, found as a service, with its clock at {@link #AS_OF}. */
    static AgreementValidator only(String pack) {
        return AgreementValidator.builder().packs(pack)
                .clock(Clock.fixed(AS_OF.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC)).build();
    }

    /** The findings of the rules whose id starts with {@code prefix} or that are listed. */
    static List<Finding> findingsOf(Report report, String... ruleIds) {
        List<Finding> found = new ArrayList<>();
        for (String id : ruleIds) {
            found.addAll(report.findingsOf(id));
        }
        return found;
    }

    static AgreementBuilder edit(Agreement agreement) {
        return AgreementBuilder.builder(agreement);
    }

    static Agreement protocol(Agreement agreement, int index, UnaryOperator<DataSharingProtocolBuilder> change) {
        List<DataSharingProtocol> protocols = new ArrayList<>(agreement.dataSharingProtocols());
        protocols.set(index, change.apply(DataSharingProtocolBuilder.builder(protocols.get(index))).build());
        return edit(agreement).dataSharingProtocols(protocols).build();
    }

    static Agreement dataSet(Agreement agreement, int protocol, int index, UnaryOperator<DataSet> change) {
        return protocol(agreement, protocol, p -> {
            List<DataSet> dataSets = new ArrayList<>(p.dataSets());
            dataSets.set(index, change.apply(dataSets.get(index)));
            return p.dataSets(dataSets);
        });
    }

    static Agreement party(Agreement agreement, int index, UnaryOperator<Party> change) {
        List<Party> parties = new ArrayList<>(agreement.parties());
        parties.set(index, change.apply(parties.get(index)));
        return edit(agreement).parties(parties).build();
    }

    /** The list without the elements {@code keep} rejects. */
    static <T> List<T> without(List<T> list, java.util.function.Predicate<T> drop) {
        return list.stream().filter(drop.negate()).toList();
    }
}

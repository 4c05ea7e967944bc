package org.interagency.agreements.packs.internal.ico;

import org.apiguardian.api.API;

import org.interagency.agreements.ProvisionTopic;
import org.interagency.agreements.packs.internal.ProvisionRequiredRule;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.Severity;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code uk-ico.data-quality}: "Put in place quality checks on the data" (ICO, Navigating the data sharing code): a provision on {@code data-quality}. A WARNING, as good practice.
 */
@API(status = INTERNAL, since = "0.1")
public final class DataQualityRule extends ProvisionRequiredRule {

    /** Creates the rule. */
    public DataQualityRule() {
        super("uk-ico.data-quality", Severity.WARNING, Principle.INFORMATION_SHARING,
                "A data sharing agreement states the quality checks on the data.",
                List.of(Ico.navigating()),
                ProvisionTopic.DATA_QUALITY, "no quality checks on the data");
    }
}

package org.interagency.agreements.packs.internal.gdpr;

import org.apiguardian.api.API;

import org.interagency.agreements.DataSharingProtocol;
import org.interagency.agreements.DisposalMethod;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.rules.RuleContext;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code eu-gdpr.processor-delete-or-return}: "at the choice of the controller, deletes or returns
 * all the personal data to the controller after the end of the provision of services … and deletes
 * existing copies" (GDPR Art. 28(3)(g)): each protocol from a controller to a processor has a
 * disposal of {@code secure-deletion}, {@code destruction} or {@code return-to-provider}. "At the
 * choice of the controller", the deletion of copies and the exception for storage Union or Member
 * State law requires are not structured.
 */
@API(status = INTERNAL, since = "0.1")
public final class ProcessorDeleteOrReturnRule extends ProcessorProtocolRule {

    /** Creates the rule. */
    public ProcessorDeleteOrReturnRule() {
        super("eu-gdpr.processor-delete-or-return",
                "A processor deletes or returns the personal data when its services end.", List.of(Gdpr.art("Art. 28(3)(g)")));
    }

    @Override
    void check(DataSharingProtocol protocol, JsonPointer at, RuleContext context) {
        DisposalMethod disposal = protocol.disposal();
        if (disposal == null || disposal == DisposalMethod.ARCHIVAL) {
            context.report(at.append("disposal"), "protocol " + Messages.quote(protocol.id())
                    + " does not say that the processor deletes or returns the personal data when its services end,"
                    + " which GDPR Art. 28(3)(g) requires",
                    "set disposal to \"secure-deletion\", \"destruction\" or \"return-to-provider\"");
        }
    }
}

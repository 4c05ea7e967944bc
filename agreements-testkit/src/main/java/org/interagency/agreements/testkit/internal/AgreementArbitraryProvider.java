package org.interagency.agreements.testkit.internal;

import org.apiguardian.api.API;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.Jurisdiction;
import org.interagency.agreements.ScopePath;
import org.interagency.agreements.testkit.AgreementArbitraries;

import java.util.Set;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Lets jqwik generate {@code @ForAll Agreement}, {@code @ForAll ScopePath} and
 * {@code @ForAll Jurisdiction} parameters with the testkit's default arbitraries. jqwik finds it
 * with {@link java.util.ServiceLoader}.
 */
@API(status = INTERNAL, since = "0.1")
public final class AgreementArbitraryProvider implements ArbitraryProvider {

    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public AgreementArbitraryProvider() {
    }

    @Override
    public boolean canProvideFor(TypeUsage targetType) {
        return targetType.isOfType(Agreement.class)
                || targetType.isOfType(ScopePath.class)
                || targetType.isOfType(Jurisdiction.class);
    }

    @Override
    public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
        if (targetType.isOfType(Agreement.class)) {
            return Set.of(AgreementArbitraries.agreements());
        }
        if (targetType.isOfType(ScopePath.class)) {
            return Set.of(AgreementArbitraries.scopePaths());
        }
        return Set.of(AgreementArbitraries.jurisdictions());
    }
}

package org.interagency.agreements;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.lang.reflect.Method;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every model record with more than three parts has a generated builder that copies a value faithfully. */
class BuildersTest {

    @TestFactory
    Stream<DynamicTest> everyRecordWithMoreThanThreeComponentsHasABuilder() {
        return RecordImmutabilityTest.modelRecords().stream()
                .filter(type -> type.getRecordComponents().length > 3)
                .map(type -> DynamicTest.dynamicTest(type.getSimpleName(), () -> {
                    Class<?> builder = Class.forName(type.getName() + "Builder");
                    Object value = RecordImmutabilityTest.sample(type);

                    Method from = builder.getMethod("builder", type);
                    Object copy = builder.getMethod("build").invoke(from.invoke(null, value));

                    assertThat(copy).isEqualTo(value).isNotSameAs(value);
                }));
    }
}

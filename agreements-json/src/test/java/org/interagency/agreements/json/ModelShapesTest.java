package org.interagency.agreements.json;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.json.internal.Model;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The document shapes follow the model: every record and enum has one, and optional values are the @Nullable ones. */
class ModelShapesTest {

    @Test
    void everyRecordAndEnumOfTheModelHasAShape() throws Exception {
        Set<String> shaped = new TreeSet<>();
        Model.instance().modelTypes().keySet().forEach(type -> shaped.add(type.getSimpleName()));

        assertThat(shaped).contains("Agreement", "Assignment", "DateRange", "DecisionRule", "Renewal", "Contact",
                "DataSet", "EscalationLevel", "Measure", "RaciRole", "TransferMethod", "OnwardSharing", "ScopePath",
                "Jurisdiction", "Lineage", "AgreementVersion", "AgreedWaiver").hasSize(68); // every type of org.interagency.agreements
    }

    @Test
    void theOptionalValuesAreExactlyTheNullableComponents() {
        Set<String> nullable = new TreeSet<>();
        Set<String> optional = new TreeSet<>();
        for (Class<?> type : Model.instance().modelTypes().keySet()) {
            if (!type.isRecord() || type.getPackage() != Agreement.class.getPackage()) {
                continue;
            }
            for (RecordComponent component : type.getRecordComponents()) {
                String name = type.getSimpleName() + "." + component.getName();
                if (component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
                    nullable.add(name);
                }
                if (Model.isOptional(type, component.getName())) {
                    optional.add(name);
                }
            }
        }

        assertThat(optional).isEqualTo(nullable);
    }
}

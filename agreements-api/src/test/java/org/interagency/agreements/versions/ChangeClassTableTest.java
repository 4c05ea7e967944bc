package org.interagency.agreements.versions;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.Contact;
import org.interagency.agreements.DataSharingProtocol;
import org.interagency.agreements.Responsibility;
import org.interagency.agreements.internal.ChangeClasses;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The change-class table is complete, has no stale rows, and is the table docs/versions.md shows. */
class ChangeClassTableTest {

    private static final Path VERSIONS_DOCUMENT = Path.of("..", "docs", "versions.md");

    @Test
    void everyComponentOfEveryModelRecordHasAChangeClass() {
        List<String> missing = new ArrayList<>();
        for (String component : modelComponents()) {
            if (!ChangeClasses.rows().containsKey(component)) {
                missing.add(component);
            }
        }
        assertThat(missing)
                .as("model record components without a change class: add each, MATERIAL if a change to it alters"
                        + " what a party must or may do and ADMINISTRATIVE otherwise, to ChangeClasses.table()"
                        + " (agreements-api, org.interagency.agreements.internal) and to the table"
                        + " \"Change classes\" of docs/versions.md")
                .isEmpty();
    }

    @Test
    void everyRowNamesAComponentOfTheModel() {
        Set<String> components = modelComponents();
        assertThat(ChangeClasses.rows().keySet().stream().filter(row -> !components.contains(row)).toList())
                .as("rows of ChangeClasses for components the model does not have").isEmpty();
    }

    @Test
    void docsVersionsShowsTheSameTable() throws IOException {
        String document = Files.readString(VERSIONS_DOCUMENT, StandardCharsets.UTF_8);
        Map<String, ChangeClass> documented = new LinkedHashMap<>();
        // Rows such as "| `Contact` | administrative | name, role, email, phone |".
        Matcher row = Pattern.compile("(?m)^\\| `([A-Za-z]+)` \\| (material|administrative) \\| ([a-zA-Z, ]+) \\|$")
                .matcher(document);
        while (row.find()) {
            for (String component : row.group(3).split(",")) {
                documented.put(row.group(1) + "." + component.strip(), ChangeClass.valueOf(row.group(2).toUpperCase()));
            }
        }
        assertThat(documented).as("the table \"Change classes\" of docs/versions.md")
                .containsExactlyInAnyOrderEntriesOf(ChangeClasses.rows());
    }

    @Test
    void classesFollowTheIssueList() {
        assertThat(ChangeClass.of(Contact.class, "phone")).isEqualTo(ChangeClass.ADMINISTRATIVE);
        assertThat(ChangeClass.of(Responsibility.class, "description")).isEqualTo(ChangeClass.ADMINISTRATIVE);
        assertThat(ChangeClass.of(Responsibility.class, "assignments")).isEqualTo(ChangeClass.MATERIAL);
        assertThat(ChangeClass.of(DataSharingProtocol.class, "retention")).isEqualTo(ChangeClass.MATERIAL);
        assertThat(ChangeClass.of(Agreement.class, "title")).isEqualTo(ChangeClass.ADMINISTRATIVE);
    }

    @Test
    void anUnknownComponentIsAnError() {
        assertThatThrownBy(() -> ChangeClass.of(Contact.class, "fax"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Contact has no component fax");
    }

    /** {@code Type.component} for every component of every record reachable from Agreement. */
    static Set<String> modelComponents() {
        Set<String> components = new LinkedHashSet<>();
        Set<Class<?>> seen = new LinkedHashSet<>();
        Deque<Class<?>> queue = new ArrayDeque<>(List.of(Agreement.class));
        while (!queue.isEmpty()) {
            Class<?> type = queue.poll();
            if (!seen.add(type)) {
                continue;
            }
            for (RecordComponent component : type.getRecordComponents()) {
                components.add(type.getSimpleName() + "." + component.getName());
                Class<?> element = elementType(component.getGenericType());
                if (element.isRecord()) {
                    queue.add(element);
                }
            }
        }
        return components;
    }

    private static Class<?> elementType(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            return elementType(parameterized.getActualTypeArguments()[0]);
        }
        return (Class<?>) type;
    }
}

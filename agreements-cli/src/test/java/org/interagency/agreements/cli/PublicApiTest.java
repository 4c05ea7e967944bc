package org.interagency.agreements.cli;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user who embeds the command ({@link AgreementsCli#commandLine(java.io.PrintWriter,
 * java.io.PrintWriter, boolean)}) compiles against its public members only: none of them may name
 * a type of an {@code ...internal} package, which can change in any release.
 */
class PublicApiTest {

    @Test
    void agreementsCliPublicMembersNameNoInternalType() {
        List<String> leaks = new ArrayList<>();
        // getConstructors and getMethods return the public members only (getMethods the inherited
        // ones too, hence the filter).
        Stream.concat(Stream.of(AgreementsCli.class.getConstructors()), Stream.of(AgreementsCli.class.getMethods()))
                .filter(member -> member.getDeclaringClass() == AgreementsCli.class)
                .forEach(member -> {
                    List<Type> types = new ArrayList<>(List.of(member.getGenericParameterTypes()));
                    types.addAll(List.of(member.getGenericExceptionTypes()));
                    if (member instanceof Method method) {
                        types.add(method.getGenericReturnType());
                    }
                    for (Type type : types) {
                        if (type.getTypeName().contains(".internal.")) {
                            leaks.add(signature(member) + " names " + type.getTypeName());
                        }
                    }
                });

        assertThat(leaks).isEmpty();
    }

    private static String signature(Executable member) {
        return member.getName() + "(" + member.getParameterCount() + " parameters)";
    }
}

package org.interagency.agreements.robustness;

import org.apiguardian.api.API;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.core.AgreementValidator;
import org.interagency.agreements.json.AgreementJson;
import org.interagency.agreements.report.ReportWriter;
import org.interagency.agreements.testkit.AgreementArbitraries;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The library says in code what it promises: every public type of every package a module exports
 * to everyone carries {@link API} with a status, as JUnit 5's types do. The exported packages are
 * read from each module's own {@code module-info.class}, so a newly exported package is checked
 * without changing this test.
 */
class PublicApiTest {

    private static final Map<String, Class<?>> ANCHORS = Map.of(
            "agreements-api", Agreement.class,
            "agreements-core", AgreementValidator.class,
            "agreements-json", AgreementJson.class,
            "agreements-testkit", AgreementArbitraries.class,
            "agreements-report", ReportWriter.class);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"agreements-api", "agreements-core", "agreements-json", "agreements-testkit", "agreements-report"})
    void everyPublicTypeOfAnExportedPackageCarriesApi(String module) throws Exception {
        Class<?> anchor = ANCHORS.get(module);
        List<String> missing = new ArrayList<>();
        int checked = 0;
        try (Classes classes = Classes.of(anchor)) {
            Set<String> exported = classes.exportedPackages();
            assertThat(exported).as("packages %s exports to everyone", module).isNotEmpty();
            for (String name : classes.classNames()) {
                String pkg = name.substring(0, name.lastIndexOf('.'));
                if (!exported.contains(pkg) || name.endsWith("package-info")) {
                    continue;
                }
                Class<?> type = Class.forName(name, false, anchor.getClassLoader());
                if (!isPublicApi(type)) {
                    continue;
                }
                checked++;
                if (type.getAnnotation(API.class) == null && !isBuilderOfAnnotatedRecord(type)) {
                    missing.add(name);
                }
            }
        }
        assertThat(checked).as("public types checked in %s", module).isPositive();
        assertThat(missing).as("public types of %s without @API", module).isEmpty();
    }

    /**
     * Whether {@code type} is the builder that record-builder generates for a model record
     * ({@code PartyBuilder} for {@code Party}): the processor cannot annotate it, so it takes the
     * stability of its record, as {@code AgreementRecord} documents. Recognised by its
     * {@code builder(R)} factory taking the record, which must carry {@link API}.
     */
    private static boolean isBuilderOfAnnotatedRecord(Class<?> type) {
        String name = type.getName();
        if (!name.endsWith("Builder") || type.getEnclosingClass() != null) {
            return false;
        }
        try {
            Class<?> record = Class.forName(name.substring(0, name.length() - "Builder".length()), false,
                    type.getClassLoader());
            return record.isRecord() && record.getAnnotation(API.class) != null
                    && Modifier.isStatic(type.getMethod("builder", record).getModifiers());
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            return false;
        }
    }

    /** A public type that code outside the module can name: public, and every enclosing type public. */
    private static boolean isPublicApi(Class<?> type) {
        if (type.isSynthetic() || type.isAnonymousClass() || type.isLocalClass()) {
            return false;
        }
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    /** The class files of one module, from its directory or jar. */
    private static final class Classes implements AutoCloseable {
        private final Path root;
        private final FileSystem jar;

        private Classes(Path root, FileSystem jar) {
            this.root = root;
            this.jar = jar;
        }

        static Classes of(Class<?> anchor) throws IOException, URISyntaxException {
            Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                return new Classes(location, null);
            }
            FileSystem jar = FileSystems.newFileSystem(location);
            return new Classes(jar.getPath("/"), jar);
        }

        Set<String> exportedPackages() throws IOException {
            try (InputStream in = Files.newInputStream(root.resolve("module-info.class"))) {
                return ModuleDescriptor.read(in).exports().stream()
                        .filter(e -> !e.isQualified())
                        .map(ModuleDescriptor.Exports::source)
                        .collect(Collectors.toSet());
            }
        }

        List<String> classNames() throws IOException {
            try (Stream<Path> files = Files.walk(root)) {
                return files.map(root::relativize).map(Path::toString)
                        .filter(p -> p.endsWith(".class") && !p.equals("module-info.class"))
                        .map(p -> p.substring(0, p.length() - ".class".length()).replace('/', '.'))
                        .sorted().toList();
            }
        }

        @Override
        public void close() throws IOException {
            if (jar != null) {
                jar.close();
            }
        }
    }
}

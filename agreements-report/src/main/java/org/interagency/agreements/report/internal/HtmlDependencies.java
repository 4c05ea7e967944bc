package org.interagency.agreements.report.internal;

/**
 * Checks that the HTML report's optional dependencies are present before the page is written, so
 * a user who left them out reads which jars to add rather than a {@link NoClassDefFoundError}.
 */
public final class HtmlDependencies {

    private HtmlDependencies() {
    }

    /** Throws {@link IllegalStateException} naming the missing artifact, if one is missing. */
    public static void require() {
        present("gg.jte.TemplateEngine", "gg.jte:jte-runtime");
        present("org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider", "org.eclipse.elk:org.eclipse.elk.alg.layered");
    }

    private static void present(String className, String artifact) {
        try {
            Class.forName(className, false, HtmlDependencies.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException("the HTML report needs " + artifact + ", an optional dependency of"
                    + " agreements-report: add it (the agreements-bom's parent pom names the version)", e);
        }
    }
}

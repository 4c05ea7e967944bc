package org.interagency.agreements.cli.internal;

import org.interagency.agreements.json.DocumentSyntax;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * Which files under a directory {@code check} reads ({@code --include}, {@code --exclude}): every
 * {@code *.json}, {@code *.yaml} and {@code *.yml} file that is not hidden, that matches an
 * include pattern if there are any, and that neither it nor a directory above it (under the
 * directory named) matches an exclude pattern. Patterns are globs
 * ({@link java.nio.file.FileSystem#getPathMatcher(String) the JDK's}: {@code *}, {@code **},
 * {@code ?}, {@code [a-z]}, {@code {a,b}}) matched against the path relative to the directory
 * named, with {@code /} separators; a leading {@code **}{@code /} also matches at the top, as in
 * {@code .gitignore}. A file named on the command line is always read.
 */
public final class FileSelection {

    private static final FileSelection ALL = new FileSelection(List.of(), List.of(), List.of(), List.of());

    private final List<String> includePatterns;
    private final List<String> excludePatterns;
    private final List<PathMatcher> includes;
    private final List<PathMatcher> excludes;

    private FileSelection(List<String> includePatterns, List<String> excludePatterns, List<PathMatcher> includes,
            List<PathMatcher> excludes) {
        this.includePatterns = List.copyOf(includePatterns);
        this.excludePatterns = List.copyOf(excludePatterns);
        this.includes = List.copyOf(includes);
        this.excludes = List.copyOf(excludes);
    }

    /** Every document file that is not hidden. */
    public static FileSelection all() {
        return ALL;
    }

    /**
     * The files that match one of {@code include} (any if empty) and none of {@code exclude}.
     *
     * @throws CliException if a pattern is not a glob, naming it
     */
    public static FileSelection of(List<String> include, List<String> exclude) {
        return new FileSelection(include, exclude, matchers(include, "--include"), matchers(exclude, "--exclude"));
    }

    private static List<PathMatcher> matchers(List<String> patterns, String option) {
        List<PathMatcher> matchers = new ArrayList<>();
        for (String pattern : patterns) {
            try {
                matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + pattern));
                if (pattern.startsWith("**/")) {
                    matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + pattern.substring(3)));
                }
            } catch (IllegalArgumentException e) {
                throw new CliException(option + " " + org.interagency.agreements.rules.Messages.quote(pattern)
                        + " is not a glob pattern: " + e.getMessage().lines().findFirst().orElse(""), e);
            }
        }
        return matchers;
    }

    /** Whether the walk goes into the directory at {@code relative} (hidden and excluded ones are skipped). */
    boolean entersDirectory(Path relative) {
        if (relative.toString().isEmpty()) {
            return true;
        }
        return !relative.getFileName().toString().startsWith(".") && !matches(excludes, relative);
    }

    /** Whether the file at {@code relative} (under a directory named) is read. */
    boolean selectsFile(Path relative) {
        return !relative.getFileName().toString().startsWith(".")
                && DocumentSyntax.ofFileName(relative).isPresent()
                && (includes.isEmpty() || matches(includes, relative))
                && !matches(excludes, relative);
    }

    /** The patterns, for a message that says why no file was found. */
    String describe() {
        return (includePatterns.isEmpty() ? "" : " matching --include " + String.join(", ", includePatterns))
                + (excludePatterns.isEmpty() ? "" : " and not --exclude " + String.join(", ", excludePatterns));
    }

    private static boolean matches(List<PathMatcher> matchers, Path relative) {
        for (PathMatcher matcher : matchers) {
            if (matcher.matches(relative)) {
                return true;
            }
        }
        return false;
    }
}

package org.interagency.agreements.cli.internal;

import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.json.AgreementReadException;
import org.interagency.agreements.report.ReadProblem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.FileVisitResult;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finding document files (the files of a directory) and reporting why one could not be read.
 * The files themselves are read by {@code AgreementJson.read(DocumentSource.of(file))}, within
 * its limits.
 */
public final class DocumentFiles {

    private DocumentFiles() {
    }

    /**
     * The document files {@code paths} name: a file as it is, a directory as every
     * {@code *.json}, {@code *.yaml} and {@code *.yml} file under it (hidden files and
     * directories skipped), sorted by path so the order is the same on every system. A file
     * named twice (itself and through its directory, say) is checked once, where it first
     * appears.
     *
     * @throws CliException if a path does not exist or a directory cannot be listed
     */
    public static List<Path> expand(List<Path> paths) {
        return expand(paths, FileSelection.all());
    }

    /**
     * The document files {@code paths} name, as {@link #expand(List)}, of a directory only those
     * {@code selection} selects. The path {@code -} (standard input) is kept as it is, once.
     *
     * @throws CliException if a directory cannot be listed
     */
    public static List<Path> expand(List<Path> paths, FileSelection selection) {
        List<Path> files = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                for (Path file : walk(path, selection)) {
                    if (seen.add(file.toAbsolutePath().normalize())) {
                        files.add(file);
                    }
                }
            } else if (path.toString().equals("-") ? seen.add(path) : seen.add(path.toAbsolutePath().normalize())) {
                files.add(path);
            }
        }
        return files;
    }

    /** The files under {@code directory} that {@code selection} selects, sorted; excluded directories are not entered. */
    private static List<Path> walk(Path directory, FileSelection selection) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(directory, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    return selection.entersDirectory(directory.relativize(dir)) ? FileVisitResult.CONTINUE
                            : FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (Files.isRegularFile(file) && selection.selectsFile(directory.relativize(file))) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            throw new CliException("cannot list the directory " + Messages.quoteName(directory) + ": "
                    + FileProblems.describe(e instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) e), e);
        }
        found.sort(null);
        return found;
    }

    /**
     * The problems of a read exception, as the command reports them ({@link ReadProblem#listOf},
     * which the service shares): a file that could not be read at all as
     * {@code "cannot read the file: no such file"}; a limit's problem says how to raise it with an
     * option or the configuration file, not with the library's builder.
     */
    public static List<ReadProblem> problems(AgreementReadException e) {
        return ReadProblem.listOf(e, limit -> Optional.of(ReaderLimits.advice(limit)));
    }
}

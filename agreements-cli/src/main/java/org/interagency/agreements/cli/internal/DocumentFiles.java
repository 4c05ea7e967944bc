package org.interagency.agreements.cli.internal;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.json.AgreementJson;
import org.interagency.agreements.json.AgreementReadException;
import org.interagency.agreements.json.DocumentProblem;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finding and reading document files: the files of a directory, a file's bytes (never more
 * than the reader accepts, however large the file), and the agreement in them.
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
        List<Path> files = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> DocumentFormat.of(p).isPresent())
                            .filter(p -> !isHidden(path.relativize(p)))
                            .sorted()
                            .filter(p -> seen.add(p.toAbsolutePath().normalize()))
                            .forEach(files::add);
                } catch (IOException | UncheckedIOException e) {
                    throw new CliException("cannot list the directory " + path + ": " + e.getMessage(), e);
                }
            } else if (seen.add(path.toAbsolutePath().normalize())) {
                files.add(path);
            }
        }
        return files;
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The bytes of {@code file}, at most {@code limit + 1} of them: enough for the reader to say
     * that the document is too large without reading all of a huge file into memory.
     *
     * @throws IOException if the file cannot be opened or read
     */
    public static byte[] readBounded(Path file, long limit) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException("is a directory");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        }
    }

    /**
     * The agreement in {@code bytes}, read strictly as {@code format}.
     *
     * @throws AgreementReadException if the bytes are not a valid agreement document
     */
    public static Agreement parse(AgreementJson reader, byte[] bytes, DocumentFormat format) {
        return format == DocumentFormat.YAML ? reader.readYaml(bytes) : reader.read(bytes);
    }

    /** The problems of a read exception, as the command reports them. */
    public static List<ReadProblem> problems(AgreementReadException e) {
        List<ReadProblem> problems = new ArrayList<>();
        for (DocumentProblem problem : e.problems()) {
            SourcePosition position = problem.line() > 0 && problem.column() > 0
                    ? new SourcePosition(problem.line(), problem.column()) : SourcePosition.START;
            problems.add(new ReadProblem(problem.message(), position, problem.pointer()));
        }
        if (e.problemsCut()) {
            problems.add(ReadProblem.ofFile("more problems were found than are listed; fix these and check again"));
        }
        return problems;
    }
}

package org.interagency.agreements.server.internal;

import org.apiguardian.api.API;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.accountability.AccountabilityIndex;
import org.interagency.agreements.json.AgreementJson;
import org.interagency.agreements.json.AgreementReadException;
import org.interagency.agreements.json.DocumentSource;
import org.interagency.agreements.json.DocumentSyntax;
import org.interagency.agreements.rules.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The portfolio the service answers "who is accountable?" over: every {@code *.json},
 * {@code *.yaml} and {@code *.yml} file under a directory (hidden ones skipped, sorted by path),
 * read with the bounded reader, and the {@link AccountabilityIndex} of those that hold an
 * agreement. A file that does not is left out and named (never its content) in the log and in the
 * answer to a reload.
 *
 * @param directory the directory read
 * @param index the index of its agreements
 * @param agreements how many agreements it holds
 * @param unreadable the files that hold no agreement, relative to the directory
 */
@API(status = INTERNAL, since = "0.1")
public record PortfolioDirectory(Path directory, AccountabilityIndex index, int agreements, List<String> unreadable) {

    private static final Logger LOG = LoggerFactory.getLogger(PortfolioDirectory.class);

    /** Copies the list. */
    public PortfolioDirectory {
        unreadable = List.copyOf(unreadable);
    }

    /**
     * Reads every agreement under {@code directory}.
     *
     * @throws UncheckedIOException if the directory cannot be listed
     */
    public static PortfolioDirectory read(Path directory, AgreementJson reader) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(directory)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> DocumentSyntax.ofFileName(p).isPresent())
                    .filter(p -> !hidden(directory.relativize(p)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the portfolio directory " + directory, e);
        }
        List<Agreement> agreements = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (Path file : files) {
            Optional<DocumentSyntax> syntax = DocumentSyntax.ofFileName(file);
            try {
                agreements.add(reader.read(DocumentSource.of(file, syntax.orElseThrow())).agreement());
            } catch (AgreementReadException e) {
                String name = directory.relativize(file).toString().replace('\\', '/');
                unreadable.add(name);
                LOG.warn("portfolio: {} holds no agreement ({} problem(s)); left out", Messages.quote(name), e.problems().size());
            }
        }
        AccountabilityIndex index = AccountabilityIndex.of(agreements);
        LOG.info("portfolio: {} agreement(s), {} accountable assignment(s), {} file(s) left out",
                agreements.size(), index.size(), unreadable.size());
        return new PortfolioDirectory(directory, index, agreements.size(), unreadable);
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}

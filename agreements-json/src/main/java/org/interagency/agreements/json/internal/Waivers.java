package org.interagency.agreements.json.internal;

import org.apiguardian.api.API;

import org.interagency.agreements.json.DocumentProblem;
import org.interagency.agreements.json.DocumentSyntax;
import org.interagency.agreements.json.InvalidDocumentException;
import org.interagency.agreements.json.ProblemKind;
import org.interagency.agreements.json.SourcePosition;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.rules.Waiver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.apiguardian.api.API.Status.INTERNAL;

/** Reading waiver files, with the reader's strictness, and the check that no finding is waived twice. */
@API(status = INTERNAL, since = "0.1")
public final class Waivers {

    private Waivers() {
    }

    /** Reads a waiver file: every waiver, in order, or an exception naming each problem where it is. */
    public static List<Waiver> read(Documents documents, byte[] bytes, DocumentSyntax syntax) {
        Documents.Read<WaiverDocument> read = documents.read(bytes, bytes.length, syntax,
                Model.instance().waiverDocument(), "a waiver file");
        List<Waiver> waivers = new ArrayList<>(read.value().waivers().size());
        Map<List<String>, Integer> first = new HashMap<>();
        List<DocumentProblem> problems = new ArrayList<>();
        for (WaiverDocument.Waiver entry : read.value().waivers()) {
            Waiver waiver = entry.toWaiver();
            Integer earlier = first.putIfAbsent(List.of(waiver.ruleId(), waiver.agreementId(), waiver.target()),
                    waivers.size());
            if (earlier != null && problems.size() < documents.limits().maxProblems()) {
                JsonPointer at = JsonPointer.of("waivers", waivers.size());
                SourcePosition position = read.positions() == null ? SourcePosition.START : read.positions().locate(at);
                problems.add(new DocumentProblem(ProblemKind.INVALID_VALUE, "this waiver of " + Messages.quote(waiver.ruleId())
                        + " at " + Messages.quote(waiver.target()) + " in " + Messages.quote(waiver.agreementId())
                        + " repeats waiver " + earlier + " (/waivers/" + earlier + "); keep one waiver per finding",
                        position.line(), position.column(), at));
            }
            waivers.add(waiver);
        }
        if (!problems.isEmpty()) {
            throw new InvalidDocumentException(problems, false);
        }
        return List.copyOf(waivers);
    }
}

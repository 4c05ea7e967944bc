package org.interagency.agreements.cli;

import org.interagency.agreements.cli.internal.Notation;
import org.interagency.agreements.cli.internal.Renderer;
import org.interagency.agreements.cli.internal.SingleDocument;
import org.interagency.agreements.cli.internal.View;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code agreements render}: the pictures people read instead of the document. */
@Command(name = "render",
        description = {
            "Draws a view of an agreement:",
            "  raci        the RACI matrix: agencies against responsibilities",
            "  dataflow    the data flows between agencies, classification on each edge",
            "  escalation  the escalation ladders, level by level, to the final resolution",
            "as a Mermaid flowchart, a Graphviz DOT digraph or Markdown.",
        },
        sortOptions = false,
        mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the view was written", ExitCodes.INVALID_INPUT_HELP})
final class RenderCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "An agreement document (JSON or YAML).")
    Path file;

    @Option(names = "--view", paramLabel = "raci|dataflow|escalation", defaultValue = "raci",
            description = "What to draw. Default: raci.")
    View view = View.RACI;

    @Option(names = "--as", paramLabel = "mermaid|dot|markdown", defaultValue = "mermaid",
            description = "The notation. Default: mermaid.")
    Notation notation = Notation.MERMAID;

    @Mixin
    ReaderOptions limits = new ReaderOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(Renderer.render(SingleDocument.read(file, limits.reader(null)), view, notation));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}

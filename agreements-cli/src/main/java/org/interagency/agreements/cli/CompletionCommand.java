package org.interagency.agreements.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/**
 * {@code agreements completion bash|zsh}: prints the shell completion script that picocli's
 * {@link AutoComplete} generator writes for the whole command (every subcommand and option, and
 * the values of enum options). The script is bash's, and works in zsh through its
 * {@code bashcompinit}, which the script loads itself.
 */
@Command(name = "completion",
        description = {
            "Prints a completion script for bash or zsh.",
            "bash: source <(agreements completion bash)   (or save it under /etc/bash_completion.d)",
            "zsh:  source <(agreements completion zsh)    (in ~/.zshrc)",
        },
        mixinStandardHelpOptions = true)
final class CompletionCommand implements Callable<Integer> {

    /** The shells a script is written for. */
    enum Shell {
        BASH, ZSH
    }

    @Parameters(paramLabel = "bash|zsh", description = "The shell.")
    Shell shell = Shell.BASH;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        // The same script for both: picocli's script turns on zsh's bashcompinit when it runs in zsh.
        String script = AutoComplete.bash("agreements", spec.root().commandLine());
        spec.commandLine().getOut().print(script);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}

package sdq.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "completion",
        description = "Print the shell completion script for bash and zsh.",
        footer = {"", "bash:  source <(sdq completion)            (add it to ~/.bashrc)",
            "zsh:   autoload -U +X compinit && compinit && autoload -U +X bashcompinit && bashcompinit",
            "       source <(sdq completion)            (add both lines to ~/.zshrc)"})
final class CompletionCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(AutoComplete.bash("sdq", spec.root().commandLine()));
        return ExitCode.OK;
    }
}

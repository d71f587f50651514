package sdq.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import sdq.store.StateCheck;

@Command(name = "doctor", description = "Check the state directory, and with --repair mend it.", sortOptions = false)
final class DoctorCommand implements Callable<Integer> {
    @ParentCommand
    SdqCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    HomeOptions homeOptions;

    @Option(names = "--repair", description = "Rebuild the snapshot from the review log, keeping a copy of the old one.")
    boolean repair;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        StateCheck check = StateCheck.of(root.home(homeOptions));
        out.println("State directory: " + check.home());
        check.findings().forEach(f -> out.println("  " + f));
        if (check.healthy() && !repair) {
            out.println("Everything is in order.");
            return ExitCode.OK;
        }
        check.problems().forEach(p -> out.println("  problem: " + p));
        if (!repair) {
            out.println("Run 'sdq doctor --repair' to rebuild the snapshot from the review log (the old one is kept).");
            return ExitCode.FAILURE;
        }
        for (String done : StateCheck.repair(check.home(), root.config().leitner())) {
            out.println("  " + done);
        }
        out.println("Repaired.");
        return ExitCode.OK;
    }
}

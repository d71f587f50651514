package sdq.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import sdq.export.Json;
import sdq.store.Config;
import sdq.store.DeckLocation;

@Command(name = "config", description = "Show the settings in effect and where they come from.",
        footer = {"", "Settings live in $XDG_CONFIG_HOME/sdq/config.yaml (else ~/.config/sdq/config.yaml), e.g.:",
            "  boxes: [1, 3, 7, 14, 30]     # interval in days of each Leitner box",
            "  on-fail: first-box           # or previous-box: where a card answered 'again' goes",
            "  reviews-per-day: 20          # due cards per day in sdq quiz",
            "  new-per-day: 10              # new cards per day in sdq quiz",
            "  scheduler: leitner           # or fsrs: FSRS-6 decides when cards come back",
            "  desired-retention: 0.9       # FSRS: the chance of recall to schedule for, 0.70-0.99",
            "  fsrs-parameters: [...]       # FSRS: 21 numbers fitted by an FSRS optimizer (default: FSRS-6's)",
            "  topics: {kubernetes: [k8s, pod*]}   # topics to add (taxonomy: replace to use only these)"})
final class ConfigCommand implements Callable<Integer> {
    @ParentCommand
    SdqCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    HomeOptions homeOptions;

    @Mixin
    DeckOptions deckOptions;

    @Mixin
    JsonOption output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Config config = root.config();
        String file = root.configFile().toString();
        boolean exists = Files.isRegularFile(root.configFile());
        if (output.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("file", file);
            json.put("exists", exists);
            json.put("home", root.home(homeOptions).toString());
            json.put("decks", root.deckLocation(deckOptions).describe());
            json.put("decks_from", root.deckLocation(deckOptions).origin());
            json.put("library", root.library().toString());
            json.put("boxes", config.intervals());
            json.put("on_fail", config.onFail().word());
            json.put("reviews_per_day", config.reviewsPerDay());
            json.put("new_per_day", config.newPerDay());
            json.put("scheduler", config.scheduler().word());
            json.put("desired_retention", config.fsrs().retention());
            json.put("fsrs_parameters", config.fsrs().weights());
            json.put("taxonomy", config.replaceTopics() ? "replace" : "extend");
            json.put("topics", config.topics());
            out.println(Json.write(json));
            return ExitCode.OK;
        }
        out.println("config file:     " + file + (exists ? "" : " (not there: all defaults)"));
        out.println("state directory: " + root.home(homeOptions));
        DeckLocation decks = root.deckLocation(deckOptions);
        out.println("decks:           " + decks.describeWithOrigin());
        if (decks.isBundled()) {
            out.println("                 (your library " + root.library() + " is made by your first sdq import)");
        }
        out.println("boxes:           " + config.intervals() + " days");
        out.println("on-fail:         " + config.onFail().word());
        out.println("reviews-per-day: " + config.reviewsPerDay());
        out.println("new-per-day:     " + config.newPerDay());
        out.println("scheduler:       " + config.scheduler().word() + (config.scheduler() == sdq.schedule.Scheduler.FSRS
                ? ", desired retention " + config.fsrs().retention()
                + (config.fsrs().weights().equals(sdq.schedule.FsrsParameters.DEFAULT_WEIGHTS) ? ", default parameters"
                : ", parameters " + config.fsrs().weights()) : ""));
        out.println("taxonomy:        " + (config.replaceTopics() ? "replace" : "extend") + (config.topics().isEmpty()
                ? " (built-in topics only)" : ", topics " + String.join(", ", config.topics().keySet())));
        return ExitCode.OK;
    }
}

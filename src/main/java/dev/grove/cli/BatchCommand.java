// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.cli;

import dev.grove.common.UserError;
import dev.grove.config.Json;
import dev.grove.coord.flow.BatchListener;
import dev.grove.coord.flow.BatchReport;
import dev.grove.coord.flow.BatchRequest;
import dev.grove.coord.flow.BatchSpec;
import dev.grove.coord.flow.BatchState;
import dev.grove.coord.flow.BatchStore;
import dev.grove.coord.flow.Batches;
import dev.grove.coord.worktree.AgentWorktrees;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code grove batch FILE}: runs every task of a task file as an agent in its own worktree (a
 * pane of the repository's server), at most P at once. By default the batch itself runs in a
 * pane of the server too and this terminal attaches to it ({@link BatchOnServer}); with
 * {@code --headless} it runs in this process: one line per event, then the JSON report; exit
 * code 0 only when every task succeeded.
 */
@Command(name = "batch", description = {
        "Run each task of FILE (a Markdown checklist or a JSON list) as an agent in its own worktree, P at a time.",
        "Runs on the repository's server and attaches to it; --headless runs it here, one line per event.",
        "Run it again to resume an interrupted batch."})
final class BatchCommand extends RepoCommand {
    @Option(names = "--parallel", paramLabel = "P", description = "agents at once (default: worktrees.parallelism)")
    Integer parallel;

    @Option(names = "--force", description = "allow --parallel above " + Batches.MAX_PARALLEL)
    boolean force;

    @Option(names = "--agent", paramLabel = "PROFILE", description = "agent profile for every task")
    String profile;

    @Option(names = "--check", paramLabel = "CMD", description = "command run in each finished task's worktree")
    String check;

    @Option(names = "--merge", paramLabel = "review|auto", description = "auto: merge passing tasks (default: review)")
    String merge = "review";

    @Option(names = "--max-unreviewed", paramLabel = "K", description = "pause starts while K finished tasks await review")
    int maxUnreviewed;

    @Option(names = "--headless", description = "no UI: run here, progress lines and the JSON report on stdout")
    boolean headless;

    @Option(names = "--input-timeout", paramLabel = "D", description = "fail a task whose agent waits for input longer"
            + " (ISO-8601 like PT10M, or 90s, 10m; default 10m)")
    String inputTimeout;

    @Parameters(index = "0", paramLabel = "FILE", description = "the task file")
    Path file;

    @Parameters(index = "1..*", paramLabel = "-- CMD ARGS", description = "agent command; {prompt} becomes the task")
    List<String> command = new ArrayList<>();

    @Option(names = "--foreground", hidden = true,
            description = "run here and print the table at the end (the batch's own pane on the server does)")
    boolean foreground;

    @Override
    public Integer call() {
        BatchRequest request = new BatchRequest(parallel, force, spec(), maxUnreviewed, Duration.ofMillis(200),
                new BatchPanes(context()));
        Path taskFile = context().cwd().resolve(file).toAbsolutePath().normalize();
        if (!headless && !foreground) {
            return new BatchOnServer(context(), out()).run(taskFile, request, foregroundArgs(taskFile));
        }
        BatchState end;
        Path report;
        try (AgentWorktrees w = context().open()) {
            BatchListener progress = line -> {
                out().println("grove: " + line);
                out().flush();
            };
            end = Batches.run(w, taskFile, request, progress, Clock.systemUTC());
            report = Batches.reportFile(BatchStore.of(w.layout().commonDir()), end.id());
        }
        out().println("grove: report " + report);
        if (headless) {
            out().println(Json.write(end));
        } else {
            BatchReport.table(end).forEach(out()::println);
        }
        out().flush();
        return end.succeeded() ? 0 : 1;
    }

    /** This batch's arguments with {@code --foreground}: how its pane on the server runs it. */
    private List<String> foregroundArgs(Path taskFile) {
        List<String> args = new ArrayList<>(List.of(taskFile.toString(), "--foreground", "--merge", merge,
                "--max-unreviewed", Integer.toString(maxUnreviewed)));
        if (parallel != null) {
            args.addAll(List.of("--parallel", parallel.toString()));
        }
        if (force) {
            args.add("--force");
        }
        if (check != null) {
            args.addAll(List.of("--check", check));
        }
        if (inputTimeout != null) {
            args.addAll(List.of("--input-timeout", inputTimeout));
        }
        if (profile != null) {
            args.addAll(List.of("--agent", profile));
        } else {
            args.add("--");
            args.addAll(command);
        }
        return args;
    }

    private BatchSpec spec() {
        if (!merge.equals("review") && !merge.equals("auto")) {
            throw new UserError("--merge must be review or auto, not '" + merge + "'");
        }
        if (maxUnreviewed < 0) {
            throw new UserError("--max-unreviewed must not be negative, not " + maxUnreviewed);
        }
        if ((profile == null) == command.isEmpty()) {
            throw new UserError("give either --agent PROFILE or -- CMD ARGS (not both)",
                    "for example: grove batch tasks.md -- claude -p {prompt}");
        }
        return new BatchSpec(profile, command, check, merge.equals("auto"),
                inputTimeout == null ? null : duration(inputTimeout));
    }

    private static Duration duration(String text) {
        Matcher m = Pattern.compile("(\\d+)([smh])").matcher(text);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return m.group(2).equals("s") ? Duration.ofSeconds(n) : m.group(2).equals("m") ? Duration.ofMinutes(n)
                    : Duration.ofHours(n);
        }
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw new UserError("--input-timeout: cannot read '" + text + "'", "use 90s, 10m, 1h or PT10M");
        }
    }
}

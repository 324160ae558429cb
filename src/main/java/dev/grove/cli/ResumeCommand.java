// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.cli;

import dev.grove.common.UserError;
import dev.grove.config.Approvals;
import dev.grove.config.RepoTrust;
import dev.grove.config.StateDirs;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code grove resume (--all | NAME...)}: starts again panes whose processes were lost when the
 * server stopped (crash, kill, reboot). Starts the server first when none runs; it restores the
 * saved panes. An agent resumes with its profile's resume command, which needs the repository's
 * config approved on this machine ({@code --approve}).
 */
@Command(name = "resume", description = "Start again panes whose processes were lost when the server stopped "
        + "(the server is started, restoring its saved panes, when none runs).")
final class ResumeCommand extends ServerSubcommand {
    @Option(names = "--all", description = "Every pane that was running when the server stopped.")
    boolean all;

    @Option(names = "--approve", description = "approve this repository's setup commands and agent profiles on this "
            + "machine (agents resume with their profile's resume command)")
    boolean approve;

    @Parameters(arity = "0..*", paramLabel = "NAME", description = "Panes to start again.")
    List<String> names = new ArrayList<>();

    @Override
    public Integer call() {
        if (all == !names.isEmpty()) {
            throw new UserError("resume takes pane names or --all", "grove resume --all");
        }
        List<String> argv = new ArrayList<>(List.of("resume"));
        argv.addAll(all ? List.of("--all") : names);
        StateDirs dirs = socket().dirs();
        if (approve) {
            dirs.repo().ifPresent(r -> RepoTrust.load(r.mainWorktree()).approve(Approvals.forUser()));
        }
        ServerStart.ensureRunning(dirs, List.of("--empty"), 80, 24);
        return socket().runInServer(argv, out(), err());
    }
}

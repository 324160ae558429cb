// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.cli;

import dev.grove.coord.worktree.AgentWorktrees;
import dev.grove.coord.worktree.Created;
import dev.grove.coord.worktree.NewAgent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code grove new NAME ...}: creates the agent's worktree, then opens its pane. */
@Command(name = "new", description = "Create an agent's worktree on its own branch and open its pane.")
final class NewCommand extends RepoCommand {
    @Parameters(index = "0", paramLabel = "NAME", description = "agent name: worktree .trees/NAME, branch grove/NAME")
    String name;

    @Option(names = "--task", paramLabel = "TEXT", description = "what the agent is asked to do")
    String task;

    @Option(names = "--agent", paramLabel = "PROFILE", description = "agent profile (claude, codex, aider, gemini, shell, or from .grove/config.json)")
    String profile;

    @Option(names = "--base", paramLabel = "REF", description = "start from REF (default: the main worktree's branch)")
    String base;

    @Option(names = "--branch", paramLabel = "BRANCH", description = "use (or reuse) this branch name")
    String branch;

    @Option(names = "--prompt", paramLabel = "TEXT", description = "first prompt, passed to the agent")
    String prompt;

    @Option(names = "--scope", paramLabel = "GLOB", description = "files the agent should touch; others are flagged")
    List<String> scope = new ArrayList<>();

    @Option(names = "--approve", description = "approve this repository's setup commands on this machine")
    boolean approve;

    @Option(names = "--no-focus", description = "do not switch to the new pane")
    boolean noFocus;

    @Parameters(index = "1..*", paramLabel = "CMD", description = "command to run instead of a profile (after --)")
    List<String> command = new ArrayList<>();

    @Override
    public Integer call() {
        Created created;
        try (AgentWorktrees w = context().open()) {
            approveSetup(w, approve);
            created = w.create(new NewAgent(name, task, base, branch, scope, profile, command, prompt, context().socket()),
                    this::progress);
        }
        created.warnings().forEach(wn -> err().println("warning: " + wn));
        Map<String, String> leased = new TreeMap<>(created.record().values());
        created.record().ports().forEach((k, v) -> leased.put(k, Integer.toString(v)));
        out().println("created agent " + name + " in " + created.launch().worktree() + " (branch "
                + created.record().branch() + " from " + created.record().baseRef() + ")"
                + (leased.isEmpty() ? "" : " leases " + leased));
        out().flush();
        context().panes().open(created.launch(), !noFocus);
        return 0;
    }
}

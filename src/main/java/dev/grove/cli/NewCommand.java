// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.cli;

import dev.grove.common.UserError;
import dev.grove.config.RepoDirs;
import dev.grove.coord.worktree.AgentWorktrees;
import dev.grove.coord.worktree.Created;
import dev.grove.coord.worktree.NewAgent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code grove new}: inside a git repository, creates an agent's worktree on its own branch and
 * opens its pane; outside one (or with {@code -S}, or {@code --cwd}), opens a plain pane.
 */
@Command(name = "new", description = {
        "Inside a git repository: create an agent's worktree (.trees/NAME on branch grove/NAME) and open its pane.",
        "Outside one, or with -S/--cwd: open a plain pane running CMD."})
final class NewCommand extends RepoCommand {
    @Mixin SocketOption ownSocket;

    @Option(names = "--task", paramLabel = "TEXT", description = "what the agent is asked to do")
    String task;

    @Option(names = "--agent", paramLabel = "PROFILE",
            description = "agent profile (claude, codex, aider, gemini, shell, demo, or from config)")
    String profile;

    @Option(names = "--base", paramLabel = "REF", description = "start from REF (default: the main worktree's branch)")
    String base;

    @Option(names = "--branch", paramLabel = "BRANCH", description = "use (or reuse) this branch name")
    String branch;

    @Option(names = "--prompt", paramLabel = "TEXT", description = "first prompt, passed to the agent")
    String prompt;

    @Option(names = "--scope", paramLabel = "GLOB", description = "files the agent should touch; others are flagged")
    List<String> scope = new ArrayList<>();

    @Option(names = "--approve", description = "approve this repository's setup commands and agent profiles on this machine")
    boolean approve;

    @Option(names = "--no-focus", description = "do not switch to the new pane")
    boolean noFocus;

    @Option(names = "--cwd", paramLabel = "DIR", description = "plain pane in DIR, without a worktree")
    Path cwd;

    @Option(names = "--best-of", paramLabel = "N", description = "start N candidates NAME-1..NAME-N on the same task")
    Integer bestOf;

    @Option(names = "--check", paramLabel = "CMD", description = "with --best-of: command run in each finished candidate")
    String check;

    @Option(names = "--after", paramLabel = "A[,B]", split = ",",
            description = "wait (Blocked) until these agents are merged, then create the worktree and start")
    List<String> after = new ArrayList<>();

    @Parameters(arity = "0..*", paramLabel = "[NAME] [-- CMD ARGS...]",
            description = "agent or pane name, then the command to run instead of a profile (after --)")
    List<String> words = new ArrayList<>();

    @Override
    public Integer call() {
        List<String> original = spec.commandLine().getParseResult().originalArgs();
        int dashes = original.indexOf("--");
        int afterDashes = dashes < 0 ? 0 : original.size() - dashes - 1;
        List<String> named = words.subList(0, words.size() - afterDashes);
        List<String> command = new ArrayList<>(words.subList(words.size() - afterDashes, words.size()));
        if (named.size() > 1) {
            throw new UserError("new takes one NAME before --, not " + named, "put the command after --");
        }
        String name = named.isEmpty() ? null : named.get(0);
        SocketOption socket = ownSocket.orParent(parent.socket);
        boolean plain = socket.socket != null || cwd != null || RepoDirs.find(context().cwd()).isEmpty();
        if (context().inServer() && (plain || bestOf != null || !after.isEmpty())) {
            throw new RunInCaller("plain panes, best-of and dependents run in the caller");
        }
        if (plain) {
            return openPlainPane(socket, name, command);
        }
        if (name == null) {
            throw new UserError("grove new needs an agent NAME inside a repository",
                    "e.g. grove new auth --task 'JWT login' --agent claude (or --cwd DIR for a plain pane)");
        }
        if (bestOf != null) {
            return new BestOfStart(context(), out()).run(name, bestOf, task, profile, command, check);
        }
        if (!after.isEmpty()) {
            return Dependents.register(context(), out(), new NewAgent(name, task, base, branch, scope, profile, command,
                    prompt, context().socket()), after);
        }
        return createAgent(name, command);
    }

    private int createAgent(String name, List<String> command) {
        Created created;
        try (AgentWorktrees w = context().open()) {
            if (context().inServer() && (!w.config().setup().isEmpty() || !w.setupAwaitingApproval().isEmpty())) {
                throw new RunInCaller("setup commands may ask for approval and stream their output");
            }
            approveSetup(w, approve);
            created = w.create(new NewAgent(name, task, base, branch, scope, profile, command, prompt,
                    context().socket()), this::progress);
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

    private int openPlainPane(SocketOption socket, String name, List<String> command) {
        List<String> argv = new ArrayList<>(List.of("new"));
        if (name != null) {
            argv.add(name);
        }
        if (noFocus) {
            argv.add("--no-focus");
        }
        if (cwd != null) {
            if (!Files.isDirectory(cwd)) {
                // Checked here as well as in the server, so that no server is started for nothing.
                throw new UserError("directory not found: " + cwd.toAbsolutePath(), "pass an existing directory with --cwd");
            }
            argv.add("--cwd");
            argv.add(cwd.toAbsolutePath().toString());
        }
        if (!command.isEmpty()) {
            argv.add("--");
            argv.addAll(command);
        }
        ServerStart.ensureRunning(socket.dirs(), List.of("--empty"), 80, 24);
        return socket.runInServer(argv, out(), err());
    }
}

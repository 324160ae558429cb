// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.cli;

import dev.grove.client.AttachClient;
import dev.grove.common.UserError;
import dev.grove.config.RepoDirs;
import dev.grove.config.StateDirs;
import dev.grove.coord.worktree.AgentWorktrees;
import dev.grove.coord.worktree.Created;
import dev.grove.coord.worktree.NewAgent;
import dev.grove.protocol.Message;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code grove demo}: a throw-away repository with a small project, its server, and three demo
 * agents working in parallel (one of them asks a question), then attaches. Each run makes a
 * fresh repository.
 */
@Command(name = "demo", description = {
        "Create a throw-away repository in a temporary directory and open grove there with three demo agents.",
        "The demo agents need no AI service; one of them asks 'Do you want to proceed? (y/n)'."})
final class DemoCommand extends RepoCommand {
    /** The demo's agents: name, task, and whether it asks before going on. */
    private record DemoAgent(String name, String task, boolean asks) {}

    private static final List<DemoAgent> AGENTS = List.of(
            new DemoAgent("api", "add a square function to src/calc.sh", false),
            new DemoAgent("docs", "explain the calculator in the README", true),
            new DemoAgent("tests", "cover subtraction in test.sh", false));

    @Option(names = "--dir", paramLabel = "DIR",
            description = "create the repository under DIR (default: the temporary directory)")
    Path dir;

    @Option(names = "--fast", description = "short delays in the demo agents")
    boolean fast;

    @Option(names = "--no-attach", description = "set everything up, print where it is, do not attach")
    boolean noAttach;

    @Override
    public Integer call() {
        Path repo = createRepository();
        StateDirs dirs = StateDirs.forRepository(RepoDirs.find(repo).orElseThrow(), System.getenv());
        ServerStart.ensureRunning(dirs, List.of("--empty"), 120, 40);
        CliContext demo = new CliContext(repo, context().worktrees(), context().panes(), context().input(), false,
                dirs.socket().toString());
        startAgents(demo);
        out().println("grove demo: repository " + repo);
        out().println("grove demo: remove it with: (cd " + repo + " && " + launcher() + " kill-server) && rm -rf " + repo);
        out().flush();
        if (noAttach) {
            return 0;
        }
        return new AttachClient(dirs.socket(), System.err).run(Message.Purpose.ATTACH, repo, System.getenv(), null);
    }

    /** How the user started grove: the launcher script when there is one, else plain {@code grove}. */
    private static String launcher() {
        String home = System.getenv("GROVE_HOME");
        return home == null ? "grove" : Path.of(home, "scripts", "grove").toString();
    }

    private Path createRepository() {
        try {
            Path parent = dir != null ? Files.createDirectories(dir) : Path.of(System.getProperty("java.io.tmpdir"));
            Path repo = Files.createTempDirectory(parent, "grove-demo-").toRealPath();
            DemoProject.write(repo);
            return repo;
        } catch (IOException e) {
            throw new UserError("cannot create the demo repository: " + e.getMessage(),
                    "pass --dir DIR with a writable directory");
        }
    }

    /** Creates the agents' worktrees and opens their panes, all three at once. */
    private void startAgents(CliContext demo) {
        List<String> agentCommand = List.of(demoAgentScript().toString());
        List<CompletableFuture<Void>> started = new ArrayList<>();
        for (DemoAgent a : AGENTS) {
            started.add(CompletableFuture.runAsync(() -> startAgent(demo, a, agentCommand)));
        }
        try {
            CompletableFuture.allOf(started.toArray(new CompletableFuture[0])).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            throw e;
        }
    }

    private void startAgent(CliContext demo, DemoAgent a, List<String> script) {
        List<String> command = new ArrayList<>(script);
        command.addAll(List.of("--task", a.task()));
        if (!a.asks()) {
            command.add("--yes");
        }
        if (fast) {
            command.add("--fast");
        }
        Created created;
        try (AgentWorktrees w = demo.open()) {
            created = w.create(new NewAgent(a.name(), a.task(), null, null, List.of(), "demo", command, null,
                    demo.socket()), e -> { });
        }
        demo.panes().open(created.launch(), false);
    }

    /**
     * The demo agent script: under {@code GROVE_HOME}, else next to the directory grove's
     * classes or jar were loaded from.
     */
    static Path demoAgentScript() {
        String home = System.getenv("GROVE_HOME");
        List<Path> candidates = new ArrayList<>();
        if (home != null && !home.isBlank()) {
            candidates.add(Path.of(home));
        }
        try {
            Path code = Path.of(DemoCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = code; p != null; p = p.getParent()) {
                candidates.add(p);
            }
        } catch (URISyntaxException | SecurityException e) {
            throw new UserError("cannot locate grove's installation: " + e.getMessage(), "set GROVE_HOME");
        }
        for (Path c : candidates) {
            Path script = c.resolve("scripts").resolve("demo-agent");
            if (Files.isExecutable(script)) {
                return script;
            }
        }
        throw new UserError("the demo agent (scripts/demo-agent) was not found", "set GROVE_HOME to grove's directory");
    }
}

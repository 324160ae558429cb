// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grove.config.SavedAgent;
import dev.grove.config.SavedPane;
import dev.grove.config.SavedReview;
import dev.grove.config.SavedState;
import dev.grove.config.StateFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A repository's server killed with SIGKILL while agents run: {@code state.json} holds each
 * pane's agent (profile, task, branch, worktree) and the review queue; the next {@code grove}
 * shows the agents as "Exited (interrupted)" with their screens and worktrees, keeps the review
 * queue, and {@code prefix r} or {@code grove resume} starts an agent with its profile's resume
 * command.
 */
@Timeout(value = 150, unit = TimeUnit.SECONDS)
class AgentRecoveryIT {
    private static final String PREFIX = "\u0002";
    private static final Pattern SERVER_PID = Pattern.compile("server (\\d+) listening on");

    @TempDir
    Path tmp;
    private GroveEnv env;
    private Path repo;
    private Path socket;

    @BeforeEach
    void setUp() {
        env = GroveEnv.inRepository(tmp);
        assertTrue(Files.isExecutable(Path.of("scripts/demo-agent")), "tests run from grove's directory");
        env.env().put("GROVE_HOME", env.groveHome().toString());
        repo = env.repo();
        socket = env.socket();
    }

    @AfterEach
    void tearDown() {
        env.close();
    }

    @Test
    void killedServerComesBackWithItsAgentsAndResumesThemWithTheirProfile() throws IOException {
        for (String name : List.of("api", "docs")) {
            GroveEnv.Run created = grove("new", name, "--agent", "demo", "--task", name + " work", "--prompt",
                    "document the " + name, "--no-focus");
            assertEquals(0, created.exitCode(), created.out() + created.err());
        }
        GroveEnv.Run done = grove("new", "done", "--no-focus", "--", "sh", "-c", "echo all-done-$((6*7))");
        assertEquals(0, done.exitCode(), done.out() + done.err());
        Poll.until("the agents and the review queue in state.json", 40, () -> saved().map(s ->
                agent(s, "api").filter(a -> "demo".equals(a.profile())).isPresent()
                        && agent(s, "docs").filter(a -> "demo".equals(a.profile())).isPresent()
                        && agent(s, "done").isPresent()
                        && s.reviewQueue().stream().anyMatch(r -> r.agent().equals("done"))).orElse(false),
                this::savedText);
        SavedAgent api = agent(saved().orElseThrow(), "api").orElseThrow();
        assertEquals("api work", api.task());
        assertEquals("grove/api", api.branch());
        assertEquals(repo.resolve(".trees/api").toString(), api.worktree());
        assertEquals("main", api.base());
        List<Long> before = List.of(panePid("api"), panePid("docs"));
        assertTrue(cmdline(before.get(0)).contains("--task"), "started with the launch command: " + cmdline(before.get(0)));

        long server = serverPid();
        ProcessHandle.of(server).orElseThrow().destroyForcibly();
        Poll.until("the server and the agents to die", 20,
                () -> ProcStatus.state(server).isEmpty() && before.stream().allMatch(AgentRecoveryIT::isGone),
                this::savedText);
        List<SavedReview> queue = saved().orElseThrow().reviewQueue();

        try (GroveTerminal t = GroveTerminal.startIn(env, repo, 160, 45, env.groveCommand(List.of()))) {
            t.awaitText("Exited (interrupted)");
            t.awaitText("all-done-42");
            String json = env.command("ls", "--json").out();
            for (String name : List.of("api", "docs")) {
                assertTrue(json.matches("(?s).*\"name\" : \"" + name + "\".*\"state\" : \"Exited \\(interrupted\\)\".*"),
                        json);
            }
            assertTrue(json.matches("(?s).*\"name\" : \"done\".*\"awaitingReview\" : true.*"), json);
            assertEquals(queue, saved().orElseThrow().reviewQueue(), "the review queue survives the restart");
            assertTrue(Files.isDirectory(repo.resolve(".trees/api")), "the worktree is intact");
            assertTrue(Files.size(repo.resolve(".git/grove/logs/api.log")) > 0, "the transcript is intact");

            env.command("focus", "api");
            t.type(PREFIX + "r");
            assertResumedWithTheProfile("api");
        }
        GroveEnv.Run resumed = grove("resume", "docs");
        assertEquals(0, resumed.exitCode(), resumed.err());
        assertEquals("resumed docs\n", resumed.out());
        assertResumedWithTheProfile("docs");
        assertEquals("nothing to resume\n", grove("resume", "--all").out(), "running agents are not resumed twice");
    }

    @Test
    void anAgentReviewedBeforeTheServerDiedDoesNotQueueAgain() throws IOException {
        for (String name : List.of("done", "seen")) {
            GroveEnv.Run created = grove("new", name, "--no-focus", "--", "sh", "-c", "echo " + name + "-$((6*7))");
            assertEquals(0, created.exitCode(), created.out() + created.err());
        }
        Poll.until("both in the review queue", 40, () -> queued().equals(List.of("done", "seen"))
                || queued().equals(List.of("seen", "done")), this::savedText);
        try (GroveTerminal t = GroveTerminal.startIn(env, repo, 160, 45, env.groveCommand(List.of()))) {
            t.awaitText("2 seen");
            t.type(PREFIX + "2");
            t.type(PREFIX + "v");
            t.awaitText("review seen");
        }
        Poll.until("seen reviewed in state.json", 20, () -> queued().equals(List.of("done")), this::savedText);

        long server = serverPid();
        ProcessHandle.of(server).orElseThrow().destroyForcibly();
        Poll.until("the server to die", 20, () -> isGone(server), this::savedText);
        try (GroveTerminal t = GroveTerminal.startIn(env, repo, 160, 45, env.groveCommand(List.of()))) {
            t.awaitText("seen-42");
            Poll.until("both agents evaluated again", 20, () -> {
                String json = env.command("ls", "--json").out();
                return json.matches("(?s).*\"name\" : \"seen\".*?\"state\" : \"Complete\".*")
                        && json.matches("(?s).*\"name\" : \"done\".*?\"state\" : \"Complete\".*");
            }, () -> env.command("ls", "--json").out());
            String json = env.command("ls", "--json").out();
            // Within one agent's object of the listing, which ends at the first "}" of its indent.
            assertTrue(json.matches("(?s).*\"name\" : \"done\",(?:(?!\n  }).)*\"awaitingReview\" : true.*"), json);
            assertTrue(json.matches("(?s).*\"name\" : \"seen\",(?:(?!\n  }).)*\"awaitingReview\" : false.*"), json);
            assertEquals(List.of("done"), queued(), "the queue after the restart");
        }
    }

    private List<String> queued() {
        return saved().map(s -> s.reviewQueue().stream().map(SavedReview::agent).toList()).orElse(List.of());
    }

    /** The agent runs again, with the demo profile's resume command: the script without the prompt arguments. */
    private void assertResumedWithTheProfile(String name) {
        long pid = panePid(name);
        String argv = cmdline(pid);
        assertTrue(argv.contains("scripts/demo-agent") && !argv.contains("--task"),
                name + " resumed with the demo profile's resume command (no prompt arguments): " + argv);
    }

    private GroveEnv.Run grove(String... args) {
        return env.runIn(repo, List.of(args));
    }

    private Optional<SavedState> saved() {
        return new StateFile(repo.resolve(".git/grove")).load();
    }

    private String savedText() {
        try {
            return Files.readString(repo.resolve(".git/grove/state.json")) + "\n" + env.serverLog();
        } catch (IOException e) {
            return "(no state.json: " + e.getMessage() + ")";
        }
    }

    private static Optional<SavedAgent> agent(SavedState state, String name) {
        return state.panes().stream().filter(p -> p.name().equals(name)).findFirst().map(SavedPane::agent);
    }

    private long panePid(String name) {
        Pattern p = Pattern.compile("\"name\" : \"" + name + "\",(?:(?!\"name\").)*?\"pid\" : (\\d+)", Pattern.DOTALL);
        String[] found = new String[1];
        Poll.until("pane " + name + " to run", 20, () -> {
            Matcher m = p.matcher(env.command("ls", "--json").out());
            found[0] = m.find() ? m.group(1) : null;
            return found[0] != null;
        }, () -> env.command("ls", "--json").out());
        return Long.parseLong(found[0]);
    }

    private long serverPid() throws IOException {
        Matcher m = SERVER_PID.matcher(Files.readString(repo.resolve(".git/grove/server.log")));
        long pid = -1;
        while (m.find()) {
            pid = Long.parseLong(m.group(1));
        }
        assertTrue(pid > 0, "the server logged its pid");
        return pid;
    }

    private static boolean isGone(long pid) {
        String state = ProcStatus.state(pid);
        return state.isEmpty() || state.equals("Z");
    }

    private static String cmdline(long pid) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")), StandardCharsets.UTF_8)
                    .replace('\0', ' ');
        } catch (IOException e) {
            return "(gone: " + e.getMessage() + ")";
        }
    }
}

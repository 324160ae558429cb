// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grove.config.RepoDirs;
import dev.grove.config.StateDirs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code grove demo} end to end: a fresh repository, three demo agents in panes with the table,
 * one of them waiting for an answer that {@code grove send} gives.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class DemoIT {
    private static final String PREFIX = "\u0002";
    private static final java.util.regex.Pattern REVIEW = java.util.regex.Pattern.compile("review (\\w+) \\(grove/");

    @TempDir
    Path tmp;
    private GroveEnv env;
    private final List<Path> sockets = new ArrayList<>();

    @BeforeEach
    void setUp() {
        env = new GroveEnv(tmp);
    }

    @AfterEach
    void tearDown() {
        for (Path s : sockets) {
            env.runRaw(List.of("-S", s.toString(), "kill-server"));
        }
        for (Path s : sockets) {
            awaitServerGone(s);
        }
        env.close();
    }

    /**
     * kill-server returns once the server has been asked to stop; its panes and logs may still be
     * writing for a moment, so wait until no process names the socket before the temp dir goes.
     */
    private static void awaitServerGone(Path socket) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < deadline && ProcessHandle.allProcesses().anyMatch(p -> p.info().commandLine()
                .map(c -> c.contains(socket.toString())).orElse(false))) {
            java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
        }
    }

    @Test
    void demoShowsThreeAgentsAndAnAnswerMovesTheWaitingOneOn() throws IOException {
        Path demos = tmp.resolve("demos");
        Path hookLog = tmp.resolve("hook.log");
        Path userConfig = Path.of(env.env().get("XDG_CONFIG_HOME"), "grove", "config.json");
        Files.createDirectories(userConfig.getParent());
        Files.writeString(userConfig, "{\"hook\": \"echo \\\"$GROVE_AGENT $GROVE_TRIGGER $GROVE_BRANCH\\\" >> "
                + hookLog + "\"}");
        GroveTerminal t = GroveTerminal.start(env, 160, 45,
                env.groveCommand(List.of("demo", "--dir", demos.toString(), "--fast")));
        t.awaitScreen("three agent panes and the table", s -> s.contains("api") && s.contains("docs")
                && s.contains("tests") && s.contains("Agent") && s.contains("Status"), 60_000);
        t.awaitText("Do you want to proceed? (y/n)");
        t.awaitText("Waiting for input");
        t.awaitScreen("the waiting agent's row flagged", s -> s.lines().anyMatch(l -> l.contains("Waiting for input ⚑")));
        t.awaitScreen("the waiting agent's border saying what the table says",
                s -> s.lines().anyMatch(l -> l.contains(" docs ") && l.contains("─ Waiting for input ─")));
        Path repo = onlyChild(demos);
        Path socket = StateDirs.forRepository(RepoDirs.find(repo).orElseThrow(), env.env()).socket();
        sockets.add(socket);
        assertTrue(Files.exists(repo.resolve("README.md")) && Files.exists(repo.resolve("test.sh")));
        awaitFile(repo.resolve("coordination/status.md"), "Waiting for input");
        awaitFile(hookLog, "docs ");
        assertTrue(Files.readString(hookLog).contains("grove/docs"), "the hook sees the agent's branch");

        GroveEnv.Run sent = env.runRaw(List.of("-S", socket.toString(), "send", "docs", "y"));
        assertEquals(0, sent.exitCode(), sent.err());
        awaitListing(socket, "docs finished",
                ls -> ls.lines().anyMatch(l -> l.contains("docs") && l.contains("Exited 0")));
        String json = env.runRaw(List.of("-S", socket.toString(), "ls", "--json")).out();
        for (String field : List.of("\"agents\"", "\"state\"", "\"reason\"", "\"exitCode\"", "\"needsYou\"",
                "\"worktree\"", "\"leases\"")) {
            assertTrue(json.contains(field), field + " in " + json);
        }

        reviewMergeAndRemoveThroughKeys(t, repo);

        t.close();
        GroveTerminal again = GroveTerminal.start(env, 120, 40,
                env.groveCommand(List.of("demo", "--dir", demos.toString(), "--fast", "--no-attach")));
        assertEquals(0, again.awaitExit());
        try (Stream<Path> made = Files.list(demos)) {
            assertEquals(2, made.count(), "a second run makes a fresh repository");
        }
        try (Stream<Path> made = Files.list(demos)) {
            made.filter(p -> !p.equals(repo)).forEach(p -> sockets.add(
                    StateDirs.forRepository(RepoDirs.find(p).orElseThrow(), env.env()).socket()));
        }
    }

    /**
     * R focuses an agent awaiting review and shows its review; i shows why it is Complete, w
     * saves a fixture, s sets its status; v shows its review again, m merges it, x removes it.
     */
    private void reviewMergeAndRemoveThroughKeys(GroveTerminal t, Path repo) throws IOException {
        t.type(PREFIX + "R");
        String first = t.awaitScreen("the review of an agent awaiting it", s -> REVIEW.matcher(s).find());
        java.util.regex.Matcher r = REVIEW.matcher(first);
        assertTrue(r.find(), first);
        String focused = r.group(1);
        t.type("q");
        t.type(PREFIX + "i");
        t.awaitScreen("the state reason", s -> s.contains("why is") && s.contains("Complete"));
        t.type("q");
        t.type(PREFIX + "w");
        t.awaitText("what should");
        t.type("complete\r");
        t.awaitText("saved a fixture");
        t.type(PREFIX + "s");
        t.awaitText("status of");
        t.type("checked by hand\r");
        awaitFile(repo.resolve("coordination/status.md"), "checked by hand");
        t.type(PREFIX + "v");
        String review = t.awaitScreen("the review view", s -> REVIEW.matcher(s).find());
        java.util.regex.Matcher m = REVIEW.matcher(review);
        assertTrue(m.find(), review);
        String agent = m.group(1);
        assertTrue(agent.equals(focused), "R and v show the same agent: " + focused + ", " + agent);
        assertTrue(review.contains("demo-agent:"), review);
        t.type("q");
        t.type(PREFIX + "m");
        t.awaitText("merge " + agent + " (2 commits)");
        t.type("y");
        t.awaitText("merged " + agent + " into main");
        String log = git(repo, "log", "--oneline", "main");
        assertTrue(log.contains("demo-agent:"), log);
        t.type(PREFIX + "x");
        t.awaitText("remove agent " + agent);
        t.type("y");
        t.awaitText("removed " + agent);
        assertTrue(!Files.exists(repo.resolve(".trees").resolve(agent)), "the worktree is gone");
        awaitFileWithout(repo.resolve("coordination/status.md"), "| " + agent + " ");
    }

    private static String git(Path repo, String... args) throws IOException {
        List<String> argv = new ArrayList<>(List.of("git"));
        argv.addAll(List.of(args));
        Process p = new ProcessBuilder(argv).directory(repo.toFile()).redirectErrorStream(true).start();
        return new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private void awaitFile(Path file, String text) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (Files.exists(file) && Files.readString(file).contains(text)) {
                return;
            }
            java.util.concurrent.locks.LockSupport.parkNanos(20_000_000L);
        }
        throw new AssertionError(file + " never contained '" + text + "': "
                + (Files.exists(file) ? Files.readString(file) : "(missing)"));
    }

    private void awaitFileWithout(Path file, String text) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (!Files.readString(file).contains(text)) {
                return;
            }
            java.util.concurrent.locks.LockSupport.parkNanos(20_000_000L);
        }
        throw new AssertionError(file + " still contains '" + text + "': " + Files.readString(file));
    }

    private static Path onlyChild(Path dir) throws IOException {
        try (Stream<Path> children = Files.list(dir)) {
            List<Path> all = children.toList();
            assertEquals(1, all.size(), all.toString());
            return all.get(0);
        }
    }

    private void awaitListing(Path socket, String what, Predicate<String> condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        String last = "";
        while (System.nanoTime() < deadline) {
            last = env.runRaw(List.of("-S", socket.toString(), "ls")).out();
            if (condition.test(last)) {
                return;
            }
        }
        throw new AssertionError("timed out waiting for " + what + "\n" + last + "\n" + env.serverLog());
    }
}

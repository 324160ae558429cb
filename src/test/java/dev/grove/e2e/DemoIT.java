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
        env.close();
    }

    @Test
    void demoShowsThreeAgentsAndAnAnswerMovesTheWaitingOneOn() throws IOException {
        Path demos = tmp.resolve("demos");
        GroveTerminal t = GroveTerminal.start(env, 160, 45,
                env.groveCommand(List.of("demo", "--dir", demos.toString(), "--fast")));
        t.awaitScreen("three agent panes and the table", s -> s.contains("api") && s.contains("docs")
                && s.contains("tests") && s.contains("Agent") && s.contains("Status"));
        t.awaitText("Do you want to proceed? (y/n)");
        t.awaitText("Waiting for input");
        Path repo = onlyChild(demos);
        Path socket = StateDirs.forRepository(RepoDirs.find(repo).orElseThrow(), env.env()).socket();
        sockets.add(socket);
        assertTrue(Files.exists(repo.resolve("README.md")) && Files.exists(repo.resolve("test.sh")));

        GroveEnv.Run sent = env.runRaw(List.of("-S", socket.toString(), "send", "docs", "y"));
        assertEquals(0, sent.exitCode(), sent.err());
        awaitListing(socket, "docs finished", ls -> ls.lines().anyMatch(l -> l.contains("docs") && l.contains("Exited 0")));
        String json = env.runRaw(List.of("-S", socket.toString(), "ls", "--json")).out();
        assertTrue(json.contains("\"needsYou\""), json);

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

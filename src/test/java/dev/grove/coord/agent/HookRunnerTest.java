// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The notification hook: environment, log, not waiting, and killing a hung hook. */
class HookRunnerTest {
    private static final Attention WAITING = new Attention("api", Trigger.WAITING_FOR_INPUT,
            "waiting for input: Do you want to proceed? (y/n)", Instant.parse("2024-05-01T12:00:00Z"));

    @TempDir
    Path tmp;

    @Test
    @Timeout(30)
    void theHookGetsTheDetailsInItsEnvironmentAndItsOutputGoesToTheLog() throws Exception {
        Path log = tmp.resolve("logs/hooks.log");
        Path out = tmp.resolve("out.txt");
        String command = "printf '%s|%s|%s|%s|%s\\n' \"$GROVE_EVENT\" \"$GROVE_AGENT\" \"$GROVE_TRIGGER\" "
                + "\"$GROVE_REASON\" \"$GROVE_WORKTREE\" > " + out + "; echo said hello";
        HookRunner hooks = new HookRunner(command, log, Duration.ofSeconds(20));
        HookRunner.Result r = hooks.run(WAITING, Map.of("GROVE_WORKTREE", "/repo/.trees/api"))
                .get(20, TimeUnit.SECONDS);
        assertEquals(0, r.exitCode());
        assertEquals("attention|api|waiting|waiting for input: Do you want to proceed? (y/n)|/repo/.trees/api\n",
                Files.readString(out));
        String logged = Files.readString(log);
        assertTrue(logged.contains("[grove] hook for api (waiting): "), logged);
        assertTrue(logged.contains("said hello\n[grove] hook exited with code 0\n"), logged);
    }

    @Test
    @Timeout(30)
    void runReturnsWhileTheHookIsStillRunning() throws Exception {
        Path go = tmp.resolve("go");
        HookRunner hooks = new HookRunner("while [ ! -e " + go + " ]; do sleep 0.05; done", tmp.resolve("hooks.log"),
                Duration.ofSeconds(20));
        CompletableFuture<HookRunner.Result> pending = hooks.run(WAITING, Map.of());
        assertFalse(pending.isDone(), "the hook cannot have finished: it waits for a file nobody created yet");
        Files.writeString(go, "");
        assertEquals(0, pending.get(20, TimeUnit.SECONDS).exitCode());
    }

    @Test
    @Timeout(30)
    void aHookThatHangsIsKilled() throws Exception {
        Path log = tmp.resolve("hooks.log");
        HookRunner hooks = new HookRunner("sleep 60", log, Duration.ofMillis(300));
        HookRunner.Result r = hooks.run(WAITING, Map.of()).get(20, TimeUnit.SECONDS);
        assertEquals(-1, r.exitCode());
        assertTrue(Files.readString(log).contains("hook killed after its timeout of 300 ms"));
    }

    @Test
    @Timeout(30)
    void aFailingHookReportsItsExitCode() throws Exception {
        HookRunner hooks = new HookRunner("exit 7", tmp.resolve("hooks.log"), Duration.ofSeconds(20));
        assertEquals(7, hooks.run(WAITING, Map.of()).get(20, TimeUnit.SECONDS).exitCode());
    }
}

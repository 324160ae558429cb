// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grove.protocol.Message;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pane processes that misbehave: ones that exit at once (or cannot start), one that ignores
 * SIGHUP and SIGTERM, one that leaves background children holding its terminal, and one that
 * writes a long stream without a newline ({@code grove.bigwrite.bytes}, default 100 MB; the
 * issue's figure is 1 GB) while the user types in another pane.
 */
@Timeout(value = 150, unit = TimeUnit.SECONDS)
class PaneEdgeCasesIT {
    private static final long BIG_WRITE = Long.getLong("grove.bigwrite.bytes", 100L << 20);
    /** A number no other test uses, so the test finds exactly its own background process. */
    private static final String MARKER = "sleep 27" + (ProcessHandle.current().pid() % 1000 + 1000);

    @TempDir
    Path tmp;
    private GroveEnv env;

    @BeforeEach
    void setUp() {
        env = new GroveEnv(tmp);
        env.startServer("--", "/bin/sh");
    }

    @AfterEach
    void tearDown() {
        env.close();
    }

    @Test
    void processesThatEndAtOnceOrCannotStartShowWhy() {
        assertEquals(0, env.command("new", "quick", "--", "/bin/true").exitCode());
        assertEquals(0, env.command("new", "fails", "--", "/bin/false").exitCode());
        assertEquals(0, env.command("new", "missing", "--", "/nonexistent/program").exitCode());
        Poll.until("all three to exit", 30, () -> {
            String ls = env.command("ls").out();
            return ls.matches("(?s).*quick +Exited 0.*") && ls.matches("(?s).*fails +Exited 1.*")
                    && ls.matches("(?s).*missing +Exited 127.*");
        }, () -> env.command("ls").out());
        try (RawClient c = RawClient.attach(env.socket(), 120, 40, env.env()).startReading()) {
            c.awaitText("/nonexistent/program: not found");
            c.awaitText("exited with status 127");
        }
    }

    @Test
    void sendToAllTypesIntoEveryRunningPaneOfAServerWithoutAgents() {
        assertEquals(0, env.command("new", "quick", "--", "/bin/true").exitCode());
        Poll.until("quick to exit", 30, () -> env.command("ls").out().matches("(?s).*quick +Exited 0.*"),
                () -> env.command("ls").out());
        Message.CommandResult sent = env.command("send", "--all", "echo sent-$((6*7))");
        assertEquals(0, sent.exitCode(), sent.err());
        assertEquals("sent to sh\n", sent.out(), "an exited pane is left out");
        try (RawClient c = RawClient.attach(env.socket(), 120, 40, env.env()).startReading()) {
            c.awaitText("sent-42");
        }
        assertEquals(0, env.command("close", "sh").exitCode());
        Message.CommandResult none = env.command("send", "--all", "x");
        assertEquals(1, none.exitCode());
        assertEquals("error: no running pane to send to\nhint: grove ls shows the panes and their states", none.err().strip());
    }

    @Test
    void closingAPaneEndsAProcessThatIgnoresHangUpAndTerminate() {
        assertEquals(0, env.command("new", "stubborn", "--", "/bin/sh", "-c",
                "trap '' HUP TERM; echo ready-$((2*3)); while :; do sleep 1; done").exitCode());
        long pid = panePid("stubborn");
        assertEquals(0, env.command("close", "stubborn").exitCode());
        Poll.until("the stubborn process to end", 20, () -> ProcStatus.state(pid).isEmpty() || ProcStatus.state(pid).equals("Z"),
                () -> "process " + pid + " state " + ProcStatus.state(pid));
        assertFalse(env.command("ls").out().contains("stubborn"));
    }

    @Test
    void backgroundChildrenHoldingTheTerminalNeitherKeepThePaneRunningNorOutliveIt() {
        Path ready = tmp.resolve("child-ignores-hangup");
        assertEquals(0, env.command("new", "bg", "--", "/bin/sh", "-c", "(trap '' HUP; touch " + ready + "; exec " + MARKER
                + ") & while [ ! -e " + ready + " ]; do :; done; echo started-$((3*3)); exit 0").exitCode());
        Poll.until("the pane to show its exit", 20, () -> env.command("ls").out().matches("(?s).*bg +Exited 0.*"),
                () -> env.command("ls").out());
        assertEquals(1, ProcStatus.running(MARKER).size(), "the background child still runs on the pane's terminal");
        assertEquals(0, env.command("close", "bg").exitCode());
        Poll.until("the background child to end with its pane", 20, () -> ProcStatus.running(MARKER).isEmpty(),
                () -> "still running: " + ProcStatus.running(MARKER));
    }

    @Test
    void aHugeWriteWithoutNewlinesNeitherStallsTheServerNorGrowsIt() {
        long serverPid = serverPid();
        try (RawClient c = RawClient.attach(env.socket(), 120, 40, env.env()).startCounting()) {
            c.awaitText("grove-test$");
            assertEquals(0, env.command("new", "big", "--no-focus", "--", "/bin/sh", "-c",
                    "head -c " + BIG_WRITE + " /dev/zero | tr '\\0' x; echo; echo big-$((10*10))-done").exitCode());
            for (int i = 1; !env.command("ls").out().matches("(?s).*big +Exited 0.*"); i++) {
                String marker = "typed-" + i + "-" + (i * 7);
                env.command("send", "sh", "echo typed-" + i + "-$((" + i + "*7))");
                c.awaitText(marker);
            }
            c.awaitText("big-100-done");
            long peakKb = ProcStatus.field(serverPid, "VmHWM");
            System.out.printf("big write: %d MB through one pane, %d bytes to the client, server peak RSS %d MB%n",
                    BIG_WRITE >> 20, c.receivedCount(), peakKb >> 10);
            assertTrue(peakKb < 1_000_000, "server peak RSS " + (peakKb >> 10) + " MB");
        }
    }

    private long panePid(String name) {
        Matcher m = Pattern.compile("\"name\" : \"" + name + "\"[^}]*?\"pid\" : (\\d+)", Pattern.DOTALL)
                .matcher(env.command("ls", "--json").out());
        assertTrue(m.find(), "pid of " + name);
        return Long.parseLong(m.group(1));
    }

    private long serverPid() {
        Matcher m = Pattern.compile("^  \"pid\" : (\\d+)", Pattern.MULTILINE).matcher(env.command("ls", "--json").out());
        assertTrue(m.find());
        return Long.parseLong(m.group(1));
    }
}

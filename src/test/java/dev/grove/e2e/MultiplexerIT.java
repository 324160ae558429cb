// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real server and client, started from the test class path in pseudo-terminals, read back
 * through grove's own emulator. Shell arithmetic ({@code $((6*7))}) makes each expected marker
 * differ from the typed command, so a match proves the pane ran it.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class MultiplexerIT {
    private static final String PREFIX = "\u0002";
    private static final Pattern SERVER_PID_IN_LS = Pattern.compile("\\(pid (\\d+),");
    private static final Pattern BORN = Pattern.compile("born-(\\d+)x(\\d+)");
    /** A pane's size in {@code ls --json} (the clients' sizes come without "interrupted" after them). */
    private static final Pattern PANE_SIZE_IN_JSON = Pattern.compile("\"cols\" : (\\d+),\\s*\"rows\" : (\\d+),\\s*\"interrupted\"");

    @TempDir
    Path tmp;
    private GroveEnv env;

    @BeforeEach
    void setUp() {
        env = new GroveEnv(tmp);
    }

    @AfterEach
    void tearDown() {
        env.close();
    }

    private GroveTerminal startWithShell(int cols, int rows) {
        GroveTerminal t = env.attach(cols, rows, "--", "/bin/sh");
        t.awaitText(GroveEnv.PROMPT.trim());
        return t;
    }

    @Test
    void startsTheServerAttachesAndRunsWhatIsTyped() {
        GroveTerminal t = startWithShell(100, 30);
        t.type("echo hello-$((6*7))\r");
        t.awaitText("hello-42");
        GroveEnv.Run ls = env.run("ls");
        assertEquals(0, ls.exitCode(), ls.err());
        assertTrue(ls.out().contains("1 client attached"), ls.out());
    }

    @Test
    void twoPanesEachGetWhatIsTypedWhileFocused() {
        GroveTerminal t = startWithShell(100, 30);
        GroveEnv.Run added = env.run("new", "second", "--", "/bin/sh");
        assertEquals(0, added.exitCode(), added.err());
        t.awaitScreen("two prompts", s -> s.split(Pattern.quote(GroveEnv.PROMPT.trim()), -1).length > 2);
        t.type("echo in-second-$((1+1))\r");
        t.awaitText("in-second-2");
        t.type(PREFIX + "1");
        t.type("echo in-first-$((2+1))\r");
        t.awaitText("in-first-3");
        String panes = env.run("ls", "--json").out();
        assertTrue(panes.contains("\"second\""), panes);
    }

    @Test
    void keysSentRightAfterThePrefixKeyGoToThePromptItOpensNotToThePane() {
        env.startServer("--", "/bin/cat");
        try (RawClient c = RawClient.attach(env.socket(), 100, 30, env.env()).startReading()) {
            c.type("ready-");
            c.awaitText("ready-");
            for (int round = 0; round < 10; round++) {
                // Three frames back to back: the keys after the prefix may arrive before the
                // server has handled the prefix, and must still wait for it.
                c.type(PREFIX);
                c.type("c");
                c.type("name" + round);
                String name = "name" + round;
                c.awaitScreen("the prompt holding " + name, s -> s.contains("new pane name") && s.contains(name));
                c.type("\u001b");
                c.awaitScreen("the prompt closed", s -> !s.contains("new pane name"));
            }
            c.type("done");
            String screen = c.awaitText("ready-done");
            assertTrue(screen.lines().anyMatch(l -> l.strip().equals("ready-done")), "nothing else reached the pane:\n" + screen);
        }
    }

    @Test
    void theFirstPaneStartsAtTheSizeItKeepsOnceTheClientIsAttached() {
        GroveTerminal t = env.attach(100, 30, "--", "/bin/sh", "-c", "stty size | sed 's/ /x/; s/^/born-/'; exec /bin/sh");
        Matcher born = BORN.matcher(t.awaitScreen("the size the pane was born with", s -> BORN.matcher(s).find()));
        assertTrue(born.find());
        t.awaitText(GroveEnv.PROMPT.trim());
        String json = env.run("ls", "--json").out();
        Matcher now = PANE_SIZE_IN_JSON.matcher(json);
        assertTrue(now.find(), json);
        assertEquals(born.group(2) + "x" + born.group(1), now.group(1) + "x" + now.group(2),
                "the pane was resized after it started (the status table's row for it was not counted)");
    }

    @Test
    void resizingTheTerminalResizesThePane() {
        GroveTerminal t = startWithShell(100, 30);
        t.type("stty size | sed 's/ /x/; s/^/size-/'\r");
        String before = sizeShown(t.awaitScreen("a size", s -> SIZE.matcher(s).find()));
        t.resize(70, 20);
        awaitPaneWidthAtMost(70);
        t.type("clear; stty size | sed 's/ /x/; s/^/size-/'\r");
        String after = sizeShown(t.awaitScreen("another size", s -> SIZE.matcher(s).find() && !s.contains("size-" + before)));
        assertNotEquals(before, after);
        assertTrue(Integer.parseInt(after.split("x")[1]) <= 70, after);
        assertTrue(Integer.parseInt(after.split("x")[0]) <= 20, after);
    }

    private static final Pattern SIZE = Pattern.compile("size-(\\d+x\\d+)");

    private static String sizeShown(String screen) {
        Matcher m = SIZE.matcher(screen);
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        return last;
    }

    @Test
    void detachThenReattachShowsTheSameScreen() {
        GroveTerminal first = startWithShell(100, 30);
        first.type("echo kept-$((5*5))\r");
        first.awaitText("kept-25");
        GroveEnv.Run detach = env.run("detach");
        assertEquals(0, detach.exitCode(), detach.err());
        assertEquals(0, first.awaitExit());
        GroveTerminal second = env.attach(100, 30, "attach");
        second.awaitText("kept-25");
    }

    @Test
    void shiftEnterFromTheTerminalReachesAPaneThatAsksForItAndIsEnterForOthers() {
        GroveTerminal t = startWithShell(100, 30);
        assertEquals(1, t.modifyOtherKeys(), "the client asks the terminal to tell Shift-Enter apart");
        // What a terminal in that mode sends for Shift-Enter: the shell gets a plain Enter.
        t.type("echo plain-$((2+2))\u001b[27;2;13~");
        t.awaitText("plain-4");
        // A program that asked for modifyOtherKeys gets it as Shift-Enter (Ctrl-D stays EOF at level 1).
        t.type("printf '\\033[>4;1m'; echo mode-$((1+1)); od -c\r");
        t.awaitText("mode-2");
        t.type("\u001b[27;2;13~\u0004\u0004");
        t.awaitScreen("Shift-Enter as the program asked", s -> s.contains("033   [   2   7   ;   2   ;   1   3   ~"));
        t.type(PREFIX + "d");
        assertEquals(0, t.awaitExit());
        assertEquals(0, t.modifyOtherKeys(), "the terminal is left as it was");
    }

    @Test
    void attachingFromInsideAPaneOfTheSameServerIsRefusedWithOneLine() {
        GroveTerminal t = env.attach(200, 30, "--", "/bin/sh");
        t.awaitText(GroveEnv.PROMPT.trim());
        String inner = env.groveCommand(List.of("-S", env.socket().toString(), "attach")).stream()
                .map(MultiplexerIT::quote).collect(Collectors.joining(" "));
        t.type(inner + "; echo inner-exit-$?\r");
        String screen = t.awaitScreen("the inner attach to end", s -> s.matches("(?s).*inner-exit-[0-9]+.*"));
        assertTrue(screen.contains("is a pane of the grove server it would attach to"), screen);
        assertFalse(screen.contains("inner-exit-0"), screen);
        assertTrue(env.run("ls").out().contains("1 client attached"));
    }

    @Test
    void theDetachKeyDetaches() {
        GroveTerminal t = startWithShell(100, 30);
        t.type(PREFIX + "d");
        assertEquals(0, t.awaitExit());
        assertTrue(env.run("ls").out().contains("0 clients attached"));
    }

    @Test
    void aClientKilledHardLeavesThePanesRunning() {
        GroveTerminal first = startWithShell(100, 30);
        first.type("echo before-$((3*3))\r");
        first.awaitText("before-9");
        first.killHard();
        first.awaitExit();
        GroveTerminal second = env.attach(100, 30, "attach");
        second.awaitText("before-9");
        second.type("echo after-$((4*4))\r");
        second.awaitText("after-16");
    }

    @Test
    void aReadOnlyClientSeesEverythingAndTypesNothing() {
        GroveTerminal writer = startWithShell(100, 30);
        GroveTerminal watcher = env.attach(100, 30, "attach", "--read-only");
        watcher.awaitText(GroveEnv.PROMPT.trim());
        watcher.type("echo ro-$((2+3))\r");
        writer.type("echo rw-$((3+4))\r");
        watcher.awaitText("rw-7");
        writer.awaitText("rw-7");
        assertFalse(watcher.screen().contains("ro-5"), watcher.screen());
        assertFalse(writer.screen().contains("ro-5"), writer.screen());
    }

    @Test
    void twoClientsOfDifferentSizesAndThePaneFollowsTheLastActive() {
        GroveTerminal big = startWithShell(110, 32);
        GroveTerminal small = env.attach(64, 20, "attach");
        small.awaitText(GroveEnv.PROMPT.trim());
        small.type("echo small-$((9*9))\r");
        small.awaitText("small-81");
        big.awaitText("small-81");
        String json = env.run("ls", "--json").out();
        assertTrue(json.contains("\"cols\" : 110") && json.contains("\"cols\" : 64"), json);
        small.type("stty size | sed 's/^/rows-cols-/'\r");
        String shown = small.awaitScreen("the pane size", s -> s.matches("(?s).*rows-cols-\\d+ \\d+.*"));
        Matcher m = Pattern.compile("rows-cols-(\\d+) (\\d+)").matcher(shown);
        assertTrue(m.find());
        assertTrue(Integer.parseInt(m.group(2)) <= 64, shown);
    }

    @Test
    void aPaneWhoseProcessExitsStaysWithItsStatus() {
        GroveTerminal t = startWithShell(100, 30);
        GroveEnv.Run added = env.run("new", "short", "--", "/bin/sh", "-c", "echo bye-$((20+1)); exit 3");
        assertEquals(0, added.exitCode(), added.err());
        t.awaitText("bye-21");
        String ls = awaitLs("Exited 3");
        assertTrue(ls.contains("short"), ls);
    }

    /** Polls {@code ls --json} until the first pane is at most {@code cols} wide. */
    private void awaitPaneWidthAtMost(int cols) {
        Pattern paneCols = Pattern.compile("\"panes\" : \\[ \\{[^}]*\"cols\" : (\\d+)");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        String out = "";
        while (System.nanoTime() < deadline) {
            out = env.run("ls", "--json").out();
            Matcher m = paneCols.matcher(out);
            if (m.find() && Integer.parseInt(m.group(1)) <= cols) {
                return;
            }
        }
        throw new AssertionError("the pane never became " + cols + " columns or narrower:\n" + out);
    }

    /** Runs {@code ls [args]} until its output contains {@code text}. */
    private String awaitLs(String text, String... args) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        String[] argv = new String[args.length + 1];
        argv[0] = "ls";
        System.arraycopy(args, 0, argv, 1, args.length);
        String out = "";
        while (System.nanoTime() < deadline) {
            out = env.run(argv).out();
            if (out.contains(text)) {
                return out;
            }
        }
        throw new AssertionError("ls never showed '" + text + "':\n" + out + "\n" + env.serverLog());
    }

    @Test
    void aBrokenThemeFileIsAClearErrorNamingTheFile() throws Exception {
        Path theme = tmp.resolve("broken.json");
        java.nio.file.Files.writeString(theme, "{ \"name\": \"x\", \"border\": { \"fg\": 12 ");
        GroveEnv.Run run = env.run("--theme", theme.toString(), "--", "/bin/sh");
        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("broken.json") && run.err().startsWith("error: "), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertFalse(java.nio.file.Files.exists(env.socket()), "no server is started with a broken theme");
    }

    @Test
    void aClientWhoseServerDiesSaysSoInOneLine() {
        GroveTerminal t = startWithShell(100, 30);
        Matcher pid = Pattern.compile("\"pid\" : (\\d+)").matcher(env.run("ls", "--json").out());
        assertTrue(pid.find());
        ProcessHandle.of(Long.parseLong(pid.group(1))).orElseThrow().destroyForcibly();
        t.awaitText("grove: the server exited or the connection was lost");
        assertEquals(1, t.awaitExit());
        GroveEnv.Run attach = env.run("attach");
        assertEquals(3, attach.exitCode(), attach.err());
        assertTrue(attach.err().contains("no grove server running"), attach.err());
    }

    @Test
    void killServerStopsTheServerAndDetachesItsClients() {
        GroveTerminal t = startWithShell(100, 30);
        assertEquals(0, env.run("kill-server").exitCode());
        t.awaitText("the server stopped");
        assertEquals(0, t.awaitExit());
        assertFalse(Files.exists(env.socket()));
    }

    /*
     * Who reads and writes the user's terminal while a client is attached: the server itself by
     * default, the client when GROVE_DIRECT_TERMINAL=0. Either way keys reach the pane, and after
     * a detach the shell the client was started from (a real one here) gets the keys again.
     */
    @Test
    void theServerUsesTheClientsTerminalWhileAttachedAndLetsGoOnDetach() throws Exception {
        attachDetachAndTypeIntoTheShell("", true);
    }

    @Test
    void withDirectTerminalOffTheClientRelaysAndTheServerNeverOpensTheTerminal() throws Exception {
        attachDetachAndTypeIntoTheShell("GROVE_DIRECT_TERMINAL=0 ", false);
    }

    private void attachDetachAndTypeIntoTheShell(String envPrefix, boolean serverHoldsTerminal) throws Exception {
        Path ttyFile = tmp.resolve("tty.txt");
        String grove = env.groveCommand(List.of("-S", env.socket().toString(), "--", "/bin/sh")).stream()
                .map(MultiplexerIT::quote).collect(Collectors.joining(" "));
        String script = "tty > " + quote(ttyFile.toString()) + "; " + envPrefix + grove
                + "; printf 'shell-back\\n'; read line; echo \"shell-got:$line\"; sleep 60";
        GroveTerminal t = GroveTerminal.start(env, 100, 30, List.of("/bin/sh", "-c", script));
        t.awaitText(GroveEnv.PROMPT.trim());
        t.type("echo pane-$((6*7))\r");
        t.awaitText("pane-42");

        String tty = Files.readString(ttyFile).trim();
        long server = serverPid();
        assertEquals(serverHoldsTerminal, holds(server, tty), "the server has the client's terminal " + tty + " open");

        t.type(PREFIX + "d");
        t.awaitText("shell-back");
        assertFalse(holds(server, tty), "the server let go of " + tty + " on detach");
        t.type("after-detach\r");
        t.awaitText("shell-got:after-detach");
        assertTrue(env.run("ls").out().contains("0 clients attached"));
    }

    private long serverPid() {
        Matcher m = SERVER_PID_IN_LS.matcher(env.run("ls").out());
        assertTrue(m.find(), "grove ls names the server's pid");
        return Long.parseLong(m.group(1));
    }

    /** Whether process {@code pid} has {@code path} open. */
    private static boolean holds(long pid, String path) throws IOException {
        List<String> targets = new ArrayList<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    targets.add(Files.readSymbolicLink(fd).toString());
                } catch (IOException e) {
                    // Closed while listing.
                }
            }
        }
        return targets.contains(path);
    }

    private static String quote(String word) {
        return "'" + word.replace("'", "'\"'\"'") + "'";
    }
}

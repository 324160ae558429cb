// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * Who reads and writes the user's terminal while a client is attached: the server itself by
 * default, the client when {@code GROVE_DIRECT_TERMINAL=0}. Either way the keys reach the pane,
 * and after a detach the shell the client was started from gets the keys again. The client runs
 * from a real shell on a real pty.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class TerminalRouteIT {
    private static final String PREFIX = "\u0002";
    private static final Pattern SERVER_PID = Pattern.compile("\\(pid (\\d+),");

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
                .map(TerminalRouteIT::quote).collect(Collectors.joining(" "));
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
        Matcher m = SERVER_PID.matcher(env.run("ls").out());
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

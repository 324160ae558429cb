// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grove.config.SavedPane;
import dev.grove.config.StateFile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The state directory cannot take data: a file stands where it should be, it is read-only, or
 * its disk is full (a small tmpfs, mounted by the test when it runs as root; skipped with the
 * reason otherwise). grove says so in one line and never leaves a partial state file; a server
 * whose disk fills up keeps running, keeps the last good state and saves again once there is room.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class DiskIT {
    @TempDir
    Path tmp;
    private GroveEnv env;
    private Path mounted;

    @BeforeEach
    void setUp() {
        env = new GroveEnv(tmp);
    }

    @AfterEach
    void tearDown() throws IOException {
        env.close();
        if (mounted != null) {
            assertEquals(0, exec("umount", "-l", mounted.toString()), "umount " + mounted);
        }
    }

    @Test
    void aFileWhereTheStateDirectoryShouldBeIsAClearError() throws IOException {
        Files.createDirectories(env.stateDir().getParent());
        Files.writeString(env.stateDir(), "in the way");
        GroveEnv.Run run = env.run("new", "x", "--", "/bin/true");
        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertEquals("error: cannot write grove's state in " + env.stateDir() + ": " + env.stateDir()
                + " exists and is not a directory", run.err().lines().findFirst().orElse(""));
        assertFalse(run.err().contains("Exception"), run.err());
        assertFalse(Files.exists(env.socket()), "no server was started");
    }

    @Test
    void aReadOnlyStateDirectoryIsAClearError() throws IOException {
        mount("ro,size=1m");
        GroveEnv.Run run = env.run("new", "x", "--", "/bin/true");
        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().startsWith("error: cannot write grove's state in " + env.stateDir() + ": Read-only file system"),
                run.err());
        assertTrue(run.err().contains("hint: free some space or make " + env.stateDir() + " writable"), run.err());
        assertFalse(Files.exists(env.socket()), "no server was started");
    }

    @Test
    void aFullDiskKeepsTheLastGoodStateAndSavesAgainWhenThereIsRoom() throws IOException {
        mount("size=512k");
        env.startServer("--", "/bin/sh");
        StateFile state = new StateFile(env.stateDir());
        Poll.until("the first state", 20, () -> Files.exists(state.path()), env::serverLog);
        assertEquals(List.of("sh"), names(state));
        try (RawClient client = RawClient.attach(env.socket(), 120, 40, env.env()).startReading()) {
            client.awaitText("grove-test$");
            Path filler = env.stateDir().resolve("filler");
            fill(filler);
            assertEquals(0, env.command("new", "second", "--", "/bin/sh").exitCode(), "the server carries on");
            client.awaitText("grove cannot save its state: No space left on device");
            assertEquals(List.of("sh"), names(state), "the last good state is kept whole");
            assertEquals(List.of(), leftovers(), "no partial state file");
            Files.delete(filler);
            Poll.until("the state to be saved again", 20, () -> names(state).equals(List.of("sh", "second")),
                    () -> "saved: " + names(state));
            client.awaitText("grove saves its state again");
        }
    }

    private void mount(String options) throws IOException {
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")),
                "mounting a small or read-only file system for the state directory needs root");
        Path dir = Files.createDirectories(env.stateDir());
        int status = exec("mount", "-t", "tmpfs", "-o", options, "tmpfs", dir.toString());
        Assumptions.assumeTrue(status == 0, "cannot mount a tmpfs here (status " + status + ")");
        mounted = dir;
    }

    private static void fill(Path filler) throws IOException {
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
                out.flush();
            }
        } catch (IOException full) {
            assertTrue(String.valueOf(full.getMessage()).contains("No space left"), full.toString());
        }
    }

    private static List<String> names(StateFile state) {
        return state.load().orElseThrow().panes().stream().map(SavedPane::name).toList();
    }

    private List<Path> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(env.stateDir())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    private static int exec(String... cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.pty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client's terminal used by the server: a real pty whose program ({@code sleep}) reads nothing,
 * so what is typed into it waits for the device, and what the device writes shows on it.
 */
@Timeout(60)
class TerminalDeviceIT {
    private static final Pattern TTY = Pattern.compile("(/dev/\\S+)\r?\nready");

    @TempDir
    Path tmp;
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private PtyChild child;
    private String path;

    @BeforeEach
    void startTerminal() throws Exception {
        child = PtyChild.start(new PtySpec(List.of("/bin/sh", "-c", "tty; stty raw -echo; echo ready; exec sleep 60"),
                tmp, Map.of("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin")), 80, 24),
                "terminal", new PtyListener() {
                    @Override
                    public void output(byte[] chunk) {
                        synchronized (screen) {
                            screen.write(chunk, 0, chunk.length);
                        }
                    }

                    @Override
                    public void exited(int exitCode) {
                        // The test ends it.
                    }
                });
        Matcher m = awaitScreen(TTY);
        path = m.group(1);
    }

    @AfterEach
    void stop() {
        child.terminate();
    }

    private Matcher awaitScreen(Pattern pattern) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            Matcher m;
            synchronized (screen) {
                m = pattern.matcher(screen.toString(StandardCharsets.UTF_8));
            }
            if (m.find()) {
                return m;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the terminal never showed " + pattern + "; it shows: " + screen);
    }

    private TerminalDevice open() throws IOException {
        return TerminalDevice.open(path, attribute("unix:dev"), attribute("unix:ino"));
    }

    private long attribute(String name) throws IOException {
        return ((Number) Files.getAttribute(Path.of(path), name)).longValue();
    }

    private static String readAtLeast(TerminalDevice device, int count) {
        StringBuilder got = new StringBuilder();
        while (got.length() < count) {
            byte[] bytes = device.read();
            assertTrue(bytes != null, "the terminal ended after '" + got + "'");
            got.append(new String(bytes, StandardCharsets.UTF_8));
        }
        return got.toString();
    }

    @Test
    void writesShowOnTheTerminalAndTypedKeysAreRead() throws Exception {
        try (TerminalDevice device = open()) {
            ByteBuffer frame = ByteBuffer.wrap("[frame-one]".getBytes(StandardCharsets.UTF_8));
            device.write(frame);
            assertFalse(frame.hasRemaining(), "a small frame goes at once");
            awaitScreen(Pattern.compile("\\[frame-one]"));
            child.write("typed keys".getBytes(StandardCharsets.UTF_8));
            assertEquals("typed keys", readAtLeast(device, 10));
        }
    }

    @Test
    void closingStopsAWaitingReaderAndLeavesLaterKeysForOthers() throws Exception {
        TerminalDevice first = open();
        CompletableFuture<byte[]> blocked = CompletableFuture.supplyAsync(first::read);
        Thread.sleep(100); // time for the read to reach its wait; it must still be waiting then
        assertFalse(blocked.isDone(), "nothing was typed yet");
        first.close();
        assertNull(blocked.get(5, TimeUnit.SECONDS), "close ends a waiting read with no input");
        assertFalse(first.isOpen());
        assertThrows(ClosedChannelException.class, () -> first.write(ByteBuffer.wrap(new byte[] {'x'})));
        assertNull(first.read());

        child.write("for the shell".getBytes(StandardCharsets.UTF_8));
        try (TerminalDevice second = open()) {
            assertEquals("for the shell", readAtLeast(second, 13));
        }
    }

    @Test
    void aPathThatIsNotTheClientsTerminalIsRefused() throws Exception {
        IOException other = assertThrows(IOException.class,
                () -> TerminalDevice.open(path, attribute("unix:dev"), attribute("unix:ino") + 1));
        assertTrue(other.getMessage().contains("another terminal"), other.getMessage());
        IOException notTty = assertThrows(IOException.class, () -> TerminalDevice.open("/dev/null", 0, 0));
        assertTrue(notTty.getMessage().contains("not a terminal"), notTty.getMessage());
        IOException notDevice = assertThrows(IOException.class,
                () -> TerminalDevice.open(tmp.toString(), 0, 0));
        assertTrue(notDevice.getMessage().contains("not a device path"), notDevice.getMessage());
        IOException missing = assertThrows(IOException.class, () -> TerminalDevice.open("/dev/pts/99999", 0, 0));
        assertTrue(missing.getMessage().contains("cannot open /dev/pts/99999"), missing.getMessage());
    }
}

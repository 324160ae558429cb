// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.pty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A real child on a real pty: its whole output arrives in order, then its exit status. */
class PtyChildIT {
    @TempDir
    Path tmp;

    /** Collects output and the exit status. */
    private static final class Collector implements PtyListener {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final CompletableFuture<Integer> exit = new CompletableFuture<>();

        @Override
        public synchronized void output(byte[] chunk) {
            out.write(chunk, 0, chunk.length);
        }

        @Override
        public void exited(int exitCode) {
            exit.complete(exitCode);
        }

        synchronized byte[] bytes() {
            return out.toByteArray();
        }
    }

    private PtyChild start(List<String> command, Collector collector) {
        Map<String, String> env = new HashMap<>();
        env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        return PtyChild.start(new PtySpec(command, tmp, env, 100, 30), "test", collector);
    }

    @Test
    @Timeout(60)
    void aLargeOutputArrivesWholeAndInOrderThenTheExitStatus() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 40_000; i++) {
            text.append("line ").append(i).append(" of the output\n");
        }
        Path file = Files.writeString(tmp.resolve("big.txt"), text);
        Collector c = new Collector();
        start(List.of("/bin/sh", "-c", "stty -onlcr; cat big.txt; exit 7"), c);
        assertEquals(7, c.exit.get(50, TimeUnit.SECONDS));
        assertArrayEquals(Files.readAllBytes(file), c.bytes());
    }

    @Test
    @Timeout(30)
    void outputEndsWhenTheChildExitsEvenIfAGrandchildKeepsTheTerminalLonger() throws Exception {
        Collector c = new Collector();
        start(List.of("/bin/sh", "-c", "trap '' HUP; (trap '' HUP; sleep 20) & echo started; exit 3"), c);
        assertEquals(3, c.exit.get(10, TimeUnit.SECONDS));
        assertTrue(new String(c.bytes()).contains("started"), new String(c.bytes()));
    }

    @Test
    @Timeout(60)
    void inputLargerThanTheTerminalBufferReachesTheChildWhole() throws Exception {
        Collector c = new Collector();
        PtyChild child = start(List.of("/bin/sh", "-c",
                "stty raw -echo; printf ready; head -c 300000 > got.bin; exit 0"), c);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!new String(c.bytes()).contains("ready") && System.nanoTime() < deadline) {
            LockSupport.parkNanos(1_000_000L);
        }
        byte[] input = new byte[300_000];
        for (int i = 0; i < input.length; i++) {
            input[i] = (byte) ('a' + i % 26);
        }
        for (int off = 0; off < input.length; off += 30_000) {
            assertTrue(child.write(Arrays.copyOfRange(input, off, off + 30_000)), "queued at " + off);
        }
        assertEquals(0, c.exit.get(50, TimeUnit.SECONDS));
        assertArrayEquals(input, Files.readAllBytes(tmp.resolve("got.bin")));
    }

    @Test
    @Timeout(30)
    void inputForAChildThatNeverReadsIsRefusedOnceTheQueueIsFullWithoutBlocking() {
        Collector c = new Collector();
        PtyChild child = start(List.of("/bin/sh", "-c", "stty raw -echo; exec sleep 30"), c);
        byte[] block = new byte[64 << 10];
        int accepted = 0;
        while (child.write(block) && accepted < 64) {
            accepted++;
        }
        child.terminate();
        assertTrue(accepted < 64, "a full queue refuses more input");
        assertTrue(accepted >= 16, "about 1 MiB waits before input is refused, accepted " + accepted);
    }
}

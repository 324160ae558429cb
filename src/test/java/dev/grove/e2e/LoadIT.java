// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Load: {@code grove.load.panes} panes (default 20) print numbered lines as fast as they can for
 * {@code grove.load.seconds} (default 10; the figure is 30) while a client types into
 * another pane. Every typed byte must arrive, every echo must show on the client's screen, and the
 * server's memory must stay bounded. The figures (bytes in and out, echo latency, server memory)
 * are printed and written to {@code target/load-report.txt}; the test asserts no timing.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class LoadIT {
    private static final int PANES = Integer.getInteger("grove.load.panes", 20);
    private static final int SECONDS = Integer.getInteger("grove.load.seconds", 10);
    /** Longest wait for one echo before the test fails: far beyond any acceptable latency. */
    private static final long ECHO_DEADLINE_MILLIS = 15_000;
    private static final long MEMORY_LIMIT_KB = 1L << 20;

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
    void typingIntoOnePaneWhileTheOthersFloodLosesNothingAndMemoryStaysBounded() throws Exception {
        Path typed = tmp.resolve("typed.txt");
        GroveEnv.Run started = env.run("new", "typing", "--", "/bin/sh", "-c", "exec cat > " + typed);
        assertEquals(0, started.exitCode(), started.err());
        long serverPid = serverPid();
        for (int i = 1; i <= PANES; i++) {
            assertEquals(0, env.command("new", "flood" + i, "--no-focus", "--", "seq", "-f", "flood-" + i + " %.0f", "1",
                    "1000000000000").exitCode());
        }
        List<Long> floodPids = floodPids();
        MemorySampler memory = new MemorySampler(serverPid);
        List<String> tokens = new ArrayList<>();
        List<Long> latencies = new ArrayList<>();
        try (RawClient client = RawClient.attach(env.socket(), 200, 60, env.env()).startCounting()) {
            client.awaitText("flood-" + PANES);
            memory.start();
            long bytesBefore = floodPids.stream().mapToLong(LoadIT::bytesWritten).sum();
            long outBefore = client.receivedCount();
            long framesBefore = client.framesReceived();
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
            for (int n = 1; System.nanoTime() < end; n++) {
                String token = String.format("k%05d", n);
                long sent = System.nanoTime();
                client.type(token + "\r");
                assertTrue(client.screenShows(token, ECHO_DEADLINE_MILLIS), "echo of " + token + " never showed");
                latencies.add(System.nanoTime() - sent);
                tokens.add(token);
            }
            long bytesIn = floodPids.stream().mapToLong(LoadIT::bytesWritten).sum() - bytesBefore;
            long bytesOut = client.receivedCount() - outBefore;
            long frames = client.framesReceived() - framesBefore;
            memory.stop();
            Poll.until("every typed line in the file", 30, () -> lines(typed).size() >= tokens.size(),
                    () -> lines(typed).size() + " of " + tokens.size() + " lines");
            assertEquals(tokens, lines(typed), "every typed byte arrives, in order");
            String report = report(bytesIn, bytesOut, frames, tokens.size(), latencies, memory);
            System.out.println(report);
            Files.writeString(Path.of("target", "load-report.txt"), report + "\n");
            assertTrue(memory.peakKb() < MEMORY_LIMIT_KB, "server memory stays bounded: " + report);
        }
    }

    @Test
    void aFloodingPaneYieldsToTypingInAnotherAndCatchesUpLosingNothing() throws Exception {
        Path typed = tmp.resolve("typed.txt");
        Path go = tmp.resolve("go");
        GroveEnv.Run started = env.run("new", "typing", "--", "/bin/sh", "-c", "exec cat > " + typed);
        assertEquals(0, started.exitCode(), started.err());
        // The flood starts once the typing has: then it runs while the keys are typed.
        assertEquals(0, env.command("new", "flood", "--no-focus", "--", "/bin/sh", "-c", "until [ -e " + go
                + " ]; do sleep 0.01; done; seq -f 'line-%.0f' 1 1000000; printf '%s-%s\\n' FLOOD DONE; exec cat").exitCode());
        List<String> tokens = new ArrayList<>();
        try (RawClient client = RawClient.attach(env.socket(), 160, 50, env.env()).startReading()) {
            for (int n = 1; n <= 60; n++) {
                String token = String.format("y%03d", n);
                client.type(token + "\r");
                assertTrue(client.screenShows(token, ECHO_DEADLINE_MILLIS), "echo of " + token + " never showed");
                tokens.add(token);
                if (n == 1) {
                    Files.createFile(go);
                }
            }
            String screen = client.awaitText("FLOOD-DONE");
            assertTrue(screen.contains("line-1000000"), "the flood's last line shows:\n" + screen);
            Poll.until("every typed line in the file", 30, () -> lines(typed).size() >= tokens.size(),
                    () -> lines(typed).size() + " of " + tokens.size() + " lines");
            assertEquals(tokens, lines(typed), "every typed byte arrives, in order");
        }
    }

    private static String report(long bytesIn, long bytesOut, long frames, int typed, List<Long> latencies,
                                 MemorySampler memory) {
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return String.format("load: %d panes flooding for %d s while a client typed into another pane (client 200x60)%n"
                        + "  bytes in (written by the panes): %d MB (%.1f MB/s)%n"
                        + "  bytes out (sent to the client): %.1f MB (%.2f MB/s) in %d frames%n"
                        + "  typed: %d lines, every byte arrived in order%n"
                        + "  echo latency (type to shown on the client's screen): median %d ms, p99 %d ms, max %d ms%n"
                        + "  server memory (RSS): at start %d MB, peak %d MB, at the end %d MB%n"
                        + "  machine: %d cores, load average %s",
                PANES, SECONDS, bytesIn >> 20, (bytesIn / 1048576.0) / SECONDS, bytesOut / 1048576.0,
                (bytesOut / 1048576.0) / SECONDS, frames, typed, millis(sorted, 0.5), millis(sorted, 0.99),
                millis(sorted, 1.0), memory.firstKb() >> 10, memory.peakKb() >> 10, memory.lastKb() >> 10,
                Runtime.getRuntime().availableProcessors(), loadAverage());
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static long millis(List<Long> sorted, double quantile) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int i = (int) Math.min(sorted.size() - 1, Math.round(quantile * (sorted.size() - 1)));
        return TimeUnit.NANOSECONDS.toMillis(sorted.get(i));
    }

    private static List<String> lines(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Bytes a process has written ({@code wchar} in {@code /proc/PID/io}). */
    private static long bytesWritten(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "io"))) {
                if (line.startsWith("wchar:")) {
                    return Long.parseLong(line.substring(6).trim());
                }
            }
        } catch (IOException e) {
            throw new AssertionError("cannot read the output count of flood process " + pid, e);
        }
        return 0;
    }

    private long serverPid() {
        Matcher m = Pattern.compile("^  \"pid\" : (\\d+)", Pattern.MULTILINE).matcher(env.command("ls", "--json").out());
        assertTrue(m.find());
        return Long.parseLong(m.group(1));
    }

    private List<Long> floodPids() {
        Matcher m = Pattern.compile("\"name\" : \"flood\\d+\"[^}]*?\"pid\" : (\\d+)", Pattern.DOTALL)
                .matcher(env.command("ls", "--json").out());
        List<Long> pids = new ArrayList<>();
        while (m.find()) {
            pids.add(Long.parseLong(m.group(1)));
        }
        assertEquals(PANES, pids.size(), "flood processes");
        return pids;
    }

    /** Samples the server's resident memory every 200 ms on its own thread. */
    private static final class MemorySampler {
        private final long pid;
        private final AtomicBoolean stop = new AtomicBoolean();
        private final AtomicLong first = new AtomicLong(-1);
        private final AtomicLong last = new AtomicLong();
        private final AtomicLong peak = new AtomicLong();
        private Thread thread;

        MemorySampler(long pid) {
            this.pid = pid;
        }

        void start() {
            thread = new Thread(() -> {
                while (!stop.get()) {
                    long kb = ProcStatus.field(pid, "VmRSS");
                    first.compareAndSet(-1, kb);
                    last.set(kb);
                    peak.accumulateAndGet(kb, Math::max);
                    Poll.pause();
                    Poll.pause();
                }
            }, "memory-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            stop.set(true);
            thread.join(5_000);
            peak.accumulateAndGet(ProcStatus.field(pid, "VmHWM"), Math::max);
        }

        long firstKb() {
            return first.get();
        }

        long lastKb() {
            return last.get();
        }

        long peakKb() {
            return peak.get();
        }
    }
}

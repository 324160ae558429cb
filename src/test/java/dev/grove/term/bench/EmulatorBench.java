// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.term.bench;

import dev.grove.term.Emulator;
import dev.grove.term.ReplySink;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * The emulator benchmark behind {@code scripts/bench} (a main, not a test): throughput on three
 * generated workloads of at least 100 MB each, fed in 64 KiB chunks as a pty reader would, and
 * the heap retained by a full scrollback. Single-threaded; prints one line per measurement.
 */
public final class EmulatorBench {
    private static final long TARGET_BYTES = 100L << 20;
    private static final int CHUNK = 64 << 10;
    private static final String[] WORDS = {
        "the", "agent", "compiles", "module", "error:", "warning", "src/main/java", "Test", "passed",
        "failed", "retrying", "git", "commit", "diff", "--stat", "12", "345", "0x7f3a", "INFO", "DEBUG",
    };

    /** The emulator being measured, in a field so nothing can collect it early. */
    private static Emulator kept;

    private EmulatorBench() {}

    public static void main(String[] args) {
        Random random = new Random(42);
        retainedHeap("10,000 scrollback lines of 80-col logs", 80, plainLines(random, 10_050));
        retainedHeap("10,000 scrollback lines of 200-col full colour", 200, colourLines(random, 10_050));
        throughput("plain ASCII lines", plain(random), 80, 24);
        throughput("SGR-dense (256 + 24-bit)", sgrDense(random), 80, 24);
        throughput("200x50 cursor-addressed repaints", repaints(random), 200, 50);
    }

    /**
     * Feeds the sample until {@link #TARGET_BYTES} went in, after two runs of the same to warm up
     * the JIT. The rate is per CPU second of this thread (what one core does, even on a busy
     * machine); wall time is printed beside it.
     */
    private static void throughput(String name, byte[] sample, int cols, int rows) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long rounds = (TARGET_BYTES + sample.length - 1) / sample.length;
        for (int warmUp = 0; warmUp < 2; warmUp++) {
            run(sample, cols, rows, rounds);
        }
        long wallStart = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long bytes = run(sample, cols, rows, rounds);
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        double wall = (System.nanoTime() - wallStart) / 1e9;
        System.out.printf("%-45s %7.1f MB/s per core  (%d MB, %.2f s CPU, %.2f s wall)%n", name, bytes / 1e6 / cpu,
                bytes >> 20, cpu, wall);
    }

    private static long run(byte[] sample, int cols, int rows, long rounds) {
        Emulator emulator = new Emulator(cols, rows, Emulator.DEFAULT_SCROLLBACK, ReplySink.NONE);
        long fed = 0;
        for (long r = 0; r < rounds; r++) {
            for (int off = 0; off < sample.length; off += CHUNK) {
                int n = Math.min(CHUNK, sample.length - off);
                emulator.feed(sample, off, n);
                fed += n;
            }
        }
        if (emulator.screen().cursorRow() < 0) {
            throw new IllegalStateException("cursor left the screen");
        }
        return fed;
    }

    /**
     * Heap in use after a full GC with the filled emulator alive, minus the same once it is dropped.
     * Measured twice; the first run also counts one-time allocations of the JVM and is discarded.
     */
    private static void retainedHeap(String name, int cols, byte[] input) {
        retained(cols, input);
        System.out.printf("%-45s %7.2f MB retained (%d lines of history)%n", name, retained(cols, input) / 1048576.0,
                Emulator.DEFAULT_SCROLLBACK);
    }

    private static long retained(int cols, byte[] input) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        kept = new Emulator(cols, 50, Emulator.DEFAULT_SCROLLBACK, ReplySink.NONE);
        kept.feed(input);
        if (kept.screen().historySize() != Emulator.DEFAULT_SCROLLBACK) {
            throw new IllegalStateException("scrollback not full: " + kept.screen().historySize());
        }
        long with = usedAfterGc(memory);
        kept = null;
        return with - usedAfterGc(memory);
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static byte[] plain(Random random) {
        return plainLines(random, 60_000);
    }

    private static byte[] plainLines(Random random, int lines) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            appendWords(sb, random, 60 + random.nextInt(21));
            sb.append("\r\n");
        }
        return sb.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] sgrDense(Random random) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 40_000; i++) {
            for (int w = 0; w < 8; w++) {
                if (random.nextBoolean()) {
                    sb.append("\033[38;5;").append(random.nextInt(256)).append('m');
                } else {
                    sb.append("\033[1;38;2;").append(random.nextInt(256)).append(';').append(random.nextInt(256))
                            .append(';').append(random.nextInt(256)).append(";48;5;").append(random.nextInt(256)).append('m');
                }
                sb.append(WORDS[random.nextInt(WORDS.length)]).append("\033[0m ");
            }
            sb.append("\r\n");
        }
        return sb.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] repaints(Random random) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringBuilder sb = new StringBuilder();
        for (int frame = 0; frame < 60; frame++) {
            sb.setLength(0);
            sb.append("\033[?2026h\033[H");
            for (int row = 1; row <= 50; row++) {
                sb.append("\033[").append(row).append(";1H");
                int col = 0;
                while (col < 190) {
                    sb.append("\033[38;2;").append(random.nextInt(256)).append(';').append(random.nextInt(256)).append(";200m");
                    String word = WORDS[random.nextInt(WORDS.length)];
                    sb.append(word).append(' ');
                    col += word.length() + 1;
                }
                sb.append("\033[0m\033[K");
            }
            sb.append("\033[?2026l");
            out.writeBytes(sb.toString().getBytes(StandardCharsets.US_ASCII));
        }
        return out.toByteArray();
    }

    private static byte[] colourLines(Random random, int lines) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            for (int c = 0; c < 200; c++) {
                sb.append("\033[38;2;").append(random.nextInt(256)).append(';').append(random.nextInt(256)).append(';')
                        .append(random.nextInt(256)).append(";48;2;").append(random.nextInt(256)).append(";0;")
                        .append(random.nextInt(256)).append('m').append((char) ('a' + random.nextInt(26)));
            }
            sb.append("\033[0m\r\n");
        }
        return sb.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static void appendWords(StringBuilder sb, Random random, int length) {
        int start = sb.length();
        while (sb.length() - start < length) {
            sb.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        sb.setLength(start + length);
    }
}

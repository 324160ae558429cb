// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.term;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.grove.fuzz.HostileOutput;
import dev.grove.fuzz.Mutator;
import dev.grove.term.screen.ScreenView;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The emulator under hostile pane output: seeded random escape-sequence soup and mutated slices
 * of real programs' output (the reference corpus), fed in random chunk sizes to long-lived
 * emulators that are resized now and then, as a pane's would be. Nothing may throw; the cursor
 * stays on the screen; titles, clipboard writes, notifications and scrollback stay within their
 * bounds; no cell holds a control character (what a cell holds is drawn on the user's terminal);
 * and the retained heap stays bounded.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class EmulatorFuzzTest {
    private static final int CASES = 100_000;
    private static final int SCROLLBACK = 500;
    private static final long RETAINED_LIMIT = 128L << 20;

    @Test
    void hostileOutputNeverBreaksTheEmulatorOrItsBounds() throws IOException, URISyntaxException {
        SplittableRandom random = new SplittableRandom(0x5eed_2026L);
        Mutator mutator = new Mutator(random, HostileOutput.TOKENS);
        List<byte[]> recordings = recordings();
        long before = retainedHeap();
        Emulator[] panes = {new Emulator(80, 24, SCROLLBACK, ReplySink.NONE),
            new Emulator(132, 43, SCROLLBACK, ReplySink.NONE), new Emulator(1, 1, SCROLLBACK, ReplySink.NONE)};
        int[][] sizes = {{80, 24}, {132, 43}, {1, 1}};
        for (int i = 0; i < CASES; i++) {
            int which = random.nextInt(panes.length);
            byte[] input = i % 2 == 0 ? mutator.randomInput(40) : mutator.mutate(slice(recordings, random));
            try {
                if (random.nextInt(200) == 0) {
                    sizes[which] = randomSize(random);
                    panes[which].resize(sizes[which][0], sizes[which][1]);
                }
                feedInChunks(panes[which], input, random);
                checkBounds(panes[which], sizes[which], i % 100 == 0 ? (i % 2000 == 0 ? SCROLLBACK : 0) : -1);
            } catch (RuntimeException | AssertionError e) {
                fail("case " + i + " on a " + sizes[which][0] + "x" + sizes[which][1] + " emulator: "
                        + Mutator.show(input), e);
            }
        }
        long grown = retainedHeap() - before;
        assertTrue(grown < RETAINED_LIMIT, "emulators retain " + grown + " bytes");
        assertEquals(3, panes.length);
    }

    private static void feedInChunks(Emulator emulator, byte[] input, SplittableRandom random) {
        int at = 0;
        while (at < input.length) {
            int n = Math.min(input.length - at, 1 + random.nextInt(64));
            emulator.feed(input, at, n);
            at += n;
        }
    }

    /** Checks the invariants; cells too when {@code historyRows} is not negative (that many scrollback rows with them). */
    private static void checkBounds(Emulator emulator, int[] size, int historyRows) {
        ScreenView s = emulator.screen();
        assertEquals(size[0], s.cols(), "columns");
        assertEquals(size[1], s.rows(), "rows");
        assertTrue(s.cursorRow() >= 0 && s.cursorRow() < s.rows(), "cursor row " + s.cursorRow());
        assertTrue(s.cursorCol() >= 0 && s.cursorCol() < s.cols(), "cursor column " + s.cursorCol());
        assertTrue(s.historySize() <= SCROLLBACK, "scrollback " + s.historySize());
        assertTrue(emulator.title().length() <= OscHandler.MAX_TITLE, "title length " + emulator.title().length());
        assertTrue(emulator.takeClipboardWrites().size() <= OscHandler.MAX_PENDING, "clipboard writes");
        assertTrue(emulator.takeNotifications().size() <= OscHandler.MAX_PENDING, "notifications");
        emulator.takeBells();
        if (historyRows >= 0) {
            emulator.snapshot();
            for (int r = -Math.min(historyRows, s.historySize()); r < s.rows(); r++) {
                for (int c = 0; c < s.cols(); c++) {
                    checkCell(s, r, c);
                }
            }
        }
    }

    private static void checkCell(ScreenView s, int row, int col) {
        int cp = s.codePoint(row, col);
        assertTrue(cp == 0 || cp == ScreenView.WIDE_SPACER || !isControl(cp),
                "cell " + row + "," + col + " holds control character " + Integer.toHexString(cp));
        String marks = s.combining(row, col);
        if (marks != null) {
            assertTrue(marks.codePoints().noneMatch(EmulatorFuzzTest::isControl), "combining marks hold a control");
        }
        String link = s.hyperlink(row, col);
        if (link != null) {
            assertTrue(link.codePoints().noneMatch(EmulatorFuzzTest::isControl), "hyperlink holds a control");
        }
    }

    private static boolean isControl(int cp) {
        return cp < 0x20 || (cp >= 0x7f && cp < 0xa0);
    }

    private static int[] randomSize(SplittableRandom random) {
        switch (random.nextInt(6)) {
            case 0: return new int[] {1, 1};
            case 1: return new int[] {1 + random.nextInt(3), 1 + random.nextInt(300)};
            case 2: return new int[] {1 + random.nextInt(400), 1 + random.nextInt(3)};
            default: return new int[] {1 + random.nextInt(200), 1 + random.nextInt(60)};
        }
    }

    private static byte[] slice(List<byte[]> recordings, SplittableRandom random) {
        byte[] r = recordings.get(random.nextInt(recordings.size()));
        int from = random.nextInt(r.length);
        return Arrays.copyOfRange(r, from, Math.min(r.length, from + 32 + random.nextInt(512)));
    }

    private static List<byte[]> recordings() throws IOException, URISyntaxException {
        Path root = Path.of(EmulatorFuzzTest.class.getResource("/conformance/alacritty-ref").toURI());
        List<byte[]> all = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(f -> f.getFileName().toString().equals("recording.bin")).toList()) {
                byte[] b = Files.readAllBytes(p);
                if (b.length > 0) {
                    all.add(b);
                }
            }
        }
        assertTrue(all.size() > 20, "reference recordings found: " + all.size());
        return all;
    }

    private static long retainedHeap() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }
}

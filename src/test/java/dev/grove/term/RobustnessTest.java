// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.term;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.grove.fuzz.HostileOutput;
import dev.grove.fuzz.Mutator;
import dev.grove.term.screen.Screen;
import dev.grove.term.screen.ScreenText;
import dev.grove.term.screen.ScreenView;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Seeded random input: garbage bytes biased towards escape-sequence material, well-formed
 * sequences of every family, and mutated recordings of real programs, at sizes from 1x1 to
 * 500x200 with random resizes. The emulator must never throw, must keep the cursor on the screen
 * and must keep its memory bounded; a hang is bounded by the timeout.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RobustnessTest {
    private static final long SEED = 0x67726f7665L;
    private static final int SCROLLBACK = 500;
    private static final int MUTATED_CASES = 100_000;
    private static final String[] CSI_FINALS = {
        "@", "A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "?J", "K", "?K", "L", "M", "P", "S", "T", "X", "Z",
        "`", "a", "b", "c", ">c", "d", "e", "f", "g", "h", "?h", "l", "?l", "m", ">m", "?m", "n", "?n", "!p",
        "$p", "?$p", "\"q", " q", ">q", "r", "s", "t", "u", "?u", ">u", "<u", "=u",
    };
    private static final String[] PRIVATE_MODES = {
        "1", "5", "6", "7", "9", "12", "25", "47", "66", "1000", "1002", "1003", "1004", "1005", "1006", "1007",
        "1015", "1047", "1048", "1049", "2004", "2026",
    };
    private static final String[] TEXT = {"a", "hello ", "中", "😀", "e\u0301", "\u200d", "\t", "\r", "\n", "\b", "é"};

    private static final String SEQUENCE_BYTES = "[]P^_X()#%?>=<!$\" ";

    private final Random random = new Random(SEED);

    @Test
    void randomBytesNeverBreakTheEmulator() {
        Emulator emulator = new Emulator(80, 24, SCROLLBACK, bytes -> { });
        long fed = 0;
        int chunks = 0;
        while (fed < 1_000_000) {
            byte[] chunk = randomBytes(1 + random.nextInt(4096));
            feedChecked(emulator, chunk);
            fed += chunk.length;
            if (++chunks % 40 == 0) {
                resizeRandomly(emulator);
            }
        }
        assertBounded(emulator);
    }

    @Test
    void wellFormedSequencesNeverBreakTheEmulator() {
        Emulator emulator = new Emulator(80, 24, SCROLLBACK, bytes -> { });
        StringBuilder batch = new StringBuilder();
        for (int i = 1; i <= 100_000; i++) {
            appendSequence(batch);
            if (i % 50 == 0) {
                feedChecked(emulator, batch.toString().getBytes(StandardCharsets.UTF_8));
                batch.setLength(0);
            }
            if (i % 2_000 == 0) {
                resizeRandomly(emulator);
            }
        }
        assertBounded(emulator);
    }

    /**
     * Hostile output as panes would send it: random escape-sequence soup and mutated slices of
     * real programs' output (the reference corpus), fed in random chunk sizes, 10^5 cases. Besides
     * the bounds above, no cell ever holds a control character, nor does any combining mark or
     * link: what a cell holds is drawn on the user's own terminal.
     */
    @Test
    void mutatedRecordingsOfRealProgramsNeverBreakTheEmulator() throws IOException, URISyntaxException {
        SplittableRandom r = new SplittableRandom(SEED);
        Mutator mutator = new Mutator(r, HostileOutput.TOKENS);
        List<byte[]> recordings = recordings();
        Emulator emulator = new Emulator(80, 24, SCROLLBACK, bytes -> { });
        for (int i = 0; i < MUTATED_CASES; i++) {
            byte[] input = i % 2 == 0 ? mutator.randomInput(40) : mutator.mutate(slice(recordings, r));
            try {
                for (int at = 0, n; at < input.length; at += n) {
                    n = Math.min(input.length - at, 1 + r.nextInt(64));
                    emulator.feed(input, at, n);
                }
                feedChecked(emulator, new byte[0]);
                if (i % 500 == 0) {
                    resizeRandomly(emulator);
                }
                if (i % 100 == 0) {
                    assertNoControlCharacters(emulator.screen());
                    assertBounded(emulator);
                }
            } catch (RuntimeException | AssertionError e) {
                fail("case " + i + ": " + Mutator.show(input), e);
            }
        }
    }

    private static void assertNoControlCharacters(ScreenView s) {
        for (int row = 0; row < s.rows(); row++) {
            for (int col = 0; col < s.cols(); col++) {
                int cp = s.codePoint(row, col);
                assertTrue(cp == 0 || cp == ScreenView.WIDE_SPACER || !isControl(cp),
                        "cell " + row + "," + col + " holds control character " + Integer.toHexString(cp));
                String marks = s.combining(row, col);
                assertTrue(marks == null || marks.codePoints().noneMatch(RobustnessTest::isControl), "marks hold a control");
                String link = s.hyperlink(row, col);
                assertTrue(link == null || link.codePoints().noneMatch(RobustnessTest::isControl), "a link holds a control");
            }
        }
    }

    private static boolean isControl(int cp) {
        return cp < 0x20 || (cp >= 0x7f && cp < 0xa0);
    }

    private static byte[] slice(List<byte[]> recordings, SplittableRandom r) {
        byte[] b = recordings.get(r.nextInt(recordings.size()));
        int from = r.nextInt(b.length);
        return Arrays.copyOfRange(b, from, Math.min(b.length, from + 32 + r.nextInt(512)));
    }

    private static List<byte[]> recordings() throws IOException, URISyntaxException {
        Path root = Path.of(RobustnessTest.class.getResource("/conformance/alacritty-ref").toURI());
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

    private void feedChecked(Emulator emulator, byte[] data) {
        try {
            emulator.feed(data);
        } catch (RuntimeException e) {
            throw new AssertionError("feeding " + data.length + " bytes threw at size "
                    + emulator.screen().cols() + "x" + emulator.screen().rows(), e);
        }
        ScreenView s = emulator.screen();
        if (s.cursorRow() < 0 || s.cursorRow() >= s.rows() || s.cursorCol() < 0 || s.cursorCol() >= s.cols()) {
            fail("cursor " + s.cursorRow() + "," + s.cursorCol() + " outside " + s.cols() + "x" + s.rows());
        }
        if (s.historySize() > SCROLLBACK) {
            fail("scrollback grew to " + s.historySize());
        }
        int row = random.nextInt(s.rows() + s.historySize()) - s.historySize();
        ScreenText.line(s, row);
    }

    private void resizeRandomly(Emulator emulator) {
        int pick = random.nextInt(100);
        int cols;
        int rows;
        if (pick < 70) {
            cols = 1 + random.nextInt(40);
            rows = 1 + random.nextInt(20);
        } else if (pick < 95) {
            cols = 1 + random.nextInt(200);
            rows = 1 + random.nextInt(60);
        } else {
            cols = 1 + random.nextInt(500);
            rows = 1 + random.nextInt(200);
        }
        emulator.resize(cols, rows);
        ScreenView s = emulator.screen();
        assertTrue(s.cols() == cols && s.rows() == rows, "resized to " + s.cols() + "x" + s.rows());
        assertTrue(s.cursorRow() < rows && s.cursorCol() < cols, "cursor after resize");
    }

    private static void assertBounded(Emulator emulator) {
        Screen screen = (Screen) emulator.screen();
        long limit = (long) SCROLLBACK * (Screen.MAX_SIZE * 16L + 512);
        assertTrue(screen.historyFootprint() <= limit, "scrollback holds " + screen.historyFootprint() + " bytes");
        assertTrue(emulator.takeClipboardWrites().size() <= 64, "clipboard writes are capped");
        assertTrue(emulator.takeNotifications().size() <= 64, "notifications are capped");
        assertTrue(emulator.title().length() <= 4096, "title is capped");
    }

    /** Bytes biased towards what makes sequences: ESC, brackets, digits, separators, C0, C1, UTF-8. */
    private byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            int pick = random.nextInt(100);
            if (pick < 8) {
                b[i] = 0x1b;
            } else if (pick < 16) {
                b[i] = (byte) SEQUENCE_BYTES.charAt(random.nextInt(SEQUENCE_BYTES.length()));
            } else if (pick < 36) {
                b[i] = (byte) "0123456789;:".charAt(random.nextInt(12));
            } else if (pick < 44) {
                b[i] = (byte) random.nextInt(0x20);
            } else if (pick < 56) {
                b[i] = (byte) (0x80 + random.nextInt(0x80));
            } else {
                b[i] = (byte) (0x20 + random.nextInt(0x5f));
            }
        }
        return b;
    }

    private void appendSequence(StringBuilder sb) {
        switch (random.nextInt(8)) {
            case 0:
            case 1:
                sb.append(TEXT[random.nextInt(TEXT.length)]);
                break;
            case 2:
                sb.append("\033[").append(params()).append(CSI_FINALS[random.nextInt(CSI_FINALS.length)]);
                break;
            case 3:
                sb.append("\033[?").append(PRIVATE_MODES[random.nextInt(PRIVATE_MODES.length)]).append(random.nextBoolean() ? 'h' : 'l');
                break;
            case 4:
                sb.append("\033[").append(sgr()).append('m');
                break;
            case 5:
                sb.append('\033').append("78DEHMc=>NOno".charAt(random.nextInt(13)));
                break;
            case 6:
                sb.append("\033").append("()*+-./".charAt(random.nextInt(7))).append("0BA<".charAt(random.nextInt(4)));
                break;
            default:
                appendString(sb);
                break;
        }
    }

    private String params() {
        StringBuilder sb = new StringBuilder();
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                sb.append(';');
            }
            sb.append(random.nextInt(10) < 8 ? random.nextInt(30) : random.nextInt(70_000));
        }
        return sb.toString();
    }

    private String sgr() {
        switch (random.nextInt(4)) {
            case 0: return "38;2;" + random.nextInt(256) + ";" + random.nextInt(256) + ";" + random.nextInt(256);
            case 1: return "48:5:" + random.nextInt(300);
            case 2: return "4:" + random.nextInt(7) + ";58:2::1:2:3";
            default: return params();
        }
    }

    private void appendString(StringBuilder sb) {
        String end = random.nextBoolean() ? "\007" : "\033\\";
        switch (random.nextInt(6)) {
            case 0: sb.append("\033]0;title ").append(random.nextInt()).append(end); break;
            case 1: sb.append("\033]8;;https://grove.dev/").append(random.nextInt(5)).append(end).append("link"); break;
            case 2: sb.append("\033]52;c;aGVsbG8=").append(end); break;
            case 3: sb.append("\033]").append(random.nextInt(20)).append(";?").append(end); break;
            case 4: sb.append("\033P$q").append(" qmr".charAt(random.nextInt(4))).append("\033\\"); break;
            default: sb.append("\033]9;note").append(end); break;
        }
    }
}

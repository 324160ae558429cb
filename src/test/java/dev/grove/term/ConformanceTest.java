// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.term;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grove.term.screen.ScreenText;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays every case of the Alacritty reference corpus ({@code conformance/alacritty-ref}) and
 * compares the screen, and the scrollback where the case has one, as text.
 *
 * <p>Two normalisations, both about Alacritty's grid format rather than terminal behaviour:
 * Alacritty stores a tab character in the cell where a HT started (so copied text keeps tabs);
 * every other terminal shows that cell as a space, so a tab in an expected file counts as one
 * space. And its history files always list the full scrollback capacity, unused lines blank
 * at the top, so grove's history is padded with blank lines in front before comparing.
 *
 * <p>Four cases where Alacritty and xterm disagree are compared against xterm's screen instead
 * ({@code conformance/xterm-overrides}, whose README says why for each): {@code decaln_reset},
 * {@code deccolm_reset}, {@code erase_in_line} and {@code selective_erasure}.
 */
class ConformanceTest {
    private static final int CASES = 43;

    @TestFactory
    Stream<DynamicTest> everyReferenceCaseMatches() throws IOException, URISyntaxException {
        Path root = Path.of(ConformanceTest.class.getResource("/conformance").toURI());
        List<Path> cases;
        try (Stream<Path> dirs = Files.list(root.resolve("alacritty-ref"))) {
            cases = dirs.filter(Files::isDirectory).sorted().collect(Collectors.toList());
        }
        assertEquals(CASES, cases.size(), "reference cases found");
        return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(),
                () -> replayAndCompare(dir, root.resolve("xterm-overrides").resolve(dir.getFileName()))));
    }

    private static void replayAndCompare(Path dir, Path override) throws IOException {
        String[] size = read(dir.resolve("size")).trim().split("\\s+");
        int cols = Integer.parseInt(size[0]);
        int rows = Integer.parseInt(size[1]);
        int historySize = Integer.parseInt(read(dir.resolve("history_size")).trim());
        Emulator emulator = new Emulator(cols, rows, historySize, ReplySink.NONE);
        emulator.feed(Files.readAllBytes(dir.resolve("recording.bin")));

        Path screenFile = Files.exists(override.resolve("screen.txt")) ? override.resolve("screen.txt") : dir.resolve("screen.txt");
        ScreenAssert.assertScreen("screen of " + dir.getFileName(), expectedLines(screenFile, rows),
                ScreenText.lines(emulator.screen()));

        Path historyFile = dir.resolve("history.txt");
        if (Files.exists(historyFile)) {
            List<String> actual = new ArrayList<>(ScreenText.history(emulator.screen()));
            assertTrue(actual.size() <= historySize, "history longer than its limit");
            while (actual.size() < historySize) {
                actual.add(0, "");
            }
            ScreenAssert.assertScreen("history of " + dir.getFileName(), expectedLines(historyFile, historySize), actual);
        }
    }

    /** The first {@code count} lines, tabs as spaces, trailing spaces trimmed, padded with blanks. */
    private static List<String> expectedLines(Path file, int count) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : Arrays.asList(read(file).split("\n", -1))) {
            if (lines.size() == count) {
                break;
            }
            lines.add(line.replace('\t', ' ').replaceAll(" +$", ""));
        }
        while (lines.size() < count) {
            lines.add("");
        }
        return lines;
    }

    private static String read(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }
}

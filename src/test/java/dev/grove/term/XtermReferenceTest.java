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
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays every case of the xterm reference corpus ({@code conformance/xterm-ref}, its README
 * says how it was made) and compares the screen as text and the cursor with what xterm showed:
 * recordings of real programs ({@code real}) and seeded sequences of every family the emulator
 * implements ({@code family}). Both sides are compared in Unicode NFC: the expected screens were
 * normalised so (xterm precomposes and orders combining marks on its own), so grove's are too.
 */
class XtermReferenceTest {
    private static final int AT_LEAST_REAL = 90;
    private static final int AT_LEAST_FAMILY = 400;

    @TestFactory
    Stream<DynamicTest> realPrograms() throws IOException, URISyntaxException {
        return cases("real", AT_LEAST_REAL);
    }

    @TestFactory
    Stream<DynamicTest> sequenceFamilies() throws IOException, URISyntaxException {
        return cases("family", AT_LEAST_FAMILY);
    }

    private static Stream<DynamicTest> cases(String group, int atLeast) throws IOException, URISyntaxException {
        Path root = Path.of(XtermReferenceTest.class.getResource("/conformance/xterm-ref/" + group).toURI());
        List<Path> cases;
        try (Stream<Path> dirs = Files.list(root)) {
            cases = dirs.filter(Files::isDirectory).sorted().collect(Collectors.toList());
        }
        assertTrue(cases.size() >= atLeast, group + " cases found: " + cases.size());
        return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> replayAndCompare(dir)));
    }

    private static void replayAndCompare(Path dir) throws IOException {
        String[] size = read(dir.resolve("size")).trim().split("\\s+");
        int cols = Integer.parseInt(size[0]);
        int rows = Integer.parseInt(size[1]);
        List<String> expected = new ArrayList<>(List.of(read(dir.resolve("screen.txt")).split("\n", -1)));
        expected.remove(expected.size() - 1);
        String cursor = expected.remove(expected.size() - 1);
        assertEquals(rows, expected.size(), "rows in " + dir.resolve("screen.txt"));

        Emulator emulator = new Emulator(cols, rows, 0, ReplySink.NONE);
        emulator.feed(Files.readAllBytes(dir.resolve("recording.bin")));
        emulator.endOfInput();
        List<String> actual = ScreenText.lines(emulator.screen()).stream()
                .map(line -> Normalizer.normalize(line, Normalizer.Form.NFC)).toList();
        ScreenAssert.assertScreen("screen of " + dir.getFileName(), expected, actual);
        assertEquals(cursor, "cursor: " + emulator.screen().cursorRow() + "," + emulator.screen().cursorCol(),
                "cursor of " + dir.getFileName());
    }

    private static String read(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }
}

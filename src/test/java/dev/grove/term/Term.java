// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.term;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.grove.term.screen.ScreenText;
import dev.grove.term.screen.ScreenView;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Test fixture: an emulator of a given size that records its replies, fed with strings
 * ({@code ESC} written as {@code \033}), and asserted against expected screens as text.
 */
final class Term {
    final Emulator emulator;
    private final ByteArrayOutputStream replies = new ByteArrayOutputStream();

    private Term(int cols, int rows, int scrollback) {
        emulator = new Emulator(cols, rows, scrollback, replies::writeBytes);
    }

    static Term of(int cols, int rows) {
        return new Term(cols, rows, 100);
    }

    static Term withScrollback(int cols, int rows, int scrollback) {
        return new Term(cols, rows, scrollback);
    }

    /** Feeds the string as UTF-8. */
    Term feed(String s) {
        emulator.feed(s.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Feeds raw bytes. */
    Term feedBytes(int... bytes) {
        byte[] b = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            b[i] = (byte) bytes[i];
        }
        emulator.feed(b);
        return this;
    }

    ScreenView screen() {
        return emulator.screen();
    }

    /** The replies sent since the last call, as a string with ESC shown as {@code \033}. */
    String takeReplies() {
        String s = replies.toString(StandardCharsets.UTF_8);
        replies.reset();
        return s;
    }

    /**
     * Asserts the visible screen (a text block, one line per row; missing rows are empty) and
     * the cursor position.
     */
    Term expect(String screen, int cursorRow, int cursorCol) {
        ScreenAssert.assertScreen("screen", lines(screen, screen().rows()), ScreenText.lines(screen()));
        assertEquals(cursorRow + "," + cursorCol, screen().cursorRow() + "," + screen().cursorCol(), "cursor");
        return this;
    }

    /** Asserts the scrollback, oldest line first. */
    Term expectHistory(String... lines) {
        ScreenAssert.assertScreen("history", Arrays.asList(lines), ScreenText.history(screen()));
        return this;
    }

    static List<String> lines(String text, int rows) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty() && text.endsWith("\n")) {
            lines.remove(lines.size() - 1);
        }
        while (lines.size() < rows) {
            lines.add("");
        }
        return lines;
    }
}

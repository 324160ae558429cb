// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.term.screen;

import java.util.ArrayList;
import java.util.List;

/**
 * Plain-text dumps of a {@link ScreenView}, as {@code grove term-replay} prints them and tests
 * compare them: one string per row, an empty cell as a space, a wide character once, combining
 * marks right after their base, line-drawing characters as their Unicode glyphs, trailing
 * spaces trimmed, no colours.
 */
public final class ScreenText {
    private ScreenText() {}

    /** The visible rows, top to bottom. */
    public static List<String> lines(ScreenView view) {
        List<String> lines = new ArrayList<>(view.rows());
        for (int r = 0; r < view.rows(); r++) {
            lines.add(line(view, r));
        }
        return lines;
    }

    /** The scrollback rows, oldest first. */
    public static List<String> history(ScreenView view) {
        int size = view.historySize();
        List<String> lines = new ArrayList<>(size);
        for (int r = -size; r < 0; r++) {
            lines.add(line(view, r));
        }
        return lines;
    }

    /** The visible rows joined with newlines (for assertions and debugging). */
    public static String text(ScreenView view) {
        return String.join("\n", lines(view));
    }

    /** One row ({@code row < 0} for scrollback) as text. */
    public static String line(ScreenView view, int row) {
        StringBuilder sb = new StringBuilder(view.cols());
        int end = 0;
        for (int c = 0; c < view.cols(); c++) {
            int cp = view.codePoint(row, c);
            if (cp == ScreenView.WIDE_SPACER) {
                continue;
            }
            sb.appendCodePoint(cp == 0 ? ' ' : cp);
            String marks = view.combining(row, c);
            if (marks != null) {
                sb.append(marks);
            }
            if (cp != 0 && cp != ' ') {
                end = sb.length();
            }
        }
        // Blanks at the end go, even those carrying a stray combining mark, as in xterm's printout.
        sb.setLength(end);
        return sb.toString();
    }
}

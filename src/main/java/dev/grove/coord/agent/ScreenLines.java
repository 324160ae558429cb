// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.agent;

import dev.grove.term.screen.ScreenView;
import java.util.ArrayList;
import java.util.List;

/**
 * A pane's visible screen as text: one string per row, top to bottom, trailing spaces removed,
 * wide characters once, combining marks kept. What screen rules match against. Immutable.
 */
public final class ScreenLines {
    private final List<String> rows;
    private final int lastNonBlank;

    public ScreenLines(List<String> rows) {
        this.rows = List.copyOf(rows);
        int last = this.rows.size() - 1;
        while (last >= 0 && this.rows.get(last).isBlank()) {
            last--;
        }
        this.lastNonBlank = last;
    }

    /** The visible rows of {@code screen}; read on the thread that feeds its emulator. */
    public static ScreenLines of(ScreenView screen) {
        List<String> rows = new ArrayList<>(screen.rows());
        StringBuilder sb = new StringBuilder();
        for (int row = 0; row < screen.rows(); row++) {
            sb.setLength(0);
            for (int col = 0; col < screen.cols(); col++) {
                int cp = screen.codePoint(row, col);
                if (cp == ScreenView.WIDE_SPACER) {
                    continue;
                }
                sb.appendCodePoint(cp == 0 ? ' ' : cp);
                String marks = screen.combining(row, col);
                if (marks != null) {
                    sb.append(marks);
                }
            }
            rows.add(sb.toString().stripTrailing());
        }
        return new ScreenLines(rows);
    }

    public List<String> rows() {
        return rows;
    }

    /**
     * The text of the last {@code n} rows up to the last non-blank one, joined with newlines;
     * {@code n <= 0} means every row up to the last non-blank one.
     */
    public String tail(int n) {
        int end = lastNonBlank + 1;
        int start = n <= 0 ? 0 : Math.max(0, end - n);
        return String.join("\n", rows.subList(start, end));
    }
}

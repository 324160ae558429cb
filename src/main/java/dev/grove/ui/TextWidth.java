// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.ui;

import dev.grove.term.screen.CharWidth;

/**
 * Display widths of grove's own text (names, titles, table cells, overlays), measured the way
 * the emulator measures pane text ({@link CharWidth}); control characters count 0 because they
 * are never drawn. Pane contents do not use this: their widths come from the emulator's cells.
 * Stateless.
 */
final class TextWidth {
    private TextWidth() {}

    /** Columns {@code cp} takes: 0, 1 or 2; control characters count 0 (they are never drawn). */
    static int of(int cp) {
        if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) {
            return 0;
        }
        return CharWidth.of(cp);
    }

    /** Columns a string takes. */
    static int of(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += of(cp);
            i += Character.charCount(cp);
        }
        return w;
    }

    /** The string cut to at most {@code cols} columns, ending in "…" when it was cut. */
    static String fit(String s, int cols) {
        if (cols <= 0) {
            return "";
        }
        if (of(s) <= cols) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int cw = of(cp);
            if (w + cw > cols - 1) {
                break;
            }
            sb.appendCodePoint(cp);
            w += cw;
            i += Character.charCount(cp);
        }
        return sb.append('…').toString();
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.e2e;

import dev.grove.term.screen.ScreenView;

/** A screen as text: one line per row, wide characters once, trailing blanks trimmed. */
final class ScreenText {
    private ScreenText() {}

    static String of(ScreenView s) {
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < s.rows(); r++) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < s.cols(); c++) {
                int cp = s.codePoint(r, c);
                if (cp != ScreenView.WIDE_SPACER) {
                    line.appendCodePoint(cp == 0 ? ' ' : cp);
                }
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        return sb.toString();
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.server;

import dev.grove.term.screen.ScreenView;

/** Plain text read back from a screen view, for search and copy. */
final class ScreenText {
    private ScreenText() {}

    /**
     * The text of one row ({@link ScreenView} coordinates), one char sequence per cell (wide
     * characters once, combining marks kept), trailing blanks trimmed. Cell {@code i} is at string
     * index {@code i} only for rows of single-width, BMP characters.
     */
    static String row(ScreenView screen, int row) {
        StringBuilder sb = new StringBuilder(screen.cols());
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
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == ' ') {
            end--;
        }
        return sb.substring(0, end);
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.term.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Rows in the packed scrollback read back cell for cell, across pages, after drops and a clear. */
class ScrollbackTest {
    private static final int COLS = 200;

    /** Row {@code n}: text and styles that depend on n, in all the shapes a record can take. */
    private static Line row(int n) {
        Line line = new Line(COLS);
        int used = 20 + n % 150;
        for (int c = 0; c < used; c++) {
            long style = switch (n % 3) {
                case 0 -> CellStyle.DEFAULT;
                case 1 -> CellStyle.of(c / 40 + 1, 0, 0);
                default -> CellStyle.of(c % 7, c % 5, c % 2);
            };
            int cp = n % 11 == 0 && c == 5 ? 0x4e2d : 'a' + (n + c) % 26;
            line.set(c, cp, style, n % 13 == 0 && c == 3 ? 9 : 0, n % 17 == 0 && c == 4 ? "https://x/" + n : null);
        }
        if (n % 19 == 0) {
            line.addCombining(1, 0x301);
        }
        if (n % 23 == 0) {
            line.erase(used, COLS, CellStyle.of(0, 4, 0), false);
        }
        line.wrapped = n % 2 == 0;
        return line;
    }

    private static void assertRow(Line expected, Scrollback history, int index) {
        assertEquals(expected.wrapped, history.wrapped(index), "wrapped, row " + index);
        assertEquals(expected.usedLength(), history.length(index), "length, row " + index);
        for (int c = 0; c < COLS; c++) {
            String at = "row " + index + " col " + c;
            assertEquals(expected.codePoints[c], history.codePoint(index, c), "code point, " + at);
            assertEquals(expected.styles[c], history.style(index, c), "style, " + at);
            assertEquals(expected.underlineAt(c), history.underline(index, c), "underline, " + at);
            assertEquals(expected.linkAt(c), history.link(index, c), "link, " + at);
            assertEquals(expected.combiningAt(c), history.combining(index, c), "marks, " + at);
        }
    }

    @Test
    void rowsReadBackAsTheyWereAcrossManyPages() {
        Scrollback history = new Scrollback(5000);
        for (int n = 0; n < 2000; n++) {
            history.push(row(n));
        }
        assertEquals(2000, history.size());
        for (int n = 0; n < 2000; n += 7) {
            assertRow(row(n), history, n);
        }
    }

    @Test
    void theOldestRowsAreDroppedAndTheirPagesReused() {
        Scrollback history = new Scrollback(300);
        for (int n = 0; n < 5000; n++) {
            history.push(row(n));
        }
        assertEquals(300, history.size());
        for (int i = 0; i < 300; i += 3) {
            assertRow(row(4700 + i), history, i);
        }
        long settled = history.footprint();
        for (int n = 5000; n < 10000; n++) {
            history.push(row(n));
        }
        assertEquals(settled, history.footprint(), "a full scrollback does not grow");
    }

    @Test
    void aCopyOutsideTheRingAndBackKeepsEveryCell() {
        Scrollback history = new Scrollback(100);
        for (int n = 0; n < 60; n++) {
            history.push(row(n));
        }
        Scrollback copy = new Scrollback(100);
        for (int i = 0; i < 60; i++) {
            copy.push(history.get(i));
        }
        for (int i = 0; i < 60; i++) {
            assertRow(row(i), copy, i);
        }
        copy.clear();
        assertEquals(0, copy.size());
        copy.push(row(3));
        assertRow(row(3), copy, 0);
    }
}

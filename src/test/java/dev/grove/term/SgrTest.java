// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.term;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.grove.term.screen.Attrs;
import dev.grove.term.screen.Colors;
import dev.grove.term.screen.ScreenView;
import org.junit.jupiter.api.Test;

/** SGR attributes and colours as they land on cells, in semicolon and colon forms. */
class SgrTest {
    private static ScreenView cellsAfter(String sgr) {
        return Term.of(10, 1).feed(sgr + "X\033[mY").screen();
    }

    @Test
    void attributesOnAndOff() {
        ScreenView s = cellsAfter("\033[1;2;3;5;7;8;9;53m");
        int all = Attrs.BOLD | Attrs.FAINT | Attrs.ITALIC | Attrs.BLINK | Attrs.INVERSE | Attrs.HIDDEN | Attrs.STRIKE
                | Attrs.OVERLINE;
        assertEquals(all, s.attrs(0, 0));
        assertEquals(0, s.attrs(0, 1));
        assertEquals(Attrs.ITALIC, cellsAfter("\033[1;2;3;22m").attrs(0, 0));
        assertEquals(0, cellsAfter("\033[3;5;7;8;9;23;25;27;28;29m").attrs(0, 0));
    }

    @Test
    void underlineStyles() {
        assertEquals(Attrs.UNDERLINE_SINGLE, Attrs.underline(cellsAfter("\033[4m").attrs(0, 0)));
        assertEquals(Attrs.UNDERLINE_DOUBLE, Attrs.underline(cellsAfter("\033[21m").attrs(0, 0)));
        assertEquals(Attrs.UNDERLINE_CURLY, Attrs.underline(cellsAfter("\033[4:3m").attrs(0, 0)));
        assertEquals(Attrs.UNDERLINE_DASHED, Attrs.underline(cellsAfter("\033[4:5m").attrs(0, 0)));
        assertEquals(Attrs.UNDERLINE_NONE, Attrs.underline(cellsAfter("\033[4:3;4:0m").attrs(0, 0)));
        assertEquals(Attrs.UNDERLINE_NONE, Attrs.underline(cellsAfter("\033[4;24m").attrs(0, 0)));
    }

    @Test
    void basicAndBrightColours() {
        ScreenView s = cellsAfter("\033[31;42m");
        assertEquals(Colors.indexed(1), s.fg(0, 0));
        assertEquals(Colors.indexed(2), s.bg(0, 0));
        assertEquals(Colors.DEFAULT, s.fg(0, 1));
        assertEquals(Colors.indexed(9), cellsAfter("\033[91m").fg(0, 0));
        assertEquals(Colors.indexed(12), cellsAfter("\033[104m").bg(0, 0));
        assertEquals(Colors.DEFAULT, cellsAfter("\033[31;39m").fg(0, 0));
    }

    @Test
    void paletteAndTrueColourInBothForms() {
        assertEquals(Colors.indexed(196), cellsAfter("\033[38;5;196m").fg(0, 0));
        assertEquals(Colors.indexed(196), cellsAfter("\033[38:5:196m").fg(0, 0));
        assertEquals(Colors.rgb(10, 20, 30), cellsAfter("\033[38;2;10;20;30m").fg(0, 0));
        assertEquals(Colors.rgb(10, 20, 30), cellsAfter("\033[48:2::10:20:30m").bg(0, 0));
        assertEquals(Colors.rgb(10, 20, 30), cellsAfter("\033[48:2:10:20:30m").bg(0, 0));
    }

    @Test
    void parametersAfterAnExtendedColourStillApply() {
        ScreenView s = cellsAfter("\033[38;2;1;2;3;1;48;5;4m");
        assertEquals(Colors.rgb(1, 2, 3), s.fg(0, 0));
        assertEquals(Attrs.BOLD, s.attrs(0, 0));
        assertEquals(Colors.indexed(4), s.bg(0, 0));
    }

    @Test
    void underlineColour() {
        assertEquals(Colors.rgb(255, 0, 0), cellsAfter("\033[4;58:2::255:0:0m").underlineColor(0, 0));
        assertEquals(Colors.indexed(3), cellsAfter("\033[58;5;3m").underlineColor(0, 0));
        assertEquals(Colors.DEFAULT, cellsAfter("\033[58;5;3;59m").underlineColor(0, 0));
        assertEquals(Colors.DEFAULT, cellsAfter("\033[58;5;3m").underlineColor(0, 1));
    }

    @Test
    void malformedExtendedColoursAreSkipped() {
        ScreenView s = cellsAfter("\033[31;38;5m");
        assertEquals(Colors.indexed(1), s.fg(0, 0));
        assertEquals(Colors.indexed(1), cellsAfter("\033[31;38:2:1m").fg(0, 0));
    }

    @Test
    void emptySgrResets() {
        assertEquals(0, Term.of(10, 1).feed("\033[1;31m\033[mX").screen().attrs(0, 0));
    }
}

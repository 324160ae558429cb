// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.grove.term.screen.Attrs;
import dev.grove.term.screen.Colors;
import org.junit.jupiter.api.Test;

class SgrTextTest {
    private static final Look BASE = new Look(0, Colors.indexed(7), Colors.indexed(0));

    private static Frame draw(String line) {
        Frame f = new Frame(20, 1);
        SgrText.draw(f, 0, 0, 20, line, BASE);
        return f;
    }

    @Test
    void coloursInEveryFormAndResetToBase() {
        Frame f = draw("\u001b[31ma\u001b[38;5;200mb\u001b[38:2::1:2:3mc\u001b[38;2;4;5;6md\u001b[39me\u001b[1;44mf\u001b[0mg");
        assertEquals(Colors.indexed(1), f.fg[0]);
        assertEquals(Colors.indexed(200), f.fg[1]);
        assertEquals(Colors.rgb(1, 2, 3), f.fg[2]);
        assertEquals(Colors.rgb(4, 5, 6), f.fg[3]);
        assertEquals(BASE.fg(), f.fg[4]);
        assertEquals(Attrs.BOLD, f.attrs[5]);
        assertEquals(Colors.indexed(4), f.bg[5]);
        assertEquals(0, f.attrs[6]);
        assertEquals(BASE.bg(), f.bg[6]);
        assertEquals('g', f.cp[6]);
    }

    @Test
    void otherSequencesAndControlsAreDroppedAndTabsExpand() {
        Frame f = draw("\u001b[2Ka\u001b]8;;http://x\u0007b\tc\u0007d");
        assertEquals("ab      cd", new String(f.cp, 0, 10));
        assertEquals(Attrs.withUnderline(0, Attrs.UNDERLINE_CURLY), draw("\u001b[4:3mx").attrs[0]);
    }
}

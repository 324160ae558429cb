// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.term;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grove.term.screen.Colors;
import dev.grove.term.screen.ScreenSnapshot;
import dev.grove.term.screen.ScreenText;
import java.util.BitSet;
import org.junit.jupiter.api.Test;

/** Snapshots, row versions and the emulator version: what renderers use to skip unchanged work. */
class SnapshotTest {
    @Test
    void firstSnapshotMarksEveryRowChangedThenOnlyTheTouchedOnes() {
        Term t = Term.of(10, 4).feed("one\r\ntwo");
        TermSnapshot first = t.emulator.snapshot();
        assertEquals(4, first.screen().changedRows().cardinality());
        t.feed("\033[3;1Hthree");
        BitSet changed = t.emulator.snapshot().screen().changedRows();
        assertEquals(BitSet.valueOf(new long[] {0b100}), changed);
        assertEquals(0, t.emulator.snapshot().screen().changedRows().cardinality());
    }

    @Test
    void scrollingChangesEveryRowThatShowsOtherContent() {
        Term t = Term.of(10, 3).feed("a\r\nb\r\nc");
        t.emulator.snapshot();
        t.feed("\r\n");
        assertEquals(3, t.emulator.snapshot().screen().changedRows().cardinality());
    }

    @Test
    void snapshotIsACopyWithStylesCursorModesAndTitle() {
        Term t = Term.of(10, 2).feed("\033]2;t\007\033[?2004h\033[32mhi\033[?25l");
        TermSnapshot s = t.emulator.snapshot();
        t.feed("\033[Hxx");
        ScreenSnapshot screen = s.screen();
        assertEquals("hi", ScreenText.line(screen, 0));
        assertEquals(Colors.indexed(2), screen.fg(0, 0));
        assertEquals(0, screen.cursorRow());
        assertEquals(2, screen.cursorCol());
        assertFalse(screen.cursorVisible());
        assertTrue(s.modes().bracketedPaste());
        assertEquals("t", s.title());
        t.feed("\033[?2004l");
        assertTrue(s.modes().bracketedPaste());
    }

    @Test
    void rowVersionChangesWithTheRowOnly() {
        Term t = Term.of(10, 3).feed("a");
        long row0 = t.screen().rowVersion(0);
        long row1 = t.screen().rowVersion(1);
        t.feed("b");
        assertNotEquals(row0, t.screen().rowVersion(0));
        assertEquals(row1, t.screen().rowVersion(1));
    }

    @Test
    void versionChangesOnEveryVisibleChangeAndOnlyThen() {
        Term t = Term.of(10, 3);
        long v0 = t.emulator.version();
        assertEquals(v0, t.emulator.version());
        t.feed("a");
        long v1 = t.emulator.version();
        assertNotEquals(v0, v1);
        t.feed("\033[2;2H");
        long v2 = t.emulator.version();
        assertNotEquals(v1, v2);
        t.feed("\033]2;title\007");
        assertNotEquals(v2, t.emulator.version());
        long v3 = t.emulator.version();
        t.feed("\033[?2004h");
        assertEquals(v3, t.emulator.version());
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.term;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grove.term.screen.Colors;
import dev.grove.term.screen.Screen;
import org.junit.jupiter.api.Test;

/** The scrollback ring and resizing with reflow. */
class ScrollbackTest {
    @Test
    void theRingKeepsTheNewestLinesUpToItsLimit() {
        Term t = Term.withScrollback(6, 2, 3);
        for (int i = 1; i <= 10; i++) {
            t.feed("line" + i + "\r\n");
        }
        t.expect("line10", 1, 0).expectHistory("line7", "line8", "line9");
    }

    @Test
    void zeroScrollbackKeepsNothing() {
        Term.withScrollback(6, 2, 0).feed("a\r\nb\r\nc\r\nd").expect("c\nd", 1, 1).expectHistory();
    }

    @Test
    void scrollbackKeepsStylesLinksAndWideCharacters() {
        Term t = Term.withScrollback(10, 1, 5).feed("\033[31ma\033[m\033]8;;u\007中\033]8;;\007e\u0301\r\n");
        t.expectHistory("a中é");
        assertEquals(Colors.indexed(1), t.screen().fg(-1, 0));
        assertEquals(Colors.DEFAULT, t.screen().fg(-1, 1));
        assertEquals("u", t.screen().hyperlink(-1, 1));
        assertEquals(-1, t.screen().codePoint(-1, 2));
    }

    @Test
    void compactStorageForPlainText() {
        Term t = Term.withScrollback(80, 2, 1000);
        String line = "x".repeat(80);
        for (int i = 0; i < 1002; i++) {
            t.feed(line);
        }
        long bytes = ((Screen) t.screen()).historyFootprint();
        assertEquals(1000, t.screen().historySize());
        assertTrue(bytes < 1000 * 200, "history of 1000 plain lines takes " + bytes + " bytes");
    }

    @Test
    void narrowingReflowsSoftWrappedText() {
        Term t = Term.withScrollback(10, 3, 10).feed("0123456789abcd\r\nxy");
        t.expect("0123456789\nabcd\nxy", 2, 2);
        t.emulator.resize(5, 3);
        t.expect("56789\nabcd\nxy", 2, 2).expectHistory("01234");
    }

    @Test
    void wideningJoinsSoftWrappedRowsButNotHardOnes() {
        Term t = Term.withScrollback(5, 4, 10).feed("0123456789\r\nab\r\ncd");
        t.expect("01234\n56789\nab\ncd", 3, 2);
        t.emulator.resize(12, 4);
        t.expect("0123456789\nab\ncd", 2, 2);
    }

    @Test
    void theCursorStaysOnItsCharacter() {
        Term t = Term.withScrollback(10, 4, 10).feed("abcdefghijKLM\033[2;2H");
        t.emulator.resize(4, 4);
        assertEquals('L', t.screen().codePoint(t.screen().cursorRow(), t.screen().cursorCol()));
    }

    @Test
    void growingTallerBringsLinesBackFromTheScrollback() {
        Term t = Term.withScrollback(4, 2, 10).feed("1\r\n2\r\n3\r\n4");
        t.emulator.resize(4, 4);
        t.expect("1\n2\n3\n4", 3, 1).expectHistory();
    }

    @Test
    void shrinkingPushesLinesAboveTheCursorIntoTheScrollback() {
        Term t = Term.withScrollback(4, 4, 10).feed("1\r\n2\r\n3\r\n4");
        t.emulator.resize(4, 2);
        t.expect("3\n4", 1, 1).expectHistory("1", "2");
    }

    @Test
    void wideCharactersNeverSplitWhenReflowing() {
        Term t = Term.withScrollback(6, 3, 10).feed("ab中中");
        t.emulator.resize(3, 3);
        t.expect("ab\n中\n中", 2, 0).expectHistory();
    }

    @Test
    void aRowThatWrappedEarlyForAWideCharacterRejoinsWithoutAGap() {
        Term t = Term.of(4, 3).feed("abc中d");
        t.expect("abc\n中d", 1, 3);
        t.emulator.resize(10, 3);
        t.expect("abc中d", 0, 6);
        Term back = Term.withScrollback(6, 3, 10).feed("ab中中");
        back.emulator.resize(3, 3);
        back.emulator.resize(6, 3);
        back.expect("ab中中", 0, 4);
    }

    @Test
    void alternateScreenIsCroppedNotReflowed() {
        Term t = Term.withScrollback(6, 3, 10).feed("\033[?1049h0123456789\033[3;1H");
        t.emulator.resize(4, 3);
        t.expect("0123\n6789", 2, 0).expectHistory();
    }

    @Test
    void resizeClampsTheCursorAndResetsMargins() {
        Term t = Term.of(10, 10).feed("\033[3;8r\033[10;10H");
        t.emulator.resize(5, 5);
        assertEquals(4, t.screen().cursorRow());
        assertEquals(4, t.screen().cursorCol());
        t.feed("\n\n").expect("", 4, 4);
    }
}

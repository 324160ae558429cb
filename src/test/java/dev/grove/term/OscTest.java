// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.term;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Operating system commands: titles, hyperlinks, clipboard writes, notifications, bells. */
class OscTest {
    @Test
    void titlesEndWithBelOrSt() {
        Term t = Term.of(10, 1).feed("\033]0;first\007");
        assertEquals("first", t.emulator.title());
        t.feed("\033]2;sécond\033\\");
        assertEquals("sécond", t.emulator.title());
        t.feed("\033]1;icon only\007");
        assertEquals("sécond", t.emulator.title());
    }

    @Test
    void titleStackPushAndPop() {
        Term t = Term.of(10, 1).feed("\033]2;one\007\033[22;0t\033]2;two\007");
        assertEquals("two", t.emulator.title());
        t.feed("\033[23;0t");
        assertEquals("one", t.emulator.title());
    }

    @Test
    void hyperlinksStayOnTheirCells() {
        Term t = Term.of(20, 1).feed("a\033]8;id=1;https://grove.dev/x\033\\link\033]8;;\033\\b");
        t.expect("alinkb", 0, 6);
        assertNull(t.screen().hyperlink(0, 0));
        assertEquals("https://grove.dev/x", t.screen().hyperlink(0, 1));
        assertEquals("https://grove.dev/x", t.screen().hyperlink(0, 4));
        assertNull(t.screen().hyperlink(0, 5));
    }

    @Test
    void clipboardWritesAreRecordedNotAnswered() {
        Term t = Term.of(10, 1).feed("\033]52;c;aGVsbG8=\007\033]52;;d29ybGQ=\033\\\033]52;c;?\007\033]52;c;!!!\007");
        List<ClipboardWrite> writes = t.emulator.takeClipboardWrites();
        assertEquals(2, writes.size());
        assertEquals("c", writes.get(0).selection());
        assertArrayEquals("hello".getBytes(StandardCharsets.UTF_8), writes.get(0).data());
        assertArrayEquals("world".getBytes(StandardCharsets.UTF_8), writes.get(1).data());
        assertTrue(t.emulator.takeClipboardWrites().isEmpty());
        assertEquals("", t.takeReplies());
    }

    @Test
    void notificationsAndBells() {
        Term t = Term.of(10, 1).feed("\033]9;build done\007\033]9;4;1;50\007\033]777;notify;grove;tests passed\007\007\007");
        assertEquals(List.of("build done", "tests passed"), t.emulator.takeNotifications());
        assertEquals(2, t.emulator.takeBells());
        assertEquals(0, t.emulator.takeBells());
    }

    @Test
    void anOscDoesNotPrintAndCanBeCancelled() {
        Term.of(10, 1).feed("a\033]0;x\030b\033]2;y\033[31mc").expect("abc", 0, 3);
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.keys;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.grove.term.TermModes.MouseEncoding;
import dev.grove.term.TermModes.MouseTracking;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyEncoderTest {

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static InputEvent.Key key(String clientBytes) {
        InputDecoder d = new InputDecoder();
        byte[] bytes = b(clientBytes);
        List<InputEvent> events = d.feed(bytes, 0, bytes.length);
        events.addAll(d.flushPending());
        assertEquals(1, events.size(), "one key from " + clientBytes.replace("\u001b", "ESC"));
        return (InputEvent.Key) events.get(0);
    }

    /** Asserts what the pane receives when the client sends {@code client}. */
    private static void assertSent(String expected, String client, TestModes modes) {
        String got = new String(KeyEncoder.encode(key(client), modes), StandardCharsets.UTF_8);
        assertEquals(expected.replace("\u001b", "ESC"), got.replace("\u001b", "ESC"),
                "pane bytes for client " + client.replace("\u001b", "ESC"));
    }

    @Test
    void plainKeysGoThroughUnchanged() {
        TestModes plain = new TestModes();
        for (String k : List.of("a", "é", "😀", "\u0002", "\u001bx", "\r", "\t", "\u007f", "\u001b[15~", "\u001b[1;5A",
                "\u001bOP", "\u001b[3~", "\u001b\u001b[D", "\u001b[?1;2c", "\u001b")) {
            assertSent(k, k, plain);
        }
    }

    @Test
    void cursorKeysFollowApplicationCursorMode() {
        assertSent("\u001b[A", "\u001bOA", new TestModes());
        assertSent("\u001bOA", "\u001b[A", new TestModes().appCursor());
        assertSent("\u001bOH", "\u001b[H", new TestModes().appCursor());
        assertSent("\u001b[1;5A", "\u001b[1;5A", new TestModes().appCursor());
    }

    @Test
    void newlineModeSendsCrLf() {
        assertSent("\r\n", "\r", new TestModes().newline());
    }

    @Test
    void kittyDisambiguateKeepsShiftEnterAndCtrlKeysDistinct() {
        TestModes kitty = new TestModes().kitty(1);
        assertSent("\u001b[13;2u", "\u001b[13;2u", kitty);
        assertSent("\u001b[13;5u", "\u001b[27;5;13~", kitty);
        assertSent("\u001b[27u", "\u001b", kitty);
        assertSent("\u001b[98;5u", "\u0002", kitty);
        assertSent("\u001b[120;3u", "\u001bx", kitty);
        assertSent("\u001b[9;2u", "\u001b[Z", kitty);
        assertSent("\u001b[1;5A", "\u001b[1;5A", kitty);
        assertSent("a", "a", kitty);
        assertSent("A", "A", kitty);
        assertSent("é", "é", kitty);
        assertSent("\r", "\r", kitty);
        assertSent("\u001b[A", "\u001b[A", kitty);
    }

    @Test
    void kittyAllKeysAsEscapeCodes() {
        TestModes all = new TestModes().kitty(1 | 8);
        assertSent("\u001b[97u", "a", all);
        assertSent("\u001b[97;2u", "A", all);
        assertSent("\u001b[13u", "\r", all);
        assertSent("\u001b[A", "\u001bOA", all);
        assertSent("\u001b[13~", "\u001bOR", all);
        assertSent("\u001b[97;1;97u", "a", new TestModes().kitty(1 | 8 | 16));
    }

    @Test
    void modifyOtherKeys() {
        TestModes one = new TestModes().modifyOtherKeys(1);
        assertSent("\u001b[27;2;13~", "\u001b[13;2u", one);
        assertSent("\u001b[27;5;13~", "\u001b[13;5u", one);
        assertSent("\u0002", "\u0002", one);
        assertSent("\u001b[27;5;49~", "\u001b[49;5u", one);
        assertSent("\u001bx", "\u001bx", one);
        assertSent("\u001b[Z", "\u001b[Z", one);
        TestModes two = new TestModes().modifyOtherKeys(2);
        assertSent("\u001b[27;5;98~", "\u0002", two);
        assertSent("\u001b[27;3;120~", "\u001bx", two);
        assertSent("A", "A", two);
    }

    @Test
    void extendedClientFormsBecomeLegacyForPlainPanes() {
        TestModes plain = new TestModes();
        assertSent("\u0002", "\u001b[98;5u", plain);
        assertSent("\r", "\u001b[13;2u", plain);
        assertSent("\u001b", "\u001b[27u", plain);
        assertSent("\u001bx", "\u001b[120;3u", plain);
        assertSent("\u0001", "\u001b[97;6u", plain);
        assertSent("\u001b[1;5A", "\u001b[1;5A", plain);
        assertSent("1", "\u001b[57400u", plain);
    }

    @Test
    void keypadInApplicationMode() {
        assertSent("\u001bOq", "\u001b[57400u", new TestModes().appKeypad());
        assertSent("\u001bOM", "\u001b[57414u", new TestModes().appKeypad());
    }

    @Test
    void keysMadeByGroveHaveLegacyBytes() {
        InputEvent.Key prefix = Bindings.defaults().prefixKey();
        assertArrayEquals(new byte[] {2}, prefix.raw());
        assertArrayEquals(b("\u001b[98;5u"), KeyEncoder.encode(prefix, new TestModes().kitty(1)));
        InputEvent.Key up = KeySpec.parse("Up").toKey();
        assertArrayEquals(b("\u001bOA"), KeyEncoder.encode(up, new TestModes().appCursor()));
    }

    @Test
    void pasteIsBracketedOnlyWhenAskedAndCannotBreakOut() {
        byte[] text = b("echo hi\r\u001b[201~rm -rf /\r😀".repeat(300));
        assertArrayEquals(text, KeyEncoder.encodePaste(text, new TestModes()));
        byte[] wrapped = KeyEncoder.encodePaste(text, new TestModes().paste());
        String expected = "\u001b[200~" + "echo hi\rrm -rf /\r😀".repeat(300) + "\u001b[201~";
        assertArrayEquals(b(expected), wrapped);
    }

    @Test
    void mouseFollowsTrackingModeAndEncoding() {
        InputEvent.Mouse press = new InputEvent.Mouse(MouseAction.PRESS, 0, 5, 10, 0);
        InputEvent.Mouse release = new InputEvent.Mouse(MouseAction.RELEASE, 2, 5, 10, 0);
        InputEvent.Mouse drag = new InputEvent.Mouse(MouseAction.DRAG, 0, 5, 10, Modifiers.CTRL);
        InputEvent.Mouse move = new InputEvent.Mouse(MouseAction.MOVE, 3, 5, 10, 0);
        InputEvent.Mouse wheel = new InputEvent.Mouse(MouseAction.WHEEL_DOWN, 0, 5, 10, 0);
        TestModes off = new TestModes();
        assertNull(KeyEncoder.encodeMouse(press, 1, 2, off));
        TestModes sgr = new TestModes().mouse(MouseTracking.NORMAL, MouseEncoding.SGR);
        assertMouse("\u001b[<0;9;5M", press, sgr);
        assertMouse("\u001b[<2;9;5m", release, sgr);
        assertMouse("\u001b[<65;9;5M", wheel, sgr);
        assertNull(KeyEncoder.encodeMouse(drag, 1, 2, sgr));
        TestModes buttons = new TestModes().mouse(MouseTracking.BUTTON_EVENT, MouseEncoding.SGR);
        assertMouse("\u001b[<48;9;5M", drag, buttons);
        assertNull(KeyEncoder.encodeMouse(move, 1, 2, buttons));
        assertMouse("\u001b[<35;9;5M", move, new TestModes().mouse(MouseTracking.ANY_EVENT, MouseEncoding.SGR));
        TestModes x10bytes = new TestModes().mouse(MouseTracking.NORMAL, MouseEncoding.DEFAULT);
        assertMouse("\u001b[M" + (char) 32 + (char) 41 + (char) 37, press, x10bytes);
        assertMouse("\u001b[M" + (char) 35 + (char) 41 + (char) 37, release, x10bytes);
        assertMouse("\u001b[32;9;5M", press, new TestModes().mouse(MouseTracking.NORMAL, MouseEncoding.URXVT));
        assertNull(KeyEncoder.encodeMouse(release, 1, 2, new TestModes().mouse(MouseTracking.X10, MouseEncoding.SGR)));
    }

    @Test
    void utf8MouseEncodingCarriesLargeCoordinates() {
        InputEvent.Mouse far = new InputEvent.Mouse(MouseAction.PRESS, 0, 0, 300, 0);
        byte[] got = KeyEncoder.encodeMouse(far, 0, 0, new TestModes().mouse(MouseTracking.NORMAL, MouseEncoding.UTF8));
        assertEquals("\u001b[M" + (char) 32 + (char) 333 + (char) 33, new String(got, StandardCharsets.UTF_8));
    }

    @Test
    void wheelBecomesCursorKeysUnderAlternateScroll() {
        InputEvent.Mouse up = new InputEvent.Mouse(MouseAction.WHEEL_UP, 0, 5, 10, 0);
        assertMouse("\u001b[A\u001b[A\u001b[A", up, new TestModes().alternateScrollOnAltScreen());
        assertNull(KeyEncoder.encodeMouse(up, 0, 0, new TestModes()));
    }

    private static void assertMouse(String expected, InputEvent.Mouse m, TestModes modes) {
        byte[] got = KeyEncoder.encodeMouse(m, 1, 2, modes);
        assertEquals(expected.replace("\u001b", "ESC"), new String(got, StandardCharsets.ISO_8859_1).replace("\u001b", "ESC"));
    }

    @Test
    void focusOnlyWhenEnabled() {
        assertNull(KeyEncoder.encodeFocus(true, new TestModes()));
        assertArrayEquals(b("\u001b[I"), KeyEncoder.encodeFocus(true, new TestModes().focus()));
        assertArrayEquals(b("\u001b[O"), KeyEncoder.encodeFocus(false, new TestModes().focus()));
    }
}

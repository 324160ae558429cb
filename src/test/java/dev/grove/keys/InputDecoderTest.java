// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.keys;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class InputDecoderTest {
    private final InputDecoder decoder = new InputDecoder();

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private List<InputEvent> feed(String s) {
        byte[] bytes = b(s);
        return decoder.feed(bytes, 0, bytes.length);
    }

    private InputEvent.Key onlyKey(String s) {
        List<InputEvent> events = feed(s);
        assertEquals(1, events.size(), () -> "events of " + s.replace("\u001b", "ESC") + ": " + events);
        return assertInstanceOf(InputEvent.Key.class, events.get(0));
    }

    private void assertKey(String input, KeyCode code, int cp, int mods) {
        InputEvent.Key k = onlyKey(input);
        assertEquals(code, k.code(), "code of " + input.replace("\u001b", "ESC"));
        assertEquals(cp, k.codePoint(), "code point of " + input.replace("\u001b", "ESC"));
        assertEquals(mods, k.modifiers(), "modifiers of " + input.replace("\u001b", "ESC"));
        assertArrayEquals(b(input), k.raw(), "raw bytes of " + input.replace("\u001b", "ESC"));
        assertFalse(decoder.hasPending());
    }

    @Test
    void plainCharactersAndControlKeys() {
        assertKey("a", KeyCode.CHAR, 'a', 0);
        assertKey("A", KeyCode.CHAR, 'A', 0);
        assertKey("\u0002", KeyCode.CHAR, 'b', Modifiers.CTRL);
        assertKey("\r", KeyCode.ENTER, 0, 0);
        assertKey("\t", KeyCode.TAB, 0, 0);
        assertKey("\u007f", KeyCode.BACKSPACE, 0, 0);
        assertKey("\u0008", KeyCode.BACKSPACE, 0, Modifiers.CTRL);
        assertKey("\u0000", KeyCode.CHAR, ' ', Modifiers.CTRL);
        assertKey("\u001f", KeyCode.CHAR, '_', Modifiers.CTRL);
    }

    @Test
    void multiByteUtf8IsOneKeyWithExactBytes() {
        assertKey("é", KeyCode.CHAR, 'é', 0);
        assertKey("€", KeyCode.CHAR, '€', 0);
        assertKey("😀", KeyCode.CHAR, 0x1F600, 0);
    }

    @Test
    void utf8SplitAcrossReadsWaitsForTheRest() {
        byte[] emoji = b("😀");
        assertTrue(decoder.feed(emoji, 0, 2).isEmpty());
        assertTrue(decoder.hasPending());
        List<InputEvent> events = decoder.feed(emoji, 2, 2);
        InputEvent.Key k = assertInstanceOf(InputEvent.Key.class, events.get(0));
        assertEquals(0x1F600, k.codePoint());
        assertArrayEquals(emoji, k.raw());
    }

    @Test
    void invalidUtf8BytesPassAsUnknownKeys() {
        byte[] bad = {(byte) 0xff, (byte) 0xc3, 'a'};
        List<InputEvent> events = decoder.feed(bad, 0, bad.length);
        assertEquals(3, events.size());
        assertEquals(KeyCode.UNKNOWN, ((InputEvent.Key) events.get(0)).code());
        assertArrayEquals(new byte[] {(byte) 0xff}, ((InputEvent.Key) events.get(0)).raw());
        assertArrayEquals(new byte[] {(byte) 0xc3}, ((InputEvent.Key) events.get(1)).raw());
        assertEquals('a', ((InputEvent.Key) events.get(2)).codePoint());
    }

    @Test
    void cursorAndFunctionKeysWithModifiers() {
        assertKey("\u001b[A", KeyCode.UP, 0, 0);
        assertKey("\u001bOB", KeyCode.DOWN, 0, 0);
        assertKey("\u001b[1;5C", KeyCode.RIGHT, 0, Modifiers.CTRL);
        assertKey("\u001b[1;3D", KeyCode.LEFT, 0, Modifiers.ALT);
        assertKey("\u001b\u001b[D", KeyCode.LEFT, 0, Modifiers.ALT);
        assertKey("\u001b[1;2H", KeyCode.HOME, 0, Modifiers.SHIFT);
        assertKey("\u001b[3~", KeyCode.DELETE, 0, 0);
        assertKey("\u001b[5;2~", KeyCode.PAGE_UP, 0, Modifiers.SHIFT);
        assertKey("\u001b[6~", KeyCode.PAGE_DOWN, 0, 0);
        assertKey("\u001bOP", KeyCode.F1, 0, 0);
        assertKey("\u001b[15~", KeyCode.F5, 0, 0);
        assertKey("\u001b[24;6~", KeyCode.F12, 0, Modifiers.CTRL | Modifiers.SHIFT);
        assertKey("\u001b[Z", KeyCode.TAB, 0, Modifiers.SHIFT);
    }

    @Test
    void altIsAnEscapePrefix() {
        assertKey("\u001bx", KeyCode.CHAR, 'x', Modifiers.ALT);
        assertKey("\u001b1", KeyCode.CHAR, '1', Modifiers.ALT);
        assertKey("\u001bé", KeyCode.CHAR, 'é', Modifiers.ALT);
        assertKey("\u001b\u0002", KeyCode.CHAR, 'b', Modifiers.ALT | Modifiers.CTRL);
        assertKey("\u001b\r", KeyCode.ENTER, 0, Modifiers.ALT);
    }

    @Test
    void loneEscapeIsHeldUntilFlushed() {
        assertTrue(feed("\u001b").isEmpty());
        assertTrue(decoder.hasPending());
        List<InputEvent> flushed = decoder.flushPending();
        assertEquals(1, flushed.size());
        InputEvent.Key k = (InputEvent.Key) flushed.get(0);
        assertEquals(KeyCode.ESCAPE, k.code());
        assertArrayEquals(new byte[] {0x1b}, k.raw());
        assertFalse(decoder.hasPending());
    }

    @Test
    void sequenceSplitAcrossReadsIsJoined() {
        assertTrue(feed("\u001b[").isEmpty());
        assertTrue(feed("1;5").isEmpty());
        InputEvent.Key k = onlyKey("A");
        assertEquals(KeyCode.UP, k.code());
        assertEquals(Modifiers.CTRL, k.modifiers());
        assertArrayEquals(b("\u001b[1;5A"), k.raw());
    }

    @Test
    void flushResolvesIncompletePrefixes() {
        feed("\u001b[");
        InputEvent.Key altBracket = (InputEvent.Key) decoder.flushPending().get(0);
        assertEquals('[', altBracket.codePoint());
        assertEquals(Modifiers.ALT, altBracket.modifiers());
        feed("\u001b\u001b");
        List<InputEvent> two = decoder.flushPending();
        assertEquals(2, two.size());
        assertEquals(KeyCode.ESCAPE, ((InputEvent.Key) two.get(1)).code());
        feed("\u001b[12;");
        InputEvent.Key partial = (InputEvent.Key) decoder.flushPending().get(0);
        assertEquals(KeyCode.UNKNOWN, partial.code());
        assertArrayEquals(b("\u001b[12;"), partial.raw());
    }

    @Test
    void kittyKeyboardProtocol() {
        assertKey("\u001b[98;5u", KeyCode.CHAR, 'b', Modifiers.CTRL);
        assertKey("\u001b[13;2u", KeyCode.ENTER, 0, Modifiers.SHIFT);
        assertKey("\u001b[13;5u", KeyCode.ENTER, 0, Modifiers.CTRL);
        assertKey("\u001b[27u", KeyCode.ESCAPE, 0, 0);
        assertKey("\u001b[57400u", KeyCode.CHAR, '1', 0);
        assertKey("\u001b[98;133u", KeyCode.CHAR, 'b', Modifiers.CTRL);
        assertTrue(feed("\u001b[97;1:3u").isEmpty(), "key releases are dropped");
    }

    @Test
    void modifyOtherKeysForms() {
        assertKey("\u001b[27;2;13~", KeyCode.ENTER, 0, Modifiers.SHIFT);
        assertKey("\u001b[27;5;49~", KeyCode.CHAR, '1', Modifiers.CTRL);
    }

    @Test
    void bracketedPasteIsOneEvent() {
        List<InputEvent> events = feed("x\u001b[200~hello\r\nworld\u001b[201~y");
        assertEquals(3, events.size());
        InputEvent.Paste p = assertInstanceOf(InputEvent.Paste.class, events.get(1));
        assertArrayEquals(b("hello\r\nworld"), p.text());
        assertEquals('y', ((InputEvent.Key) events.get(2)).codePoint());
    }

    @Test
    void largePasteSplitAnywhereArrivesWholeAndExact() {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        Random random = new Random(7);
        while (text.size() < 12_000) {
            text.writeBytes(b(random.nextInt(10) == 0 ? "\u001b[20x é😀\r\n" : "line of pasted text "));
        }
        byte[] stream = concat(b("\u001b[200~"), text.toByteArray(), b("\u001b[201~"));
        for (int seed = 0; seed < 20; seed++) {
            InputDecoder d = new InputDecoder();
            List<InputEvent> events = feedInRandomPieces(d, stream, new Random(seed));
            assertEquals(1, events.size(), "one paste for seed " + seed);
            assertArrayEquals(text.toByteArray(), ((InputEvent.Paste) events.get(0)).text());
        }
    }

    @Test
    void flushDoesNotCutAPasteShort() {
        feed("\u001b[200~abc\u001b");
        assertTrue(decoder.inPaste());
        assertFalse(decoder.hasPending());
        assertTrue(decoder.flushPending().isEmpty());
        List<InputEvent> events = feed("[201~");
        assertArrayEquals(b("abc"), ((InputEvent.Paste) events.get(0)).text());
    }

    @Test
    void sgrMouse() {
        assertMouse("\u001b[<0;10;5M", MouseAction.PRESS, 0, 4, 9, 0);
        assertMouse("\u001b[<0;10;5m", MouseAction.RELEASE, 0, 4, 9, 0);
        assertMouse("\u001b[<2;1;1M", MouseAction.PRESS, 2, 0, 0, 0);
        assertMouse("\u001b[<32;11;5M", MouseAction.DRAG, 0, 4, 10, 0);
        assertMouse("\u001b[<35;1;1M", MouseAction.MOVE, 3, 0, 0, 0);
        assertMouse("\u001b[<64;3;4M", MouseAction.WHEEL_UP, 0, 3, 2, 0);
        assertMouse("\u001b[<65;3;4M", MouseAction.WHEEL_DOWN, 0, 3, 2, 0);
        assertMouse("\u001b[<20;1;1M", MouseAction.PRESS, 0, 0, 0, Modifiers.CTRL | Modifiers.SHIFT);
    }

    @Test
    void x10AndUrxvtMouse() {
        assertMouse("\u001b[M" + (char) 32 + (char) 42 + (char) 37, MouseAction.PRESS, 0, 4, 9, 0);
        assertMouse("\u001b[M" + (char) 35 + (char) 42 + (char) 37, MouseAction.RELEASE, 3, 4, 9, 0);
        assertMouse("\u001b[32;10;5M", MouseAction.PRESS, 0, 4, 9, 0);
    }

    private void assertMouse(String input, MouseAction action, int button, int row, int col, int mods) {
        List<InputEvent> events = feed(input);
        assertEquals(List.of(new InputEvent.Mouse(action, button, row, col, mods)), events, input.replace("\u001b", "ESC"));
    }

    @Test
    void focusEvents() {
        assertEquals(List.of(new InputEvent.Focus(true), new InputEvent.Focus(false)), feed("\u001b[I\u001b[O"));
    }

    @Test
    void unknownSequencesKeepTheirBytes() {
        assertKey("\u001b[?1;2c", KeyCode.UNKNOWN, 0, 0);
        assertKey("\u001b[E", KeyCode.UNKNOWN, 0, 0);
    }

    @Test
    void overlongUnterminatedSequenceIsPassedOn() {
        List<InputEvent> events = feed("\u001b[" + "1;".repeat(80));
        assertEquals(KeyCode.UNKNOWN, ((InputEvent.Key) events.get(0)).code());
        assertFalse(decoder.hasPending());
    }

    @Test
    void byteByByteGivesTheSameEventsAsOneRead() {
        String mixed = "ab\u001b[1;5A\u001b[<0;3;4M😀\u001b[200~p\u001b[201~\u001bx\u001b[98;5u\u001b[15~\u0002";
        byte[] bytes = b(mixed);
        List<InputEvent> whole = new InputDecoder().feed(bytes, 0, bytes.length);
        InputDecoder d = new InputDecoder();
        List<InputEvent> pieces = new ArrayList<>();
        for (int i = 0; i < bytes.length; i++) {
            pieces.addAll(d.feed(bytes, i, 1));
        }
        assertEquals(describe(whole), describe(pieces));
        assertEquals(10, whole.size());
    }

    private static List<String> describe(List<InputEvent> events) {
        List<String> out = new ArrayList<>();
        for (InputEvent e : events) {
            if (e instanceof InputEvent.Key) {
                InputEvent.Key k = (InputEvent.Key) e;
                out.add(k.code() + ":" + k.codePoint() + ":" + k.modifiers() + ":" + new String(k.raw(), StandardCharsets.UTF_8));
            } else if (e instanceof InputEvent.Paste) {
                out.add("paste:" + new String(((InputEvent.Paste) e).text(), StandardCharsets.UTF_8));
            } else {
                out.add(e.toString());
            }
        }
        return out;
    }

    private static List<InputEvent> feedInRandomPieces(InputDecoder d, byte[] stream, Random random) {
        List<InputEvent> events = new ArrayList<>();
        int i = 0;
        while (i < stream.length) {
            int n = Math.min(stream.length - i, 1 + random.nextInt(3000));
            events.addAll(d.feed(stream, i, n));
            i += n;
        }
        return events;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}

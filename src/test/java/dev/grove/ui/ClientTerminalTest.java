// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextColor;
import dev.grove.term.screen.Attrs;
import dev.grove.term.screen.Colors;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** grove's Lanterna terminal and its byte-level helpers. */
class ClientTerminalTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private String written() {
        String s = out.toString(StandardCharsets.UTF_8).replace("\u001b", "ESC");
        out.reset();
        return s;
    }

    @Test
    void sizeComesFromTheClientNotFromProbing() throws Exception {
        ClientTerminal t = new ClientTerminal(out, new ClientCaps(true, true), 132, 43);
        assertEquals(new TerminalSize(132, 43), t.getTerminalSize());
        assertEquals(0, out.size(), "nothing written to find the size");
        List<TerminalSize> seen = new ArrayList<>();
        t.addResizeListener((terminal, size) -> seen.add(size));
        t.resize(100, 30);
        assertEquals(new TerminalSize(100, 30), t.getTerminalSize());
        assertEquals(List.of(new TerminalSize(100, 30)), seen);
    }

    @Test
    void stringsAreEncodedWholeAndFlushedOnce() throws Exception {
        ClientTerminal t = new ClientTerminal(out, new ClientCaps(true, true), 80, 24);
        t.setCursorPosition(0, 0);
        t.putString("a😀e\u0301");
        t.putCharacter('\uD83D');
        t.putCharacter('\uDE80');
        assertEquals(0, out.size(), "nothing leaves before flush");
        t.flush();
        assertEquals("ESC[HESC[ma😀e\u0301🚀", written());
    }

    @Test
    void lanternaStylesBecomeShortSgrDeltas() throws Exception {
        ClientTerminal t = new ClientTerminal(out, new ClientCaps(false, false), 80, 24);
        t.setCursorPosition(0, 0);
        t.enableSGR(SGR.BOLD);
        t.setForegroundColor(new TextColor.RGB(255, 0, 0));
        t.putString("x");
        t.setForegroundColor(TextColor.ANSI.DEFAULT);
        t.putString("y");
        t.disableSGR(SGR.BOLD);
        t.putString("z");
        t.flush();
        assertEquals("ESC[HESC[0;1;38;5;196mxESC[39myESC[mz", written());
    }

    @Test
    void cursorMovesTakeTheShortestForm() {
        assertEquals("", move(5, 10, 5, 10));
        assertEquals("ESC[C", move(5, 10, 5, 11));
        assertEquals("ESC[4C", move(5, 10, 5, 14));
        assertEquals("ESC[2D", move(5, 10, 5, 8));
        assertEquals("\r", move(5, 10, 5, 0));
        assertEquals("\r\n", move(5, 10, 6, 0));
        assertEquals("ESC[A", move(5, 10, 4, 10));
        assertEquals("ESC[10;20H", move(-1, -1, 9, 19));
        assertEquals("ESC[H", move(-1, -1, 0, 0));
        assertEquals("ESC[40;2H", move(0, 70, 39, 1));
    }

    private static String move(int fromRow, int fromCol, int toRow, int toCol) {
        OutputBuffer b = new OutputBuffer();
        if (fromRow != toRow || fromCol != toCol) {
            CursorMoves.write(b, fromRow, fromCol, toRow, toCol, 50);
        }
        return new String(drain(b), StandardCharsets.US_ASCII).replace("\u001b", "ESC");
    }

    private static byte[] drain(OutputBuffer b) {
        ByteArrayOutputStream s = new ByteArrayOutputStream();
        int size = b.size();
        try {
            b.drainTo(s);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        byte[] bytes = s.toByteArray();
        assertEquals(size, bytes.length);
        return bytes;
    }

    @Test
    void sgrDeltaOrResetWhicheverIsShorter() {
        assertEquals("ESC[39m", sgr(new int[] {Attrs.BOLD, Colors.indexed(1), 0, 0}, new int[] {Attrs.BOLD, 0, 0, 0}));
        assertEquals("ESC[0;2m", sgr(new int[] {Attrs.BOLD, 0, 0, 0}, new int[] {Attrs.FAINT, 0, 0, 0}));
        assertEquals("ESC[2;23m", sgr(new int[] {Attrs.BOLD | Attrs.ITALIC, 0, 0, 0}, new int[] {Attrs.BOLD | Attrs.FAINT, 0, 0, 0}));
        assertEquals("ESC[m", sgr(new int[] {Attrs.BOLD | Attrs.ITALIC | Attrs.INVERSE, Colors.indexed(3), Colors.indexed(4), 0}, new int[4]));
        assertEquals("ESC[4:3;58;2;1;2;3m", sgr(new int[4], new int[] {Attrs.withUnderline(0, Attrs.UNDERLINE_CURLY), 0, 0, Colors.rgb(1, 2, 3)}));
        assertEquals("ESC[97;48;5;236m", sgr(new int[4], new int[] {0, Colors.indexed(15), Colors.indexed(236), 0}));
        assertEquals("ESC[38;2;1;2;3m", sgr(new int[4], new int[] {0, Colors.rgb(1, 2, 3), 0, 0}));
    }

    private static String sgr(int[] from, int[] to) {
        OutputBuffer b = new OutputBuffer();
        new SgrWriter(true).write(b, true, from, to);
        return new String(drain(b), StandardCharsets.US_ASCII).replace("\u001b", "ESC");
    }

    @Test
    void nearestPaletteColours() {
        assertEquals(196, Palette256.nearest(0xff0000));
        assertEquals(16, Palette256.nearest(0x000000));
        assertEquals(231, Palette256.nearest(0xffffff));
        assertEquals(244, Palette256.nearest(0x808080));
    }
}

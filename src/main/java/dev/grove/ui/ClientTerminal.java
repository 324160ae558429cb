// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.ui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import dev.grove.term.screen.Attrs;
import dev.grove.term.screen.Colors;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * grove's Lanterna terminal for one client: an ANSI terminal whose bytes collect in a buffer
 * and leave in one write per {@link #flush()}, whose size comes from the client's messages
 * (never probed), and which fixes Lanterna's stream terminal where it falls short: whole
 * strings are encoded as UTF-8 (emoji and combining marks survive), cursor moves take the
 * shortest form from the tracked position, SGR is written as the difference from the current
 * style, 24-bit colour is mapped to 256 colours for clients without true colour, and erases use
 * ECH/EL. Frames can be wrapped in synchronized output (mode 2026). Confined to one thread.
 */
final class ClientTerminal extends ANSITerminal implements CellSink {
    private static final int ESC = 0x1b;
    private static final int UNKNOWN = -1;
    /** Characters that would end or break an OSC sequence. */
    private static final Pattern CONTROLS = Pattern.compile("[\\x00-\\x1f\\x7f-\\x9f]");

    private final OutputBuffer buf;
    private final OutputStream out;
    private final ClientCaps caps;
    private final SgrWriter sgr;
    private int cols;
    private int rows;
    private int row = UNKNOWN;
    private int col = UNKNOWN;
    /** Style the terminal has: attrs, fg, bg, underline colour. */
    private final int[] current = new int[4];
    private boolean currentKnown;
    /** Style wanted for the next output. */
    private final int[] wanted = new int[4];
    /** 1 shown, 0 hidden, -1 unknown. */
    private int cursorShown = UNKNOWN;
    /** The OSC 8 hyperlink open on the terminal, or null. */
    private String openLink;
    private boolean inFrame;
    private int highSurrogate;

    ClientTerminal(OutputStream out, ClientCaps caps, int cols, int rows) {
        this(new OutputBuffer(), out, caps, cols, rows);
    }

    private ClientTerminal(OutputBuffer buf, OutputStream out, ClientCaps caps, int cols, int rows) {
        super(InputStream.nullInputStream(), buf, StandardCharsets.UTF_8);
        this.buf = buf;
        this.out = out;
        this.caps = caps;
        this.sgr = new SgrWriter(caps.trueColor());
        this.cols = Math.max(0, cols);
        this.rows = Math.max(0, rows);
    }

    /** The client's terminal changed size; Lanterna resize listeners are told. */
    void resize(int newCols, int newRows) {
        cols = Math.max(0, newCols);
        rows = Math.max(0, newRows);
        reset();
        onResized(new TerminalSize(cols, rows));
    }

    @Override
    protected TerminalSize findTerminalSize() {
        return new TerminalSize(cols, rows);
    }

    // ---- CellSink ----

    @Override
    public void reset() {
        row = UNKNOWN;
        col = UNKNOWN;
        currentKnown = false;
        cursorShown = UNKNOWN;
    }

    @Override
    public void beginFrame() {
        if (inFrame) {
            return;
        }
        inFrame = true;
        if (caps.synchronizedOutput()) {
            buf.ascii("\u001b[?2026h");
        }
    }

    @Override
    public void moveTo(int r, int c) {
        if (r == row && c == col) {
            return;
        }
        CursorMoves.write(buf, row, col, r, c, rows);
        row = r;
        col = c;
    }

    @Override
    public void style(int attrs, int fg, int bg, int underlineColor) {
        wanted[0] = attrs & ~Frame.WIDE;
        wanted[1] = fg;
        wanted[2] = bg;
        wanted[3] = underlineColor;
    }

    @Override
    public void link(String uri) {
        if (uri == null ? openLink == null : uri.equals(openLink)) {
            return;
        }
        buf.ascii("\u001b]8;;");
        if (uri != null) {
            buf.text(CONTROLS.matcher(uri).replaceAll(""));
        }
        buf.ascii("\u001b\\");
        openLink = uri;
    }

    @Override
    public void glyph(int codePoint, String marks, int width) {
        applyStyle();
        buf.codePoint(codePoint);
        if (marks != null) {
            buf.text(marks);
        }
        advance(width);
    }

    @Override
    public void eraseChars(int n) {
        applyStyle();
        buf.write(ESC);
        buf.write('[');
        if (n > 1) {
            buf.number(n);
        }
        buf.write('X');
    }

    @Override
    public void eraseToEndOfLine() {
        applyStyle();
        buf.ascii("\u001b[K");
    }

    @Override
    public int endFrame(int r, int c, boolean visible) {
        link(null);
        if (visible) {
            moveTo(r, c);
        }
        showCursor(visible);
        if (inFrame && caps.synchronizedOutput()) {
            buf.ascii("\u001b[?2026l");
        }
        inFrame = false;
        try {
            return buf.drainTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the client", e);
        }
    }

    private void showCursor(boolean show) {
        int want = show ? 1 : 0;
        if (cursorShown != want) {
            buf.ascii(show ? "\u001b[?25h" : "\u001b[?25l");
            cursorShown = want;
        }
    }

    private void applyStyle() {
        if (currentKnown && current[0] == wanted[0] && current[1] == wanted[1]
                && current[2] == wanted[2] && current[3] == wanted[3]) {
            return;
        }
        sgr.write(buf, currentKnown, current, wanted);
        System.arraycopy(wanted, 0, current, 0, 4);
        currentKnown = true;
    }

    /** After output {@code width} columns wide; at the right margin the terminal's wrap state makes the position unknown. */
    private void advance(int width) {
        if (col == UNKNOWN) {
            return;
        }
        col += width;
        if (col >= cols) {
            row = UNKNOWN;
            col = UNKNOWN;
        }
    }

    // ---- Lanterna Terminal ----

    @Override
    public void putCharacter(char c) {
        if (Character.isHighSurrogate(c)) {
            highSurrogate = c;
            return;
        }
        int cp = Character.isLowSurrogate(c) && highSurrogate != 0 ? Character.toCodePoint((char) highSurrogate, c) : c;
        highSurrogate = 0;
        putString(new String(Character.toChars(cp)));
    }

    @Override
    public void putString(String s) {
        applyStyle();
        buf.text(s);
        advance(TextWidth.of(s));
    }

    @Override
    public void setCursorPosition(int c, int r) {
        moveTo(r, c);
    }

    @Override
    public void setCursorPosition(TerminalPosition p) {
        moveTo(p.getRow(), p.getColumn());
    }

    @Override
    public synchronized TerminalPosition getCursorPosition() {
        return new TerminalPosition(Math.max(0, col), Math.max(0, row));
    }

    @Override
    public void setCursorVisible(boolean visible) {
        showCursor(visible);
    }

    @Override
    public void setForegroundColor(TextColor color) {
        wanted[1] = LanternaColors.toPacked(color);
    }

    @Override
    public void setBackgroundColor(TextColor color) {
        wanted[2] = LanternaColors.toPacked(color);
    }

    @Override
    public void enableSGR(SGR s) {
        wanted[0] |= LanternaColors.attrOf(s);
    }

    @Override
    public void disableSGR(SGR s) {
        int bits = LanternaColors.attrOf(s);
        wanted[0] = s == SGR.UNDERLINE ? Attrs.withUnderline(wanted[0], Attrs.UNDERLINE_NONE) : wanted[0] & ~bits;
    }

    @Override
    public void resetColorAndSGR() {
        style(0, Colors.DEFAULT, Colors.DEFAULT, Colors.DEFAULT);
    }

    @Override
    public void clearScreen() {
        applyStyle();
        buf.ascii("\u001b[H\u001b[2J");
        row = 0;
        col = 0;
    }

    @Override
    public void scrollLines(int firstLine, int lastLine, int distance) throws IOException {
        super.scrollLines(firstLine, lastLine, distance);
        row = UNKNOWN;
        col = UNKNOWN;
    }

    @Override
    public void enterPrivateMode() throws IOException {
        super.enterPrivateMode();
        reset();
    }

    @Override
    public void exitPrivateMode() throws IOException {
        super.exitPrivateMode();
        reset();
    }

    @Override
    public void flush() {
        try {
            buf.drainTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the client", e);
        }
    }
}

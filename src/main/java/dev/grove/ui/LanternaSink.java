// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.ui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.terminal.Terminal;
import dev.grove.term.screen.Attrs;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Sends frame changes to any Lanterna {@link Terminal} through its plain API, e.g. Lanterna's
 * virtual terminal in tests. Attributes Lanterna has no flag for (faint, hidden, overline,
 * underline styles and colours) are drawn without them; erases are written as spaces. Does not
 * count bytes. Confined to one thread.
 */
final class LanternaSink implements CellSink {
    private static final SGR[] FLAGS = {SGR.BOLD, SGR.ITALIC, SGR.UNDERLINE, SGR.BLINK, SGR.REVERSE, SGR.CROSSED_OUT};

    private final Terminal terminal;
    private final boolean trueColor;
    private int row;
    private int col;
    private int cols;
    private int attrs = -1;
    private int fg = -1;
    private int bg = -1;

    LanternaSink(Terminal terminal, ClientCaps caps, int cols) {
        this.terminal = terminal;
        this.trueColor = caps.trueColor();
        this.cols = cols;
    }

    void resize(int newCols) {
        cols = newCols;
        reset();
    }

    @Override
    public void reset() {
        attrs = -1;
        fg = -1;
        bg = -1;
    }

    @Override
    public void beginFrame() {
        // Lanterna's terminals have no synchronized output; every change is drawn directly.
    }

    @Override
    public void moveTo(int r, int c) {
        row = r;
        col = c;
        io(() -> terminal.setCursorPosition(c, r));
    }

    @Override
    public void style(int a, int f, int b, int underlineColor) {
        a &= ~Frame.WIDE;
        if (a == attrs && f == fg && b == bg) {
            return;
        }
        attrs = a;
        fg = f;
        bg = b;
        int flags = a;
        io(() -> {
            terminal.resetColorAndSGR();
            for (SGR s : FLAGS) {
                int bit = LanternaColors.attrOf(s);
                boolean on = s == SGR.UNDERLINE ? Attrs.underline(flags) != 0 : (flags & bit) != 0;
                if (on) {
                    terminal.enableSGR(s);
                }
            }
            terminal.setForegroundColor(LanternaColors.toLanterna(f, trueColor));
            terminal.setBackgroundColor(LanternaColors.toLanterna(b, trueColor));
        });
    }

    @Override
    public void link(String uri) {
        // Lanterna's terminals cannot show hyperlinks; the text is drawn without one.
    }

    @Override
    public void glyph(int codePoint, String marks, int width) {
        if (marks == null && codePoint < 0x10000) {
            io(() -> terminal.putCharacter((char) codePoint));
        } else {
            String s = new String(Character.toChars(codePoint)) + (marks == null ? "" : marks);
            io(() -> terminal.putString(s));
        }
        col += width;
    }

    @Override
    public void eraseChars(int n) {
        int r = row;
        int c = col;
        for (int i = 0; i < n && c + i < cols; i++) {
            io(() -> terminal.putCharacter(' '));
        }
        moveTo(r, c);
    }

    @Override
    public void eraseToEndOfLine() {
        eraseChars(cols - col);
    }

    @Override
    public int endFrame(int r, int c, boolean visible) {
        io(() -> {
            if (visible) {
                terminal.setCursorPosition(c, r);
            }
            terminal.setCursorVisible(visible);
            terminal.flush();
        });
        return 0;
    }

    /** A call on the terminal that may throw IOException. */
    private interface Io {
        void run() throws IOException;
    }

    private static void io(Io call) {
        try {
            call.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the terminal", e);
        }
    }
}

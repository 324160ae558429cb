// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.ui;

import static org.junit.jupiter.api.Assertions.fail;

import dev.grove.config.Theme;
import dev.grove.term.Emulator;
import dev.grove.term.ReplySink;
import dev.grove.term.screen.Attrs;
import dev.grove.term.screen.ScreenView;
import java.io.ByteArrayOutputStream;

/** A client view whose bytes are fed into grove's emulator, so tests can check what a real terminal would show. */
final class EmulatedClient {
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final Emulator terminal;
    final ClientView view;
    /** The bytes of the last render. */
    byte[] last = new byte[0];
    int writes;

    EmulatedClient(int cols, int rows, Theme theme, ClientCaps caps) {
        terminal = new Emulator(cols, rows, 0, ReplySink.NONE);
        view = new ClientView(theme, caps, cols, rows, new ByteArrayOutputStream() {
            @Override
            public void write(byte[] b, int off, int len) {
                writes++;
                out.write(b, off, len);
            }
        });
    }

    EmulatedClient(int cols, int rows) {
        this(cols, rows, Models.THEME, Models.CAPS);
    }

    /** Renders and feeds the bytes to the emulator; returns the byte count render reported. */
    int render(UiModel model) {
        int n = view.render(model);
        last = out.toByteArray();
        out.reset();
        terminal.feed(last);
        return n;
    }

    void resize(int cols, int rows) {
        view.resize(cols, rows);
        terminal.resize(cols, rows);
    }

    /** Fails unless every cell the emulator shows equals the frame the view composed. */
    void assertShowsFrame() {
        Frame f = view.lastFrame();
        ScreenView s = terminal.screen();
        for (int r = 0; r < f.rows; r++) {
            for (int c = 0; c < f.cols; c++) {
                int i = r * f.cols + c;
                int want = f.cp[i] == Frame.SPACER ? ScreenView.WIDE_SPACER : f.cp[i];
                int got = s.codePoint(r, c) == 0 ? ' ' : s.codePoint(r, c);
                String where = "cell " + r + "," + c + " of\n" + text(s);
                if (want != got) {
                    fail("code point " + Integer.toHexString(got) + " instead of " + Integer.toHexString(want) + " at " + where);
                }
                if (want == ScreenView.WIDE_SPACER) {
                    continue;
                }
                if (isPlainBlank(f, i)) {
                    check(f.bg[i], s.bg(r, c), "bg", where);
                    continue;
                }
                check((f.attrs[i] & ~Frame.WIDE), s.attrs(r, c), "attrs", where);
                check(f.fg[i], s.fg(r, c), "fg", where);
                check(f.bg[i], s.bg(r, c), "bg", where);
                String marks = s.combining(r, c);
                if (f.comb[i] == null ? marks != null : !f.comb[i].equals(marks)) {
                    fail("combining marks " + marks + " instead of " + f.comb[i] + " at " + where);
                }
            }
        }
    }

    /** A blank whose attributes do not show (an erase leaves only the background), so only its background matters. */
    private static boolean isPlainBlank(Frame f, int i) {
        int visible = Attrs.INVERSE | Attrs.UNDERLINE_MASK | Attrs.STRIKE | Attrs.OVERLINE;
        return f.cp[i] == ' ' && f.comb[i] == null && (f.attrs[i] & visible) == 0;
    }

    private static void check(int want, int got, String what, String where) {
        if (want != got) {
            fail(what + " " + Integer.toHexString(got) + " instead of " + Integer.toHexString(want) + " at " + where);
        }
    }

    static String text(ScreenView s) {
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < s.rows(); r++) {
            for (int c = 0; c < s.cols(); c++) {
                int cp = s.codePoint(r, c);
                if (cp != ScreenView.WIDE_SPACER) {
                    sb.appendCodePoint(cp == 0 ? ' ' : cp);
                }
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    String screenText() {
        return text(terminal.screen());
    }
}

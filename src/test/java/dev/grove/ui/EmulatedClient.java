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
import java.text.Normalizer;
import java.util.Objects;

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
                String problem = compare(f, r * f.cols + c, s, r, c);
                if (problem != null) {
                    fail(problem + " at cell " + r + "," + c + " of\n" + text(s));
                }
            }
        }
    }

    /** What differs between frame cell i and screen cell (r, c), or null. */
    private static String compare(Frame f, int i, ScreenView s, int r, int c) {
        int want = f.cp[i] == Frame.SPACER ? ScreenView.WIDE_SPACER : f.cp[i];
        int got = s.codePoint(r, c) == 0 ? ' ' : s.codePoint(r, c);
        if (want != got && (want < 0 || got < 0 || !sameText(want, f.comb[i], got, s.combining(r, c)))) {
            return "code point " + Integer.toHexString(got) + " instead of " + Integer.toHexString(want);
        }
        if (want == ScreenView.WIDE_SPACER) {
            return null;
        }
        if (f.bg[i] != s.bg(r, c)) {
            return "bg " + Integer.toHexString(s.bg(r, c)) + " instead of " + Integer.toHexString(f.bg[i]);
        }
        if (isPlainBlank(f, i)) {
            return null;
        }
        if ((f.attrs[i] & ~Frame.WIDE) != s.attrs(r, c)) {
            return "attrs " + Integer.toHexString(s.attrs(r, c)) + " instead of " + Integer.toHexString(f.attrs[i]);
        }
        if (f.fg[i] != s.fg(r, c)) {
            return "fg " + Integer.toHexString(s.fg(r, c)) + " instead of " + Integer.toHexString(f.fg[i]);
        }
        String link = f.link[i] == null ? null : f.link[i].replaceAll("[\\x00-\\x1f]", "");
        if (!Objects.equals(link, s.hyperlink(r, c))) {
            return "hyperlink " + s.hyperlink(r, c) + " instead of " + link;
        }
        if (!sameText(want, f.comb[i], got, s.combining(r, c))) {
            return "combining marks " + s.combining(r, c) + " instead of " + f.comb[i];
        }
        return null;
    }

    /** The same text once composed: like xterm, the emulator stores e + U+0301 as é. */
    private static boolean sameText(int wantBase, String wantMarks, int gotBase, String gotMarks) {
        String want = Normalizer.normalize(Character.toString(wantBase) + (wantMarks == null ? "" : wantMarks),
                Normalizer.Form.NFC);
        String got = Normalizer.normalize(Character.toString(gotBase) + (gotMarks == null ? "" : gotMarks),
                Normalizer.Form.NFC);
        return want.equals(got);
    }

    /** A blank whose attributes do not show (an erase leaves only the background), so only its background matters. */
    private static boolean isPlainBlank(Frame f, int i) {
        int visible = Attrs.INVERSE | Attrs.UNDERLINE_MASK | Attrs.STRIKE | Attrs.OVERLINE;
        return f.cp[i] == ' ' && f.comb[i] == null && f.link[i] == null && (f.attrs[i] & visible) == 0;
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

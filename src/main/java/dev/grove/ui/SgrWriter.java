// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.ui;

import dev.grove.term.screen.Attrs;
import dev.grove.term.screen.Colors;

/**
 * Writes the shortest SGR sequence that takes a terminal from one style to another: either the
 * changes alone ({@code 22;39}) or a reset followed by the whole new style ({@code 0;1;31}),
 * whichever is shorter. 24-bit colours are written as such for true-colour clients and as the
 * nearest of 256 otherwise. Keeps scratch buffers; confined to one thread.
 */
final class SgrWriter {
    private static final int BOLD_FAINT = Attrs.BOLD | Attrs.FAINT;
    /** Single attributes with their on and off codes (bold and faint share 22 and are handled apart). */
    private static final int[][] SIMPLE = {
        {Attrs.ITALIC, 3, 23}, {Attrs.BLINK, 5, 25}, {Attrs.INVERSE, 7, 27},
        {Attrs.HIDDEN, 8, 28}, {Attrs.STRIKE, 9, 29}, {Attrs.OVERLINE, 53, 55},
    };

    private final boolean trueColor;
    private final OutputBuffer delta = new OutputBuffer(64);
    private final OutputBuffer full = new OutputBuffer(64);

    SgrWriter(boolean trueColor) {
        this.trueColor = trueColor;
    }

    /**
     * Appends to {@code out} the sequence from style {@code from} to {@code to} (each
     * {attrs, fg, bg, underline colour}); {@code fromKnown} false means the current style is not
     * known, so a reset form is written. Writes nothing when the styles are the same.
     */
    void write(OutputBuffer out, boolean fromKnown, int[] from, int[] to) {
        full.truncate(0);
        full.write('0');
        params(full, 0, 0, 0, 0, to[0], to[1], to[2], to[3]);
        OutputBuffer best = full;
        if (fromKnown) {
            delta.truncate(0);
            params(delta, from[0], from[1], from[2], from[3], to[0], to[1], to[2], to[3]);
            if (delta.size() == 0) {
                return;
            }
            if (delta.size() < full.size()) {
                best = delta;
            }
        }
        out.write(0x1b);
        out.write('[');
        if (!(best == full && full.size() == 1)) {
            out.append(best, 0);
        }
        out.write('m');
    }

    private void params(OutputBuffer b, int a0, int f0, int b0, int u0, int a1, int f1, int b1, int u1) {
        int on = a1 & ~a0;
        if ((a0 & ~a1 & BOLD_FAINT) != 0) {
            sep(b).number(22);
            on |= a1 & BOLD_FAINT;
        }
        if ((on & Attrs.BOLD) != 0) {
            sep(b).number(1);
        }
        if ((on & Attrs.FAINT) != 0) {
            sep(b).number(2);
        }
        for (int[] s : SIMPLE) {
            if ((a0 & ~a1 & s[0]) != 0) {
                sep(b).number(s[2]);
            } else if ((on & s[0]) != 0) {
                sep(b).number(s[1]);
            }
        }
        int ul0 = Attrs.underline(a0);
        int ul1 = Attrs.underline(a1);
        if (ul1 != ul0) {
            if (ul1 == Attrs.UNDERLINE_NONE) {
                sep(b).number(24);
            } else if (ul1 == Attrs.UNDERLINE_SINGLE) {
                sep(b).number(4);
            } else {
                sep(b).number(4).write(':');
                b.number(ul1);
            }
        }
        if (f1 != f0) {
            color(sep(b), f1, 30, 90, 38, 39);
        }
        if (b1 != b0) {
            color(sep(b), b1, 40, 100, 48, 49);
        }
        if (u1 != u0) {
            color(sep(b), u1, -1, -1, 58, 59);
        }
    }

    private static OutputBuffer sep(OutputBuffer b) {
        if (b.size() > 0) {
            b.write(';');
        }
        return b;
    }

    private void color(OutputBuffer b, int color, int base, int bright, int extended, int reset) {
        int kind = Colors.kind(color);
        if (kind == Colors.KIND_RGB && trueColor) {
            int v = Colors.rgbValue(color);
            b.number(extended).ascii(";2;").number(v >> 16).write(';');
            b.number((v >> 8) & 0xff).write(';');
            b.number(v & 0xff);
            return;
        }
        if (kind == Colors.DEFAULT) {
            b.number(reset);
            return;
        }
        int index = kind == Colors.KIND_RGB ? Palette256.nearest(Colors.rgbValue(color)) : Colors.index(color);
        if (index < 8 && base > 0) {
            b.number(base + index);
        } else if (index < 16 && bright > 0) {
            b.number(bright + index - 8);
        } else {
            b.number(extended).ascii(";5;").number(index);
        }
    }
}

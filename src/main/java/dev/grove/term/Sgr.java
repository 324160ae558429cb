// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.term;

import dev.grove.term.parse.Params;
import dev.grove.term.screen.Attrs;
import dev.grove.term.screen.CellStyle;
import dev.grove.term.screen.Colors;
import dev.grove.term.screen.Screen;

/**
 * SGR ({@code CSI Pm m}): applies graphic rendition parameters to the screen's pen. Supports
 * bold, faint, italic, underline with styles ({@code 4:0}-{@code 4:5}, 21 double), blink,
 * inverse, hidden, strike, overline, 8/16 colours, 256 colours and 24-bit colours for
 * foreground, background and underline (58/59), in both the semicolon form
 * ({@code 38;5;n}, {@code 38;2;r;g;b}) and the colon form ({@code 38:5:n},
 * {@code 38:2::r:g:b}, {@code 38:2:r:g:b}). Unknown parameters are skipped.
 */
final class Sgr {
    private static final int FG = 0;
    private static final int BG = 1;
    private static final int UNDERLINE = 2;

    private Sgr() {}

    static void apply(Screen screen, Params params) {
        if (params.size() == 0) {
            reset(screen);
            return;
        }
        int i = 0;
        while (i < params.size()) {
            i = applyOne(screen, params, i);
        }
    }

    /** Applies the parameter at {@code i} (with its sub-parameters); returns the next index. */
    private static int applyOne(Screen screen, Params params, int i) {
        int p = params.get(i);
        int subs = params.subCount(i);
        long pen = screen.pen();
        int attrs = CellStyle.attrs(pen);
        switch (p) {
            case 0: reset(screen); break;
            case 1: attrs |= Attrs.BOLD; break;
            case 2: attrs |= Attrs.FAINT; break;
            case 3: attrs |= Attrs.ITALIC; break;
            case 4: attrs = Attrs.withUnderline(attrs, subs > 0 ? underlineStyle(params.get(i + 1)) : Attrs.UNDERLINE_SINGLE); break;
            case 5: case 6: attrs |= Attrs.BLINK; break;
            case 7: attrs |= Attrs.INVERSE; break;
            case 8: attrs |= Attrs.HIDDEN; break;
            case 9: attrs |= Attrs.STRIKE; break;
            case 21: attrs = Attrs.withUnderline(attrs, Attrs.UNDERLINE_DOUBLE); break;
            case 22: attrs &= ~(Attrs.BOLD | Attrs.FAINT); break;
            case 23: attrs &= ~Attrs.ITALIC; break;
            case 24: attrs = Attrs.withUnderline(attrs, Attrs.UNDERLINE_NONE); break;
            case 25: attrs &= ~Attrs.BLINK; break;
            case 27: attrs &= ~Attrs.INVERSE; break;
            case 28: attrs &= ~Attrs.HIDDEN; break;
            case 29: attrs &= ~Attrs.STRIKE; break;
            case 38: return extendedColor(screen, params, i, FG);
            case 39: pen = CellStyle.withFg(pen, Colors.DEFAULT); break;
            case 48: return extendedColor(screen, params, i, BG);
            case 49: pen = CellStyle.withBg(pen, Colors.DEFAULT); break;
            case 53: attrs |= Attrs.OVERLINE; break;
            case 55: attrs &= ~Attrs.OVERLINE; break;
            case 58: return extendedColor(screen, params, i, UNDERLINE);
            case 59: screen.setPenUnderlineColor(Colors.DEFAULT); break;
            default: pen = basicColor(pen, p); break;
        }
        if (p != 0) {
            screen.setPen(CellStyle.withAttrs(pen, attrs));
        }
        return i + 1 + subs;
    }

    private static void reset(Screen screen) {
        screen.setPen(CellStyle.withProtected(CellStyle.DEFAULT, CellStyle.isProtected(screen.pen())));
        screen.setPenUnderlineColor(Colors.DEFAULT);
    }

    private static int underlineStyle(int sub) {
        return sub <= Attrs.UNDERLINE_DASHED ? sub : Attrs.UNDERLINE_SINGLE;
    }

    private static long basicColor(long pen, int p) {
        if (p >= 30 && p <= 37) {
            return CellStyle.withFg(pen, Colors.indexed(p - 30));
        }
        if (p >= 40 && p <= 47) {
            return CellStyle.withBg(pen, Colors.indexed(p - 40));
        }
        if (p >= 90 && p <= 97) {
            return CellStyle.withFg(pen, Colors.indexed(p - 90 + 8));
        }
        if (p >= 100 && p <= 107) {
            return CellStyle.withBg(pen, Colors.indexed(p - 100 + 8));
        }
        return pen;
    }

    /**
     * 38/48/58 with either colon sub-parameters or the following semicolon parameters.
     * Returns the index after everything it consumed.
     */
    private static int extendedColor(Screen screen, Params params, int i, int target) {
        int subs = params.subCount(i);
        int color;
        int next;
        if (subs > 0) {
            color = colonColor(params, i + 1, subs);
            next = i + 1 + subs;
        } else {
            int kind = params.getOr(i + 1, -1);
            if (kind == 5 && i + 2 < params.size()) {
                color = Colors.indexed(params.get(i + 2));
                next = i + 3;
            } else if (kind == 2 && i + 4 < params.size()) {
                color = Colors.rgb(params.get(i + 2), params.get(i + 3), params.get(i + 4));
                next = i + 5;
            } else {
                return i + 2;
            }
        }
        if (color >= 0) {
            setColor(screen, target, color);
        }
        return next;
    }

    /** {@code 5:n}, {@code 2:r:g:b} or {@code 2:colorspace:r:g:b}; -1 when malformed. */
    private static int colonColor(Params params, int first, int count) {
        int kind = params.get(first);
        if (kind == 5 && count >= 2) {
            return Colors.indexed(params.get(first + 1));
        }
        if (kind == 2 && count >= 5) {
            return Colors.rgb(params.get(first + 2), params.get(first + 3), params.get(first + 4));
        }
        if (kind == 2 && count == 4) {
            return Colors.rgb(params.get(first + 1), params.get(first + 2), params.get(first + 3));
        }
        return -1;
    }

    private static void setColor(Screen screen, int target, int color) {
        long pen = screen.pen();
        if (target == FG) {
            screen.setPen(CellStyle.withFg(pen, color));
        } else if (target == BG) {
            screen.setPen(CellStyle.withBg(pen, color));
        } else {
            screen.setPenUnderlineColor(color);
        }
    }
}

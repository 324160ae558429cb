// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.ui;

import dev.grove.term.screen.Attrs;
import dev.grove.term.screen.Colors;

/**
 * Draws a line of text that may carry SGR sequences ({@code ESC [ ... m}), as {@code git diff
 * --color} and test runners print: colours (8, 16, 256 and 24-bit, in {@code ;} and {@code :}
 * forms) and attributes are applied over a base look; SGR 0, 39 and 49 return to the base.
 * Other escape sequences (cursor moves, OSC) and control characters are dropped; tabs expand
 * to the next multiple of 8 columns. Stateless.
 */
final class SgrText {
    private static final char ESC = 0x1b;

    private SgrText() {}

    /** Draws {@code line} at (row, col) up to {@code endCol}; returns the column after it. */
    static int draw(Frame f, int row, int col, int endCol, String line, Look base) {
        int[] style = {base.attrs(), base.fg(), base.bg()};
        int start = col;
        int i = 0;
        while (i < line.length() && col < endCol) {
            char ch = line.charAt(i);
            if (ch == ESC) {
                i = escape(line, i, style, base);
            } else if (ch == '\t') {
                int next = start + ((col - start) / 8 + 1) * 8;
                Look look = new Look(style[0], style[1], style[2]);
                while (col < next && col < endCol) {
                    f.set(row, col++, ' ', look);
                }
                i++;
            } else {
                int cp = line.codePointAt(i);
                int n = Character.charCount(cp);
                col = f.text(row, col, line.substring(i, i + n), endCol, new Look(style[0], style[1], style[2]));
                i += n;
            }
        }
        return col;
    }

    /** Skips the sequence at {@code i} (applying it when it is SGR); returns the index after it. */
    private static int escape(String s, int i, int[] style, Look base) {
        if (i + 1 >= s.length()) {
            return s.length();
        }
        char kind = s.charAt(i + 1);
        if (kind == '[') {
            int j = i + 2;
            while (j < s.length() && (s.charAt(j) < 0x40 || s.charAt(j) > 0x7e)) {
                j++;
            }
            if (j < s.length() && s.charAt(j) == 'm') {
                apply(s.substring(i + 2, j), style, base);
            }
            return Math.min(s.length(), j + 1);
        }
        if (kind == ']' || kind == 'P' || kind == '_') {
            int bel = s.indexOf('\u0007', i + 2);
            int st = s.indexOf("\u001b\\", i + 2);
            int end = bel < 0 ? st : st < 0 ? bel : Math.min(bel, st);
            return end < 0 ? s.length() : end + (end == st ? 2 : 1);
        }
        return i + 2;
    }

    /** Applies one SGR parameter string to {@code style} = {attrs, fg, bg}. */
    static void apply(String params, int[] style, Look base) {
        String[] ps = params.isEmpty() ? new String[] {"0"} : params.split(";", -1);
        for (int k = 0; k < ps.length; k++) {
            String[] sub = ps[k].split(":", -1);
            int p = number(sub[0]);
            if (p == 38 || p == 48 || p == 58) {
                int[] color = new int[1];
                k += extendedColor(ps, k, sub, color);
                if (p == 38) {
                    style[1] = color[0];
                } else if (p == 48) {
                    style[2] = color[0];
                }
            } else {
                simple(p, sub.length > 1 ? number(sub[1]) : -1, style, base);
            }
        }
    }

    /** Reads {@code 38;5;n}, {@code 38;2;r;g;b} or their colon forms; returns how many extra {@code ;} parameters it used. */
    private static int extendedColor(String[] ps, int k, String[] sub, int[] out) {
        if (sub.length > 1) {
            int mode = number(sub[1]);
            if (mode == 5 && sub.length > 2) {
                out[0] = Colors.indexed(number(sub[2]));
            } else if (mode == 2 && sub.length >= 5) {
                int o = sub.length >= 6 ? 3 : 2;
                out[0] = Colors.rgb(number(sub[o]), number(sub[o + 1]), number(sub[o + 2]));
            }
            return 0;
        }
        int mode = k + 1 < ps.length ? number(ps[k + 1]) : -1;
        if (mode == 5 && k + 2 < ps.length) {
            out[0] = Colors.indexed(number(ps[k + 2]));
            return 2;
        }
        if (mode == 2 && k + 4 < ps.length) {
            out[0] = Colors.rgb(number(ps[k + 2]), number(ps[k + 3]), number(ps[k + 4]));
            return 4;
        }
        return Math.min(1, ps.length - 1 - k);
    }

    private static void simple(int p, int subParam, int[] style, Look base) {
        if (p == 0) {
            style[0] = base.attrs();
            style[1] = base.fg();
            style[2] = base.bg();
        } else if (p >= 30 && p <= 37) {
            style[1] = Colors.indexed(p - 30);
        } else if (p >= 90 && p <= 97) {
            style[1] = Colors.indexed(p - 90 + 8);
        } else if (p >= 40 && p <= 47) {
            style[2] = Colors.indexed(p - 40);
        } else if (p >= 100 && p <= 107) {
            style[2] = Colors.indexed(p - 100 + 8);
        } else if (p == 39) {
            style[1] = base.fg();
        } else if (p == 49) {
            style[2] = base.bg();
        } else {
            style[0] = attribute(p, subParam, style[0]);
        }
    }

    private static int attribute(int p, int subParam, int a) {
        switch (p) {
            case 1: return a | Attrs.BOLD;
            case 2: return a | Attrs.FAINT;
            case 3: return a | Attrs.ITALIC;
            case 4: return Attrs.withUnderline(a, subParam >= 0 ? subParam : Attrs.UNDERLINE_SINGLE);
            case 5: return a | Attrs.BLINK;
            case 7: return a | Attrs.INVERSE;
            case 8: return a | Attrs.HIDDEN;
            case 9: return a | Attrs.STRIKE;
            case 21: return Attrs.withUnderline(a, Attrs.UNDERLINE_DOUBLE);
            case 22: return a & ~(Attrs.BOLD | Attrs.FAINT);
            case 23: return a & ~Attrs.ITALIC;
            case 24: return Attrs.withUnderline(a, Attrs.UNDERLINE_NONE);
            case 25: return a & ~Attrs.BLINK;
            case 27: return a & ~Attrs.INVERSE;
            case 28: return a & ~Attrs.HIDDEN;
            case 29: return a & ~Attrs.STRIKE;
            case 53: return a | Attrs.OVERLINE;
            case 55: return a & ~Attrs.OVERLINE;
            default: return a;
        }
    }

    private static int number(String s) {
        if (s.isEmpty() || s.length() > 9) {
            return s.isEmpty() ? 0 : -1;
        }
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}

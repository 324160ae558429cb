// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.term;

import dev.grove.term.screen.Attrs;
import dev.grove.term.screen.CellStyle;
import dev.grove.term.screen.Colors;
import dev.grove.term.screen.Screen;

/** DECRQSS answers: the current setting of SGR, DECSTBM, DECSCUSR or DECSCA as a control string. */
final class StatusStrings {
    private StatusStrings() {}

    /** The setting for request {@code pt} (e.g. {@code m}, {@code r}), or null when unsupported. */
    static String describe(Screen screen, ModeState modes, String pt) {
        switch (pt) {
            case "m": return sgr(screen.pen(), screen.penUnderlineColor()) + "m";
            case "r": return (screen.marginTop() + 1) + ";" + (screen.marginBottom() + 1) + "r";
            case " q": return modes.cursorShape + " q";
            case "\"q": return (CellStyle.isProtected(screen.pen()) ? 1 : 0) + "\"q";
            default: return null;
        }
    }

    static String sgr(long pen, int underlineColor) {
        StringBuilder sb = new StringBuilder("0");
        int attrs = CellStyle.attrs(pen);
        flag(sb, attrs, Attrs.BOLD, "1");
        flag(sb, attrs, Attrs.FAINT, "2");
        flag(sb, attrs, Attrs.ITALIC, "3");
        int underline = Attrs.underline(attrs);
        if (underline == Attrs.UNDERLINE_SINGLE) {
            sb.append(";4");
        } else if (underline != Attrs.UNDERLINE_NONE) {
            sb.append(";4:").append(underline);
        }
        flag(sb, attrs, Attrs.BLINK, "5");
        flag(sb, attrs, Attrs.INVERSE, "7");
        flag(sb, attrs, Attrs.HIDDEN, "8");
        flag(sb, attrs, Attrs.STRIKE, "9");
        flag(sb, attrs, Attrs.OVERLINE, "53");
        color(sb, CellStyle.fg(pen), 30, 38);
        color(sb, CellStyle.bg(pen), 40, 48);
        if (underlineColor != Colors.DEFAULT) {
            color(sb, underlineColor, -1, 58);
        }
        return sb.toString();
    }

    private static void flag(StringBuilder sb, int attrs, int bit, String code) {
        if ((attrs & bit) != 0) {
            sb.append(';').append(code);
        }
    }

    private static void color(StringBuilder sb, int color, int base, int extended) {
        int kind = Colors.kind(color);
        if (kind == Colors.KIND_INDEXED) {
            int i = Colors.index(color);
            if (base > 0 && i < 8) {
                sb.append(';').append(base + i);
            } else if (base > 0 && i < 16) {
                sb.append(';').append(base + 60 + i - 8);
            } else {
                sb.append(';').append(extended).append(":5:").append(i);
            }
        } else if (kind == Colors.KIND_RGB) {
            int rgb = Colors.rgbValue(color);
            sb.append(';').append(extended).append(":2::").append(rgb >> 16).append(':')
                    .append(rgb >> 8 & 0xff).append(':').append(rgb & 0xff);
        }
    }
}

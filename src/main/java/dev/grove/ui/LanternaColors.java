// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.ui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import dev.grove.term.screen.Attrs;
import dev.grove.term.screen.Colors;
import java.nio.charset.StandardCharsets;

/**
 * Converts between Lanterna's colours and SGR flags and grove's packed colours ({@code Colors})
 * and attribute flags ({@code Attrs}). Stateless.
 */
final class LanternaColors {
    private static final TextColor[] INDEXED = new TextColor[256];

    static {
        for (int i = 0; i < 256; i++) {
            INDEXED[i] = new TextColor.Indexed(i);
        }
    }

    private LanternaColors() {}

    /** A Lanterna colour as a packed colour, read from the SGR parameters it writes. */
    static int toPacked(TextColor color) {
        if (color == null) {
            return Colors.DEFAULT;
        }
        if (color instanceof TextColor.RGB) {
            return Colors.rgb(color.getRed(), color.getGreen(), color.getBlue());
        }
        String[] p = new String(color.getForegroundSGRSequence(), StandardCharsets.US_ASCII).split(";");
        int first = Integer.parseInt(p[0]);
        if (first == 38 && p.length >= 3 && p[1].equals("5")) {
            return Colors.indexed(Integer.parseInt(p[2]));
        }
        if (first == 38 && p.length >= 5) {
            return Colors.rgb(Integer.parseInt(p[2]), Integer.parseInt(p[3]), Integer.parseInt(p[4]));
        }
        if (first >= 30 && first <= 37) {
            return Colors.indexed(first - 30);
        }
        if (first >= 90 && first <= 97) {
            return Colors.indexed(first - 90 + 8);
        }
        return Colors.DEFAULT;
    }

    /** A packed colour as a Lanterna colour; 24-bit colours become the nearest of 256 unless {@code trueColor}. */
    static TextColor toLanterna(int color, boolean trueColor) {
        switch (Colors.kind(color)) {
            case Colors.KIND_INDEXED:
                return INDEXED[Colors.index(color)];
            case Colors.KIND_RGB:
                int v = Colors.rgbValue(color);
                return trueColor ? new TextColor.RGB(v >> 16, (v >> 8) & 0xff, v & 0xff) : INDEXED[Palette256.nearest(v)];
            default:
                return TextColor.ANSI.DEFAULT;
        }
    }

    /** The attribute bits of a Lanterna SGR flag (0 for flags grove does not draw: bordered, fraktur, circled). */
    static int attrOf(SGR s) {
        switch (s) {
            case BOLD: return Attrs.BOLD;
            case REVERSE: return Attrs.INVERSE;
            case UNDERLINE: return Attrs.withUnderline(0, Attrs.UNDERLINE_SINGLE);
            case BLINK: return Attrs.BLINK;
            case CROSSED_OUT: return Attrs.STRIKE;
            case ITALIC: return Attrs.ITALIC;
            default: return 0;
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.term.screen;

/**
 * The ISO 2022 character set state of a VT terminal: four designated sets G0-G3, the set shifted
 * into GL by SI/SO/LS2/LS3, and a pending single shift (SS2/SS3). Supports US ASCII ('B'), the
 * DEC Special Graphics set ('0', line drawing) and 'A', which xterm (as a VT420, in UTF-8 mode)
 * treats as Latin-1 both as a 94-character set (UK/British Latin-1: {@code #} is {@code £}) and
 * as a 96-character set: 0x20-0x7F show as U+00A0-U+00FF. Any other designation acts as ASCII.
 * All four start as ASCII. Only 0x20-0x7E are translated, into the characters xterm shows.
 */
public final class Charsets {
    /** Designation final byte for US ASCII. */
    public static final char ASCII = 'B';
    /** Designation final byte for DEC Special Graphics (line drawing). */
    public static final char DEC_SPECIAL = '0';
    /** Designation final byte for the UK set, which xterm shows as Latin-1. */
    public static final char LATIN1 = 'A';

    /** DEC Special Graphics glyphs for 0x5F-0x7E. */
    private static final String DEC_GLYPHS =
            " \u25c6\u2592\u2409\u240c\u240d\u240a\u00b0\u00b1\u2424\u240b\u2518\u2510\u250c\u2514\u253c"
            + "\u23ba\u23bb\u2500\u23bc\u23bd\u251c\u2524\u2534\u252c\u2502\u2264\u2265\u03c0\u2260\u00a3\u00b7";

    private final char[] sets = {ASCII, ASCII, ASCII, ASCII};
    private int gl;
    private int singleShift = -1;

    Charsets() {}

    private Charsets(Charsets other) {
        System.arraycopy(other.sets, 0, sets, 0, 4);
        gl = other.gl;
    }

    /** Designates 94-character set {@code charset} into G{@code g} (ESC ( ) * + final). */
    public void designate(int g, char charset) {
        sets[g] = charset == DEC_SPECIAL || charset == LATIN1 ? charset : ASCII;
    }

    /** Designates a 96-character set into G{@code g} (ESC - . / final); only 'A' is known. */
    public void designate96(int g, char charset) {
        sets[g] = charset == LATIN1 ? LATIN1 : ASCII;
    }

    /** Shifts G{@code g} into GL (SI: 0, SO: 1, LS2: 2, LS3: 3). */
    public void lockShift(int g) {
        gl = g;
    }

    /** Uses G{@code g} for the next character only (SS2: 2, SS3: 3). */
    public void singleShift(int g) {
        singleShift = g;
    }

    /** True when printable ASCII prints as itself: no translation needed. */
    boolean isPlainAscii() {
        return sets[gl] == ASCII && singleShift < 0;
    }

    /** Translates a code point through the set in use and consumes any single shift. */
    int map(int codePoint) {
        int g = singleShift >= 0 ? singleShift : gl;
        singleShift = -1;
        if (codePoint < 0x20 || codePoint > 0x7e) {
            return codePoint;
        }
        char set = sets[g];
        if (set == DEC_SPECIAL && codePoint >= 0x5f) {
            return DEC_GLYPHS.charAt(codePoint - 0x5f);
        }
        if (set == LATIN1) {
            return codePoint + 0x80;
        }
        return codePoint;
    }

    /** Translates through the set shifted into GL, ignoring any single shift (used by REP). */
    int mapLocked(int codePoint) {
        int shift = singleShift;
        singleShift = -1;
        int mapped = map(codePoint);
        singleShift = shift;
        return mapped;
    }

    Charsets copy() {
        return new Charsets(this);
    }

    void restore(Charsets saved) {
        System.arraycopy(saved.sets, 0, sets, 0, 4);
        gl = saved.gl;
        singleShift = -1;
    }

    void reset() {
        sets[0] = ASCII;
        sets[1] = ASCII;
        sets[2] = ASCII;
        sets[3] = ASCII;
        gl = 0;
        singleShift = -1;
    }
}

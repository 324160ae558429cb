// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.term.screen;

import java.text.Normalizer;

/**
 * Canonical composition of a base character and one combining mark (Unicode NFC), as xterm
 * precomposes {@code e} + U+0301 into {@code é}. Only compositions that keep the base's width.
 */
final class Composition {
    private Composition() {}

    /** The precomposed code point, or -1 when there is none of the same width. */
    static int compose(int base, int mark) {
        String pair = new StringBuilder(4).appendCodePoint(base).appendCodePoint(mark).toString();
        String composed = Normalizer.normalize(pair, Normalizer.Form.NFC);
        if (composed.codePointCount(0, composed.length()) != 1) {
            return -1;
        }
        int cp = composed.codePointAt(0);
        return CharWidth.of(cp) == CharWidth.of(base) ? cp : -1;
    }
}

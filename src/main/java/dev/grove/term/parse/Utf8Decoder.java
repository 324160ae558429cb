// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.term.parse;

/**
 * Incremental UTF-8 decoder following the WHATWG "UTF-8 decode" algorithm: overlong forms,
 * surrogates and values past U+10FFFF are errors, and each maximal invalid subpart yields one
 * U+FFFD. Fed one byte at a time from 0x80 up; ASCII is handled by the parser.
 */
final class Utf8Decoder {
    static final int REPLACEMENT = 0xfffd;
    /** The byte was taken; more are needed. */
    static final int NEED_MORE = -1;
    /** The pending sequence was invalid: emit U+FFFD, then give this byte again. */
    static final int INVALID_REREAD = -2;

    private int codePoint;
    private int needed;
    private int lower = 0x80;
    private int upper = 0xbf;

    boolean pending() {
        return needed != 0;
    }

    void reset() {
        needed = 0;
        lower = 0x80;
        upper = 0xbf;
    }

    /** Takes a byte 0x80-0xFF; returns a code point, {@link #NEED_MORE} or {@link #INVALID_REREAD}. */
    int accept(int b) {
        if (needed == 0) {
            return start(b);
        }
        if (b < lower || b > upper) {
            reset();
            return INVALID_REREAD;
        }
        lower = 0x80;
        upper = 0xbf;
        codePoint = codePoint << 6 | (b & 0x3f);
        if (--needed > 0) {
            return NEED_MORE;
        }
        return codePoint;
    }

    private int start(int b) {
        if (b >= 0xc2 && b <= 0xdf) {
            needed = 1;
            codePoint = b & 0x1f;
        } else if (b >= 0xe0 && b <= 0xef) {
            lower = b == 0xe0 ? 0xa0 : 0x80;
            upper = b == 0xed ? 0x9f : 0xbf;
            needed = 2;
            codePoint = b & 0x0f;
        } else if (b >= 0xf0 && b <= 0xf4) {
            lower = b == 0xf0 ? 0x90 : 0x80;
            upper = b == 0xf4 ? 0x8f : 0xbf;
            needed = 3;
            codePoint = b & 0x07;
        } else {
            return REPLACEMENT;
        }
        return NEED_MORE;
    }
}

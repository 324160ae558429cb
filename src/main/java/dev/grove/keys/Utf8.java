// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.keys;

/** Strict UTF-8 decoding of single characters (no overlong forms, no surrogates). Stateless. */
final class Utf8 {
    private Utf8() {}

    /** Length of the sequence a lead byte starts (2-4), or 0 when {@code lead} cannot start one. */
    static int sequenceLength(int lead) {
        if (lead >= 0xc2 && lead <= 0xdf) {
            return 2;
        }
        if (lead >= 0xe0 && lead <= 0xef) {
            return 3;
        }
        if (lead >= 0xf0 && lead <= 0xf4) {
            return 4;
        }
        return 0;
    }

    /** How many bytes of {@code b[from..to)} form a valid start of one UTF-8 sequence (at least 1 for a lead byte). */
    static int validPrefix(byte[] b, int from, int to) {
        int lead = b[from] & 0xff;
        int n = 1;
        for (int i = from + 1; i < to; i++, n++) {
            int c = b[i] & 0xff;
            int lo = 0x80;
            int hi = 0xbf;
            if (i == from + 1) {
                lo = lead == 0xe0 ? 0xa0 : lead == 0xf0 ? 0x90 : 0x80;
                hi = lead == 0xed ? 0x9f : lead == 0xf4 ? 0x8f : 0xbf;
            }
            if (c < lo || c > hi) {
                break;
            }
        }
        return n;
    }

    /** Decodes the complete, valid sequence of {@code length} bytes at {@code from}. */
    static int decode(byte[] b, int from, int length) {
        int cp = (b[from] & 0xff) & (0xff >> (length + 1));
        for (int i = 1; i < length; i++) {
            cp = (cp << 6) | (b[from + i] & 0x3f);
        }
        return cp;
    }

    /** Appends the UTF-8 form of {@code cp} to {@code out} at {@code at}; returns the new end. */
    static int encode(int cp, byte[] out, int at) {
        if (cp < 0x80) {
            out[at++] = (byte) cp;
        } else if (cp < 0x800) {
            out[at++] = (byte) (0xc0 | (cp >> 6));
            out[at++] = (byte) (0x80 | (cp & 0x3f));
        } else if (cp < 0x10000) {
            out[at++] = (byte) (0xe0 | (cp >> 12));
            out[at++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
            out[at++] = (byte) (0x80 | (cp & 0x3f));
        } else {
            out[at++] = (byte) (0xf0 | (cp >> 18));
            out[at++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
            out[at++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
            out[at++] = (byte) (0x80 | (cp & 0x3f));
        }
        return at;
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded generator of hostile inputs for the fuzz tests: random byte strings drawn from an
 * alphabet of interesting tokens, and mutations of valid inputs (bit flips, replaced, inserted,
 * deleted, duplicated and spliced slices, interesting 32-bit values, truncation). The same seed
 * gives the same inputs on every run, so a failure names a case that can be replayed.
 */
public final class Mutator {
    /** 32-bit values that break length and count fields. */
    private static final int[] INTERESTING_INTS = {0, 1, -1, 2, 255, 256, 65_535, 65_536, 16 << 20, (16 << 20) + 1,
        Integer.MAX_VALUE, Integer.MIN_VALUE, 0x7fff_fff0, 4096};

    private final SplittableRandom random;
    private final List<byte[]> tokens;

    /** A mutator drawing from {@code random}; {@code tokens} are the alphabet of random inputs and insertions. */
    public Mutator(SplittableRandom random, List<String> tokens) {
        this.random = random;
        this.tokens = tokens.stream().map(t -> t.getBytes(StandardCharsets.UTF_8)).toList();
    }

    public SplittableRandom random() {
        return random;
    }

    /** Up to {@code maxTokens} tokens or random bytes, concatenated. */
    public byte[] randomInput(int maxTokens) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int n = random.nextInt(maxTokens + 1);
        for (int i = 0; i < n; i++) {
            if (random.nextInt(4) == 0) {
                out.write(random.nextInt(256));
            } else {
                out.writeBytes(tokens.get(random.nextInt(tokens.size())));
            }
        }
        return out.toByteArray();
    }

    /** {@code seed} with one to eight random edits. */
    public byte[] mutate(byte[] seed) {
        byte[] b = seed.clone();
        int edits = 1 + random.nextInt(8);
        for (int e = 0; e < edits; e++) {
            b = edit(b);
        }
        return b;
    }

    private byte[] edit(byte[] b) {
        int pos = b.length == 0 ? 0 : random.nextInt(b.length);
        switch (random.nextInt(8)) {
            case 0:
                if (b.length > 0) {
                    b[pos] ^= (byte) (1 << random.nextInt(8));
                }
                return b;
            case 1:
                if (b.length > 0) {
                    b[pos] = (byte) random.nextInt(256);
                }
                return b;
            case 2:
                return splice(b, pos, 0, tokens.get(random.nextInt(tokens.size())));
            case 3:
                return splice(b, pos, Math.min(b.length - pos, 1 + random.nextInt(16)), new byte[0]);
            case 4:
                return splice(b, pos, 0, Arrays.copyOfRange(b, pos, Math.min(b.length, pos + 1 + random.nextInt(64))));
            case 5:
                return overwriteInt(b, pos);
            case 6:
                return Arrays.copyOf(b, pos);
            default:
                return splice(b, pos, 0, randomInput(3));
        }
    }

    private byte[] overwriteInt(byte[] b, int pos) {
        if (b.length < 4) {
            return b;
        }
        int at = Math.min(pos, b.length - 4);
        int v = random.nextInt(3) == 0 ? random.nextInt() : INTERESTING_INTS[random.nextInt(INTERESTING_INTS.length)];
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
        return b;
    }

    private static byte[] splice(byte[] b, int pos, int remove, byte[] insert) {
        byte[] out = new byte[b.length - remove + insert.length];
        System.arraycopy(b, 0, out, 0, pos);
        System.arraycopy(insert, 0, out, pos, insert.length);
        System.arraycopy(b, pos + remove, out, pos + insert.length, b.length - pos - remove);
        return out;
    }

    /** Printable form of an input for failure messages: printable ASCII kept, the rest as \xNN. */
    public static String show(byte[] input) {
        StringBuilder sb = new StringBuilder();
        for (byte x : input) {
            int v = x & 0xff;
            if (v >= 0x20 && v < 0x7f && v != '\\') {
                sb.append((char) v);
            } else {
                sb.append(String.format("\\x%02x", v));
            }
        }
        return sb.toString();
    }
}

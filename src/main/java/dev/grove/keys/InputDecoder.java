// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.keys;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Splits client bytes into events; keeps partial sequences between calls. Not thread-safe. */
public final class InputDecoder {
    private byte[] pending = new byte[0];

    public List<InputEvent> feed(byte[] data, int off, int len) {
        byte[] all = Arrays.copyOf(pending, pending.length + len);
        System.arraycopy(data, off, all, pending.length, len);
        List<InputEvent> out = new ArrayList<>();
        int i = 0;
        while (i < all.length) {
            int n = utf8Length(all[i]);
            if (i + n > all.length) {
                break;
            }
            if (all[i] == 0x1b && i + 1 == all.length) {
                break;
            }
            byte[] raw = Arrays.copyOfRange(all, i, i + n);
            out.add(new InputEvent.Key(KeyCode.CHAR, new String(raw, java.nio.charset.StandardCharsets.UTF_8).codePointAt(0), 0, raw));
            i += n;
        }
        pending = Arrays.copyOfRange(all, i, all.length);
        return out;
    }

    public List<InputEvent> flushPending() {
        List<InputEvent> out = new ArrayList<>();
        for (byte b : pending) {
            out.add(new InputEvent.Key(KeyCode.UNKNOWN, 0, 0, new byte[] {b}));
        }
        pending = new byte[0];
        return out;
    }

    public boolean hasPending() {
        return pending.length > 0;
    }

    private static int utf8Length(byte b) {
        int u = b & 0xff;
        return u >= 0xf0 && u < 0xf8 ? 4 : u >= 0xe0 && u < 0xf0 ? 3 : u >= 0xc0 && u < 0xe0 ? 2 : 1;
    }
}

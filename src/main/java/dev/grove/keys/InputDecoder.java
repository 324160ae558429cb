// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.keys;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits the bytes a client's terminal sends into events: keys (control characters, UTF-8
 * characters, Alt as an ESC prefix, CSI and SS3 sequences with modifiers, modifyOtherKeys and
 * kitty keyboard protocol forms), bracketed pastes, mouse reports (SGR 1006, urxvt 1015, X10)
 * and focus events. Every key keeps its raw bytes.
 *
 * <p>Sequences split across reads are kept until the rest arrives. A lone ESC (or an ESC
 * followed by the start of a sequence) is ambiguous: it is held until {@link #flushPending()},
 * which the caller invokes once its escape time has passed without more input. A bracketed
 * paste is kept whole however long it is and however it is split, and is not affected by
 * {@link #flushPending()}; a paste longer than {@link #MAX_PASTE} bytes is delivered in pieces of
 * that size. Not thread-safe.
 */
public final class InputDecoder {
    /** The longest paste delivered as one event. */
    public static final int MAX_PASTE = 16 << 20;
    /** An unterminated sequence longer than this is passed on as unknown bytes. */
    private static final int MAX_SEQUENCE = 128;
    private static final byte ESC = 0x1b;
    private static final byte[] PASTE_START = {ESC, '[', '2', '0', '0', '~'};
    private static final byte[] PASTE_END = {ESC, '[', '2', '0', '1', '~'};

    private byte[] buf = new byte[64];
    private int len;
    private boolean inPaste;
    /** In a paste: where to look for its end next (bytes before it were searched). */
    private int pasteScan;

    public InputDecoder() {
        // Starts with nothing pending and outside any paste.
    }

    /** Decodes {@code data[off..off+len)} together with what earlier calls left pending. */
    public List<InputEvent> feed(byte[] data, int off, int count) {
        append(data, off, count);
        List<InputEvent> out = new ArrayList<>();
        int consumed = decode(out);
        compact(consumed);
        return out;
    }

    /**
     * Resolves what is held back waiting for more bytes (a lone ESC becomes Escape, an ESC
     * before an incomplete sequence Alt plus that key, other fragments unknown keys). Call when
     * the escape time has passed without input. A paste in progress stays pending.
     */
    public List<InputEvent> flushPending() {
        List<InputEvent> out = new ArrayList<>();
        if (inPaste) {
            return out;
        }
        int i = 0;
        while (i < len) {
            int n = decodeOne(i, out);
            if (n == 0) {
                n = resolveIncomplete(i, out);
            }
            i += n;
            if (inPaste) {
                break;
            }
        }
        compact(i);
        return out;
    }

    /** True when bytes are held back that {@link #flushPending()} would resolve. */
    public boolean hasPending() {
        return len > 0 && !inPaste;
    }

    /** True while a bracketed paste has started and not yet ended. */
    public boolean inPaste() {
        return inPaste;
    }

    private int decode(List<InputEvent> out) {
        int i = 0;
        while (i < len) {
            if (inPaste) {
                int n = decodePaste(i, out);
                if (n == 0) {
                    break;
                }
                i += n;
                continue;
            }
            int n = decodeOne(i, out);
            if (n == 0) {
                break;
            }
            i += n;
        }
        return i;
    }

    /** Bytes of the paste starting at {@code i} consumed (content and end marker), 0 if it has not ended. */
    private int decodePaste(int i, List<InputEvent> out) {
        int end = indexOf(PASTE_END, Math.max(i, pasteScan));
        if (end < 0) {
            if (len - i >= MAX_PASTE) {
                out.add(new InputEvent.Paste(Arrays.copyOfRange(buf, i, i + MAX_PASTE)));
                pasteScan = i + MAX_PASTE;
                return MAX_PASTE;
            }
            pasteScan = Math.max(i, len - PASTE_END.length + 1);
            return 0;
        }
        out.add(new InputEvent.Paste(Arrays.copyOfRange(buf, i, end)));
        inPaste = false;
        return end - i + PASTE_END.length;
    }

    /** Decodes one event at {@code i}; returns the bytes consumed, or 0 when more bytes are needed. */
    private int decodeOne(int i, List<InputEvent> out) {
        int b = buf[i] & 0xff;
        if (b == ESC) {
            return decodeEscape(i, out);
        }
        return decodePlain(i, 0, i, out);
    }

    /** A control character, ASCII or UTF-8 character at {@code at}, reported with {@code mods} and raw bytes from {@code rawFrom}. */
    private int decodePlain(int rawFrom, int mods, int at, List<InputEvent> out) {
        int b = buf[at] & 0xff;
        if (b < 0x80) {
            out.add(Keys.plain(b, mods, raw(rawFrom, at + 1)));
            return at + 1 - rawFrom;
        }
        int need = Utf8.sequenceLength(b);
        if (need == 0) {
            out.add(Sequences.unknown(raw(rawFrom, at + 1)));
            return at + 1 - rawFrom;
        }
        int valid = Utf8.validPrefix(buf, at, Math.min(len, at + need));
        if (valid < Math.min(len - at, need)) {
            out.add(Sequences.unknown(raw(rawFrom, at + Math.max(1, valid))));
            return at + Math.max(1, valid) - rawFrom;
        }
        if (len - at < need) {
            return 0;
        }
        int cp = Utf8.decode(buf, at, need);
        out.add(Sequences.key(KeyCode.CHAR, cp, mods, raw(rawFrom, at + need)));
        return at + need - rawFrom;
    }

    private int decodeEscape(int i, List<InputEvent> out) {
        if (i + 1 >= len) {
            return 0;
        }
        int c = buf[i + 1] & 0xff;
        if (c == '[') {
            return decodeCsi(i, out);
        }
        if (c == 'O') {
            if (i + 2 >= len) {
                return 0;
            }
            out.add(Sequences.ss3(buf[i + 2] & 0xff, raw(i, i + 3)));
            return 3;
        }
        if (c == ESC) {
            return decodeDoubleEscape(i, out);
        }
        return decodePlain(i, Modifiers.ALT, i + 1, out);
    }

    /** {@code ESC ESC [ ...} is Alt plus the sequence (some terminals send Alt-arrows so); other {@code ESC ESC} are two Escapes. */
    private int decodeDoubleEscape(int i, List<InputEvent> out) {
        if (i + 2 >= len) {
            return 0;
        }
        int c = buf[i + 2] & 0xff;
        if (c != '[' && c != 'O') {
            out.add(Keys.plain(ESC, 0, raw(i, i + 1)));
            return 1;
        }
        List<InputEvent> inner = new ArrayList<>(1);
        int n = decodeEscape(i + 1, inner);
        if (n == 0) {
            return 0;
        }
        if (inner.size() == 1 && inner.get(0) instanceof InputEvent.Key) {
            InputEvent.Key k = (InputEvent.Key) inner.get(0);
            if (k.code() != KeyCode.UNKNOWN) {
                out.add(Sequences.key(k.code(), k.codePoint(), k.modifiers() | Modifiers.ALT, raw(i, i + 1 + n)));
                return 1 + n;
            }
        }
        out.add(Keys.plain(ESC, 0, raw(i, i + 1)));
        return 1;
    }

    private int decodeCsi(int i, List<InputEvent> out) {
        int j = i + 2;
        if (j < len && buf[j] == 'M') {
            if (len - i < 6) {
                return 0;
            }
            out.add(Sequences.x10Mouse(raw(i, i + 6)));
            return 6;
        }
        while (j < len) {
            int b = buf[j] & 0xff;
            if (b >= 0x40 && b <= 0x7e) {
                return dispatchCsi(i, j, out);
            }
            if (b < 0x20 || b > 0x7e) {
                out.add(Sequences.unknown(raw(i, j)));
                return j - i;
            }
            j++;
        }
        if (len - i > MAX_SEQUENCE) {
            out.add(Sequences.unknown(raw(i, len)));
            return len - i;
        }
        return 0;
    }

    private int dispatchCsi(int i, int finalAt, List<InputEvent> out) {
        int n = finalAt + 1 - i;
        if (regionEquals(i, PASTE_START)) {
            inPaste = true;
            pasteScan = i + n;
            return n;
        }
        if (regionEquals(i, PASTE_END)) {
            return n;
        }
        CsiParams p = CsiParams.parse(buf, i + 2, finalAt, buf[finalAt] & 0xff);
        InputEvent e = Sequences.csi(p, raw(i, finalAt + 1));
        if (e != null) {
            out.add(e);
        }
        return n;
    }

    /** At flush time: what an incomplete sequence at {@code i} stands for; returns the bytes consumed (at least 1). */
    private int resolveIncomplete(int i, List<InputEvent> out) {
        int b = buf[i] & 0xff;
        if (b == ESC && i + 1 == len) {
            out.add(Keys.plain(ESC, 0, raw(i, i + 1)));
            return 1;
        }
        if (b == ESC && i + 2 == len && buf[i + 1] != ESC) {
            out.add(Keys.plain(buf[i + 1] & 0xff, Modifiers.ALT, raw(i, i + 2)));
            return 2;
        }
        if (b == ESC && buf[i + 1] == ESC) {
            out.add(Keys.plain(ESC, 0, raw(i, i + 1)));
            return 1;
        }
        out.add(Sequences.unknown(raw(i, len)));
        return len - i;
    }

    private void append(byte[] data, int off, int count) {
        if (len + count > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + count));
        }
        System.arraycopy(data, off, buf, len, count);
        len += count;
    }

    private void compact(int consumed) {
        if (consumed == 0) {
            return;
        }
        System.arraycopy(buf, consumed, buf, 0, len - consumed);
        len -= consumed;
        pasteScan = Math.max(0, pasteScan - consumed);
        if (len == 0 && buf.length > 4096) {
            buf = new byte[64];
        }
    }

    private int indexOf(byte[] needle, int from) {
        for (int i = from; i <= len - needle.length; i++) {
            if (buf[i] == needle[0] && regionEquals(i, needle)) {
                return i;
            }
        }
        return -1;
    }

    private boolean regionEquals(int at, byte[] needle) {
        return len - at >= needle.length
                && Arrays.equals(buf, at, at + needle.length, needle, 0, needle.length);
    }

    private byte[] raw(int from, int to) {
        return Arrays.copyOfRange(buf, from, to);
    }
}

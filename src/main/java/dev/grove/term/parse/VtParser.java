// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.term.parse;

/**
 * The DEC ANSI parser: the state machine of vt100.net's "A parser for DEC's ANSI-compatible
 * video terminals" (Paul Williams), extended the way xterm and tmux extend it, feeding
 * {@link VtActions}. Table-driven ({@link ParserTable}); no allocation per byte.
 *
 * <p>Deliberate deviations from the published machine:
 * <ul>
 *   <li>Text is UTF-8. In ground, bytes from 0x80 are decoded; every invalid or truncated
 *       sequence prints one U+FFFD (WHATWG rules: no overlongs, surrogates or values past
 *       U+10FFFF). Runs of printable ASCII are reported in one {@code printAscii} call.
 *   <li>8-bit C1 controls follow xterm in UTF-8 mode: a raw byte 0x80-0x9F is not a control
 *       but invalid UTF-8 (U+FFFD in ground), and a decoded U+0080-U+009F is ignored. Use the
 *       7-bit forms ({@code ESC [} for CSI and so on).
 *   <li>A byte from 0x80 inside an escape, control sequence or DCS header aborts the sequence,
 *       and the character it starts is dropped (xterm).
 *   <li>OSC strings end with BEL as well as ST; string bodies (OSC, DCS) keep bytes from 0x80
 *       as data, so an OSC title may be UTF-8.
 *   <li>Colon is a sub-parameter separator ({@code 38:2::r:g:b}, {@code 4:3}), not a reason
 *       to ignore the sequence.
 *   <li>A string (OSC, DCS) is dispatched when it ends with BEL, ST or any ESC; CAN and SUB
 *       abort it. SOS, PM and APC strings are consumed and dropped.
 * </ul>
 *
 * <p>Bounds, so hostile input cannot grow memory: {@link Params#MAX} values per sequence,
 * two intermediate bytes (more: the sequence is ignored), OSC payloads up to
 * {@link #MAX_OSC} bytes and DCS payloads up to {@link #MAX_DCS} bytes (longer strings are
 * consumed and dropped).
 *
 * <p>Not thread-safe; one owner feeds it.
 */
public final class VtParser {
    /** Terminator value for an OSC ended by BEL. */
    public static final int BEL = 0x07;
    /** Terminator value for an OSC ended by ST ({@code ESC \}) or by another ESC. */
    public static final int ST = 0x9c;
    /** Longest OSC payload kept (OSC 52 clipboard writes are the big ones). */
    public static final int MAX_OSC = 1 << 20;
    /** Longest DCS payload kept. */
    public static final int MAX_DCS = 4096;

    private static final int INITIAL_STRING = 256;
    private static final int INTERMEDIATE_OVERFLOW = -1;

    private final VtActions actions;
    private final Params params = new Params();
    private final Utf8Decoder utf8 = new Utf8Decoder();
    private int state = ParserTable.GROUND;
    private int intermediates;
    private int intermediateCount;
    private int prefix;
    private int dcsFinal;
    private byte[] string = new byte[INITIAL_STRING];
    private int stringLength;
    private boolean stringOverflow;
    private boolean dropNextCodePoint;

    public VtParser(VtActions actions) {
        this.actions = actions;
    }

    /** Parses {@code data[offset..offset+length)}; state carries over to the next call. */
    public void feed(byte[] data, int offset, int length) {
        int i = offset;
        int end = offset + length;
        while (i < end) {
            if (state == ParserTable.GROUND && !utf8.pending()) {
                int j = i;
                while (j < end) {
                    byte b = data[j];
                    if (b < 0x20 || b == 0x7f) {
                        break;
                    }
                    j++;
                }
                if (j > i) {
                    actions.printAscii(data, i, j);
                    i = j;
                    continue;
                }
            }
            if (state == ParserTable.CSI_PARAM || state == ParserTable.CSI_ENTRY) {
                int j = csiParams(data, i, end);
                if (j > i) {
                    i = j;
                    continue;
                }
            }
            int b = data[i] & 0xff;
            if (b == 0x1b && state == ParserTable.GROUND && !utf8.pending()) {
                int after = plainCsi(data, i + 1, end);
                if (after > 0) {
                    i = after;
                    continue;
                }
            }
            if (b < 0x80) {
                if (utf8.pending()) {
                    utf8.reset();
                    codePoint(Utf8Decoder.REPLACEMENT);
                }
                step(b);
                i++;
            } else {
                i += highByte(b);
            }
        }
    }

    /**
     * The fast path for the commonest escape sequence: when {@code data[from..end)} starts with a
     * whole {@code [ marker? params final} (parameters of digits, ';' and ':' only), dispatches it
     * exactly as the state machine would and returns the index after it; otherwise returns -1 and
     * the state machine takes the sequence byte by byte (intermediates, controls inside, a
     * sequence cut by the end of the buffer).
     */
    private int plainCsi(byte[] data, int from, int end) {
        if (from >= end || data[from] != '[') {
            return -1;
        }
        int j = from + 1;
        int marker = j < end && data[j] >= '<' && data[j] <= '?' ? data[j++] : 0;
        int k = j;
        while (k < end && data[k] >= '0' && data[k] <= ';') { // digits, ':' and ';'
            k++;
        }
        if (k >= end || data[k] < 0x40 || data[k] > 0x7e) {
            return -1;
        }
        intermediates = 0;
        intermediateCount = 0;
        prefix = marker;
        params.clear();
        params.parse(data, j, k);
        actions.csiDispatch(prefix, intermediates, data[k], params);
        return k + 1;
    }

    /**
     * Fast path for the digits and semicolons of a control sequence (the bulk of SGR-heavy
     * output); the same transitions the table gives for them. Returns the first index not taken.
     */
    private int csiParams(byte[] data, int i, int end) {
        int j = i;
        while (j < end) {
            int b = data[j];
            if (b >= '0' && b <= '9') {
                params.digit(b - '0');
            } else if (b == ';') {
                params.separator(false);
            } else {
                break;
            }
            j++;
        }
        if (j > i) {
            state = ParserTable.CSI_PARAM;
        }
        return j;
    }

    /**
     * The stream is over: a UTF-8 character cut short at the very end prints U+FFFD, as it would
     * once any further byte arrived. Only for complete recordings, never between pty reads.
     */
    public void endOfInput() {
        if (utf8.pending()) {
            utf8.reset();
            codePoint(Utf8Decoder.REPLACEMENT);
        }
    }

    /** True when the parser is in ground state with no partial character (for tests). */
    public boolean inGround() {
        return state == ParserTable.GROUND && !utf8.pending();
    }

    /** Handles a byte from 0x80; returns how many bytes it consumed (0 to re-read it). */
    private int highByte(int b) {
        switch (state) {
            case ParserTable.OSC_STRING:
            case ParserTable.DCS_PASSTHROUGH:
                putString(b);
                return 1;
            case ParserTable.SOS_PM_APC_STRING:
            case ParserTable.DCS_IGNORE:
                return 1;
            case ParserTable.GROUND:
                break;
            default:
                state = ParserTable.GROUND;
                dropNextCodePoint = true;
                break;
        }
        int result = utf8.accept(b);
        if (result == Utf8Decoder.NEED_MORE) {
            return 1;
        }
        if (result == Utf8Decoder.INVALID_REREAD) {
            codePoint(Utf8Decoder.REPLACEMENT);
            return 0;
        }
        codePoint(result);
        return 1;
    }

    private void codePoint(int cp) {
        if (dropNextCodePoint) {
            dropNextCodePoint = false;
            return;
        }
        if (cp >= 0x80 && cp < 0xa0) {
            return;
        }
        actions.print(cp);
    }

    private void step(int b) {
        int entry = ParserTable.lookup(state, b);
        int action = entry >> 4;
        int next = entry & 0xf;
        boolean transition = next != state || b == 0x1b;
        if (transition) {
            leave(state, b);
        }
        perform(action, b);
        if (transition) {
            enter(next, b);
        }
        state = next;
    }

    private void perform(int action, int b) {
        switch (action) {
            case ParserTable.NONE:
                break;
            case ParserTable.PRINT:
                actions.print(b);
                break;
            case ParserTable.EXECUTE:
                actions.execute(b);
                break;
            case ParserTable.COLLECT:
                collect(b);
                break;
            case ParserTable.PRIVATE_MARKER:
                prefix = b;
                break;
            case ParserTable.PARAM:
                param(b);
                break;
            case ParserTable.ESC_DISPATCH:
                if (intermediateCount != INTERMEDIATE_OVERFLOW) {
                    actions.escDispatch(intermediates, b);
                }
                break;
            case ParserTable.CSI_DISPATCH:
                if (intermediateCount != INTERMEDIATE_OVERFLOW) {
                    actions.csiDispatch(prefix, intermediates, b, params);
                }
                break;
            case ParserTable.PUT:
            case ParserTable.OSC_PUT:
                putString(b);
                break;
            case ParserTable.OSC_END_BEL:
                endOsc(BEL);
                break;
            default:
                throw new IllegalStateException("unknown parser action " + action);
        }
    }

    private void enter(int next, int b) {
        switch (next) {
            case ParserTable.ESCAPE:
            case ParserTable.CSI_ENTRY:
            case ParserTable.DCS_ENTRY:
                intermediates = 0;
                intermediateCount = 0;
                prefix = 0;
                params.clear();
                break;
            case ParserTable.OSC_STRING:
                startString();
                break;
            case ParserTable.DCS_PASSTHROUGH:
                dcsFinal = b;
                startString();
                break;
            default:
                break;
        }
    }

    /**
     * Exit actions of the string states: ended by ESC (the start of ST or of anything else) the
     * string is dispatched; ended by CAN or SUB it is dropped. BEL ends an OSC in {@link #perform}.
     */
    private void leave(int current, int b) {
        if (current == ParserTable.OSC_STRING) {
            if (b == 0x1b) {
                endOsc(ST);
            } else if (b != BEL) {
                shrinkString();
            }
        } else if (current == ParserTable.DCS_PASSTHROUGH) {
            if (b == 0x1b && !stringOverflow && intermediateCount != INTERMEDIATE_OVERFLOW) {
                actions.dcsDispatch(prefix, intermediates, dcsFinal, params, string, stringLength);
            }
            shrinkString();
        }
    }

    private void endOsc(int terminator) {
        if (!stringOverflow) {
            actions.oscDispatch(string, stringLength, terminator);
        }
        shrinkString();
    }

    private void collect(int b) {
        if (intermediateCount == INTERMEDIATE_OVERFLOW) {
            return;
        }
        if (intermediateCount == 2) {
            intermediateCount = INTERMEDIATE_OVERFLOW;
            return;
        }
        intermediates = intermediates << 8 | b;
        intermediateCount++;
    }

    private void param(int b) {
        if (b <= '9') {
            params.digit(b - '0');
        } else {
            params.separator(b == ':');
        }
    }

    private void startString() {
        stringLength = 0;
        stringOverflow = false;
    }

    private void putString(int b) {
        if (stringOverflow) {
            return;
        }
        int max = state == ParserTable.OSC_STRING ? MAX_OSC : MAX_DCS;
        if (stringLength == max) {
            stringOverflow = true;
            return;
        }
        if (stringLength == string.length) {
            byte[] bigger = new byte[Math.min(max, string.length * 2)];
            System.arraycopy(string, 0, bigger, 0, stringLength);
            string = bigger;
        }
        string[stringLength++] = (byte) b;
    }

    /** Gives back the memory of a big string once it has been handled. */
    private void shrinkString() {
        if (string.length > INITIAL_STRING * 16) {
            string = new byte[INITIAL_STRING];
        }
        stringLength = 0;
    }
}

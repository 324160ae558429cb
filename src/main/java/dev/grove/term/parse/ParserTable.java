// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.term.parse;

/**
 * The transition table of the DEC ANSI parser (vt100.net, Paul Williams), for 7-bit bytes.
 * Each entry packs an action and the next state: {@code action << 4 | state}. Built once from
 * byte ranges so it reads like the published diagram. Bytes 0x80 and up never reach this table:
 * {@link VtParser} handles them (UTF-8 in ground, string data in strings, abort elsewhere).
 */
final class ParserTable {
    static final int GROUND = 0;
    static final int ESCAPE = 1;
    static final int ESCAPE_INTERMEDIATE = 2;
    static final int CSI_ENTRY = 3;
    static final int CSI_PARAM = 4;
    static final int CSI_INTERMEDIATE = 5;
    static final int CSI_IGNORE = 6;
    static final int DCS_ENTRY = 7;
    static final int DCS_PARAM = 8;
    static final int DCS_INTERMEDIATE = 9;
    static final int DCS_PASSTHROUGH = 10;
    static final int DCS_IGNORE = 11;
    static final int OSC_STRING = 12;
    static final int SOS_PM_APC_STRING = 13;
    static final int STATE_COUNT = 14;

    static final int NONE = 0;
    static final int PRINT = 1;
    static final int EXECUTE = 2;
    static final int COLLECT = 3;
    static final int PRIVATE_MARKER = 4;
    static final int PARAM = 5;
    static final int ESC_DISPATCH = 6;
    static final int CSI_DISPATCH = 7;
    static final int PUT = 8;
    static final int OSC_PUT = 9;
    static final int OSC_END_BEL = 10;

    private static final byte[] TABLE = build();

    private ParserTable() {}

    /** The packed transition for a 7-bit byte in a state. */
    static int lookup(int state, int b) {
        return TABLE[state << 7 | b] & 0xff;
    }

    private static byte[] build() {
        byte[] t = new byte[STATE_COUNT << 7];
        for (int s = 0; s < STATE_COUNT; s++) {
            anywhere(t, s);
        }
        ground(t);
        escape(t);
        csi(t);
        dcs(t);
        strings(t);
        return t;
    }

    /** C0 controls execute in most states; CAN and SUB abort to ground; ESC starts over. */
    private static void anywhere(byte[] t, int s) {
        set(t, s, 0x00, 0x17, EXECUTE, s);
        set(t, s, 0x19, 0x19, EXECUTE, s);
        set(t, s, 0x1c, 0x1f, EXECUTE, s);
        set(t, s, 0x18, 0x18, EXECUTE, GROUND);
        set(t, s, 0x1a, 0x1a, EXECUTE, GROUND);
        set(t, s, 0x1b, 0x1b, NONE, ESCAPE);
        set(t, s, 0x7f, 0x7f, NONE, s);
    }

    private static void ground(byte[] t) {
        set(t, GROUND, 0x20, 0x7e, PRINT, GROUND);
    }

    private static void escape(byte[] t) {
        set(t, ESCAPE, 0x20, 0x2f, COLLECT, ESCAPE_INTERMEDIATE);
        set(t, ESCAPE, 0x30, 0x7e, ESC_DISPATCH, GROUND);
        set(t, ESCAPE, 0x5b, 0x5b, NONE, CSI_ENTRY);
        set(t, ESCAPE, 0x5d, 0x5d, NONE, OSC_STRING);
        set(t, ESCAPE, 0x50, 0x50, NONE, DCS_ENTRY);
        set(t, ESCAPE, 0x58, 0x58, NONE, SOS_PM_APC_STRING);
        set(t, ESCAPE, 0x5e, 0x5f, NONE, SOS_PM_APC_STRING);
        set(t, ESCAPE_INTERMEDIATE, 0x20, 0x2f, COLLECT, ESCAPE_INTERMEDIATE);
        set(t, ESCAPE_INTERMEDIATE, 0x30, 0x7e, ESC_DISPATCH, GROUND);
    }

    private static void csi(byte[] t) {
        set(t, CSI_ENTRY, 0x20, 0x2f, COLLECT, CSI_INTERMEDIATE);
        set(t, CSI_ENTRY, 0x30, 0x3b, PARAM, CSI_PARAM);
        set(t, CSI_ENTRY, 0x3c, 0x3f, PRIVATE_MARKER, CSI_PARAM);
        set(t, CSI_ENTRY, 0x40, 0x7e, CSI_DISPATCH, GROUND);
        set(t, CSI_PARAM, 0x20, 0x2f, COLLECT, CSI_INTERMEDIATE);
        set(t, CSI_PARAM, 0x30, 0x3b, PARAM, CSI_PARAM);
        set(t, CSI_PARAM, 0x3c, 0x3f, NONE, CSI_IGNORE);
        set(t, CSI_PARAM, 0x40, 0x7e, CSI_DISPATCH, GROUND);
        set(t, CSI_INTERMEDIATE, 0x20, 0x2f, COLLECT, CSI_INTERMEDIATE);
        set(t, CSI_INTERMEDIATE, 0x30, 0x3f, NONE, CSI_IGNORE);
        set(t, CSI_INTERMEDIATE, 0x40, 0x7e, CSI_DISPATCH, GROUND);
        set(t, CSI_IGNORE, 0x20, 0x3f, NONE, CSI_IGNORE);
        set(t, CSI_IGNORE, 0x40, 0x7e, NONE, GROUND);
    }

    /** DCS headers parse like CSI but C0 controls are ignored; the body is passed through. */
    private static void dcs(byte[] t) {
        for (int s : new int[] {DCS_ENTRY, DCS_PARAM, DCS_INTERMEDIATE, DCS_IGNORE}) {
            ignoreC0(t, s);
        }
        set(t, DCS_ENTRY, 0x20, 0x2f, COLLECT, DCS_INTERMEDIATE);
        set(t, DCS_ENTRY, 0x30, 0x3b, PARAM, DCS_PARAM);
        set(t, DCS_ENTRY, 0x3c, 0x3f, PRIVATE_MARKER, DCS_PARAM);
        set(t, DCS_ENTRY, 0x40, 0x7e, NONE, DCS_PASSTHROUGH);
        set(t, DCS_PARAM, 0x20, 0x2f, COLLECT, DCS_INTERMEDIATE);
        set(t, DCS_PARAM, 0x30, 0x3b, PARAM, DCS_PARAM);
        set(t, DCS_PARAM, 0x3c, 0x3f, NONE, DCS_IGNORE);
        set(t, DCS_PARAM, 0x40, 0x7e, NONE, DCS_PASSTHROUGH);
        set(t, DCS_INTERMEDIATE, 0x20, 0x2f, COLLECT, DCS_INTERMEDIATE);
        set(t, DCS_INTERMEDIATE, 0x30, 0x3f, NONE, DCS_IGNORE);
        set(t, DCS_INTERMEDIATE, 0x40, 0x7e, NONE, DCS_PASSTHROUGH);
        set(t, DCS_IGNORE, 0x20, 0x7e, NONE, DCS_IGNORE);
        set(t, DCS_PASSTHROUGH, 0x00, 0x17, PUT, DCS_PASSTHROUGH);
        set(t, DCS_PASSTHROUGH, 0x19, 0x19, PUT, DCS_PASSTHROUGH);
        set(t, DCS_PASSTHROUGH, 0x1c, 0x7e, PUT, DCS_PASSTHROUGH);
    }

    /** OSC collects printable bytes and also ends on BEL (xterm); SOS/PM/APC are consumed. */
    private static void strings(byte[] t) {
        ignoreC0(t, OSC_STRING);
        ignoreC0(t, SOS_PM_APC_STRING);
        set(t, OSC_STRING, 0x07, 0x07, OSC_END_BEL, GROUND);
        set(t, OSC_STRING, 0x20, 0x7f, OSC_PUT, OSC_STRING);
        set(t, SOS_PM_APC_STRING, 0x20, 0x7f, NONE, SOS_PM_APC_STRING);
    }

    private static void ignoreC0(byte[] t, int s) {
        set(t, s, 0x00, 0x17, NONE, s);
        set(t, s, 0x19, 0x19, NONE, s);
        set(t, s, 0x1c, 0x1f, NONE, s);
    }

    private static void set(byte[] t, int state, int from, int to, int action, int next) {
        for (int b = from; b <= to; b++) {
            t[state << 7 | b] = (byte) (action << 4 | next);
        }
    }
}

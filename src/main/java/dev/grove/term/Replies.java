// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.term;

import java.nio.charset.StandardCharsets;

/**
 * Formats the answers a terminal gives to queries and sends them to the {@link ReplySink}.
 * Replies use 7-bit controls ({@code ESC [}, {@code ESC P}, {@code ESC \}).
 */
final class Replies {
    /** DA1: a VT220-class terminal with ANSI colour. */
    static final String PRIMARY_ATTRIBUTES = "\033[?62;22c";
    /** DA2: terminal type 1 (VT220), firmware version 10, no ROM cartridge. */
    static final String SECONDARY_ATTRIBUTES = "\033[>1;10;0c";

    private final ReplySink sink;

    Replies(ReplySink sink) {
        this.sink = sink;
    }

    void send(String reply) {
        sink.reply(reply.getBytes(StandardCharsets.UTF_8));
    }

    /** CSI ? mode ; state $ y (or without ? for ANSI modes). */
    void modeReport(boolean dec, int mode, int state) {
        send("\033[" + (dec ? "?" : "") + mode + ";" + state + "$y");
    }

    /** CPR: 1-based row and column. */
    void cursorPosition(int row, int col, boolean dec) {
        send("\033[" + (dec ? "?" : "") + (row + 1) + ";" + (col + 1) + (dec ? ";1" : "") + "R");
    }

    /** XTVERSION: DCS > | grove VERSION ST. */
    void version(String version) {
        send("\033P>|grove " + version + "\033\\");
    }

    /** An OSC reply with the terminator the query used. */
    void osc(String body, int terminator) {
        send("\033]" + body + (terminator == 0x07 ? "\007" : "\033\\"));
    }

    /** DECRQSS answer: valid ({@code 1$r...}) or invalid ({@code 0$r}). */
    void statusString(String value) {
        send(value == null ? "\033P0$r\033\\" : "\033P1$r" + value + "\033\\");
    }
}

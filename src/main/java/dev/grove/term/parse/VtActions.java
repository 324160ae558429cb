// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.term.parse;

/**
 * What {@link VtParser} calls as it recognises text, controls and sequences. The parser owns
 * every array it passes; an implementation must copy what it keeps and must not call back into
 * the parser. All calls happen synchronously inside {@link VtParser#feed}.
 */
public interface VtActions {
    /** A printable character that is not plain ASCII (already UTF-8 decoded; U+FFFD for bad input). */
    void print(int codePoint);

    /** A run of printable ASCII bytes (0x20-0x7E), {@code data[start..end)}. */
    void printAscii(byte[] data, int start, int end);

    /** A C0 control (0x00-0x1F) to execute. */
    void execute(int control);

    /**
     * An escape sequence {@code ESC I... F}.
     *
     * @param intermediates the intermediate bytes (0x20-0x2F) packed big-endian, 0 for none
     * @param finalByte the final byte (0x30-0x7E)
     */
    void escDispatch(int intermediates, int finalByte);

    /**
     * A control sequence {@code CSI P... I... F}.
     *
     * @param prefix the private marker ({@code < = > ?}) or 0
     * @param intermediates the intermediate bytes packed big-endian, 0 for none
     */
    void csiDispatch(int prefix, int intermediates, int finalByte, Params params);

    /** A complete device control string {@code DCS P... I... F data ST}; {@code data[0..length)}. */
    void dcsDispatch(int prefix, int intermediates, int finalByte, Params params, byte[] data, int length);

    /**
     * A complete operating system command {@code OSC data BEL} or {@code OSC data ST}.
     *
     * @param data the raw payload bytes {@code data[0..length)}, UTF-8 as the program sent it
     * @param terminator {@link VtParser#BEL} or {@link VtParser#ST}: replies use the same one
     */
    void oscDispatch(byte[] data, int length, int terminator);
}

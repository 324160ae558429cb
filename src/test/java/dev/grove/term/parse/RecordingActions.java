// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.term.parse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Records every parser action as a readable string, for parser tests. */
final class RecordingActions implements VtActions {
    final List<String> calls = new ArrayList<>();

    @Override
    public void print(int codePoint) {
        calls.add("PRINT " + new String(Character.toChars(codePoint)));
    }

    @Override
    public void printAscii(byte[] data, int start, int end) {
        calls.add("PRINT " + new String(data, start, end - start, StandardCharsets.US_ASCII));
    }

    @Override
    public void execute(int control) {
        calls.add(String.format("EXEC %02x", control));
    }

    @Override
    public void escDispatch(int intermediates, int finalByte) {
        calls.add("ESC " + chars(intermediates) + (char) finalByte);
    }

    @Override
    public void csiDispatch(int prefix, int intermediates, int finalByte, Params params) {
        calls.add("CSI " + (prefix == 0 ? "" : String.valueOf((char) prefix)) + params + chars(intermediates) + (char) finalByte);
    }

    @Override
    public void dcsDispatch(int prefix, int intermediates, int finalByte, Params params, byte[] data, int length) {
        calls.add("DCS " + (prefix == 0 ? "" : String.valueOf((char) prefix)) + params + chars(intermediates) + (char) finalByte
                + " " + new String(data, 0, length, StandardCharsets.UTF_8));
    }

    @Override
    public void oscDispatch(byte[] data, int length, int terminator) {
        calls.add("OSC " + new String(data, 0, length, StandardCharsets.UTF_8) + (terminator == VtParser.BEL ? " BEL" : " ST"));
    }

    private static String chars(int packed) {
        StringBuilder sb = new StringBuilder();
        for (int shift = 24; shift >= 0; shift -= 8) {
            int c = packed >> shift & 0xff;
            if (c != 0) {
                sb.append((char) c);
            }
        }
        return sb.toString();
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.term.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Control sequences dispatch alike whether they arrive whole (the fast path) or a byte at a time. */
class VtParserTest {

    /** Writes every action as a line of text. */
    private static final class Recorder implements VtActions {
        final List<String> log = new ArrayList<>();

        @Override
        public void print(int codePoint) {
            log.add("print " + codePoint);
        }

        @Override
        public void printAscii(byte[] data, int start, int end) {
            for (int i = start; i < end; i++) {
                log.add("print " + data[i]);
            }
        }

        @Override
        public void execute(int control) {
            log.add("execute " + control);
        }

        @Override
        public void escDispatch(int intermediates, int finalByte) {
            log.add("esc " + intermediates + " " + (char) finalByte);
        }

        @Override
        public void csiDispatch(int prefix, int intermediates, int finalByte, Params params) {
            log.add("csi " + prefix + " " + intermediates + " " + (char) finalByte + " " + params + " subs "
                    + (params.size() > 1 && params.isSub(1)));
        }

        @Override
        public void dcsDispatch(int prefix, int intermediates, int finalByte, Params params, byte[] data, int length) {
            log.add("dcs " + (char) finalByte + " " + params + " " + new String(data, 0, length, StandardCharsets.UTF_8));
        }

        @Override
        public void oscDispatch(byte[] data, int length, int terminator) {
            log.add("osc " + new String(data, 0, length, StandardCharsets.UTF_8) + " " + terminator);
        }
    }

    private static List<String> whole(String input) {
        Recorder r = new Recorder();
        byte[] bytes = input.getBytes(StandardCharsets.UTF_8);
        new VtParser(r).feed(bytes, 0, bytes.length);
        return r.log;
    }

    private static List<String> byteByByte(String input) {
        Recorder r = new Recorder();
        VtParser parser = new VtParser(r);
        for (byte b : input.getBytes(StandardCharsets.UTF_8)) {
            parser.feed(new byte[] {b}, 0, 1);
        }
        return r.log;
    }

    @Test
    void wholeSequencesDispatchAsTheyDoByteByByte() {
        for (String input : List.of("a\033[1;31mb\033[0m", "\033[38:2::10:20:30m\033[4:3m", "\033[?1049h\033[?25l",
                "\033[>4;1m\033[=5c\033[<1;2;3M", "\033[;;H\033[m", "\033[99999999999m", "\033[1 q\033[?1;2$p",
                "\033[1\033[2J", "\033[1\nA", "\033[1;2?m", "\033[\u00e9m", "\033[?", "x\033", "\033[31",
                "\033[" + "1;".repeat(40) + "7m", "\033[:1;;2::3m")) {
            assertEquals(byteByByte(input), whole(input), input.replace("\033", "ESC"));
        }
    }

    @Test
    void aPlainSequenceIsOneDispatchWithItsParameters() {
        assertEquals(List.of("csi 63 0 h 1049 subs false", "csi 0 0 m 38:2:0:10:20:30 subs true"),
                whole("\033[?1049h\033[38:2::10:20:30m"));
    }
}

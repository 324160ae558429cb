// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.term.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The DEC ANSI parser, checked through the calls it makes; control sequences dispatch alike whether
 * they arrive whole (the fast paths) or a byte at a time.
 */
class VtParserTest {
    private static List<String> parse(String s) {
        return parse(s.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> parse(byte[] bytes) {
        RecordingActions actions = new RecordingActions();
        new VtParser(actions).feed(bytes, 0, bytes.length);
        return actions.calls;
    }

    @Test
    void asciiRunsArriveTogether() {
        assertEquals(List.of("PRINT hello world", "EXEC 0d", "EXEC 0a", "PRINT !"), parse("hello world\r\n!"));
    }

    @Test
    void utf8IsDecodedAndBadBytesBecomeReplacementCharacters() {
        assertEquals(List.of("PRINT é", "PRINT 中", "PRINT 😀"), parse("é中😀"));
        byte[] bad = {'a', (byte) 0xe4, (byte) 0xb8, 'b', (byte) 0x80, (byte) 0xc0, (byte) 0xaf, (byte) 0xed, (byte) 0xa0, (byte) 0x80};
        assertEquals(List.of("PRINT a", "PRINT \ufffd", "PRINT b", "PRINT \ufffd", "PRINT \ufffd", "PRINT \ufffd",
                "PRINT \ufffd", "PRINT \ufffd", "PRINT \ufffd"), parse(bad));
    }

    @Test
    void aCharacterSplitAcrossFeedsIsKept() {
        RecordingActions actions = new RecordingActions();
        VtParser parser = new VtParser(actions);
        byte[] bytes = "中".getBytes(StandardCharsets.UTF_8);
        parser.feed(bytes, 0, 1);
        parser.feed(bytes, 1, 2);
        assertEquals(List.of("PRINT 中"), actions.calls);
    }

    @Test
    void c1ControlsFollowXtermInUtf8Mode() {
        assertEquals(List.of("PRINT a", "PRINT 2Jb"), parse("a\u009b2Jb"));
        assertEquals(List.of("PRINT \ufffd", "PRINT 2J"), parse(new byte[] {(byte) 0x9b, '2', 'J'}));
    }

    @Test
    void controlSequencesWithParametersPrivateMarkersAndIntermediates() {
        assertEquals(List.of("CSI 1;2H", "CSI ?1049h", "CSI >4;2m", "CSI 1$p", "CSI 0;5H", "CSI m", "CSI 1 q"),
                parse("\033[1;2H\033[?1049h\033[>4;2m\033[1$p\033[;5H\033[m\033[1 q"));
    }

    @Test
    void colonSubParameters() {
        RecordingActions actions = new RecordingActions();
        byte[] b = "\033[38:2::10:20:30;1m".getBytes(StandardCharsets.US_ASCII);
        new VtParser(actions).feed(b, 0, b.length);
        assertEquals(List.of("CSI 38:2:0:10:20:30;1m"), actions.calls);
    }

    @Test
    void controlsInsideASequenceExecuteAndCancelAborts() {
        assertEquals(List.of("EXEC 08", "CSI 2C"), parse("\033[2\bC"));
        assertEquals(List.of("EXEC 18", "PRINT abc"), parse("\033[1;2\030abc"));
        assertEquals(List.of("CSI 2J"), parse("\033[1\033[2J"));
    }

    @Test
    void malformedSequencesAreIgnored() {
        assertEquals(List.of("PRINT x"), parse("\033[1;<5Hx"));
        assertEquals(List.of("PRINT y"), parse("\033[1 !\"#Hy"));
        assertEquals(List.of("PRINT Ck"), parse("\033[2\u00e9Ck"));
    }

    @Test
    void escapeSequences() {
        assertEquals(List.of("ESC 7", "ESC (0", "ESC #8", "ESC c"), parse("\0337\033(0\033#8\033c"));
    }

    @Test
    void oscEndsWithBelOrStAndKeepsUtf8() {
        assertEquals(List.of("OSC 0;tïtle BEL", "OSC 2;x ST", "ESC \\"), parse("\033]0;tïtle\007\033]2;x\033\\"));
    }

    @Test
    void stringsAreConsumedAndDcsIsDispatched() {
        assertEquals(List.of("DCS 1$q m", "ESC \\", "ESC \\", "ESC \\", "PRINT z"),
                parse("\033P1$qm\033\\\033_apc\033\\\033^pm\033\\z"));
        assertEquals(List.of("PRINT a", "EXEC 18", "PRINT b"), parse("a\033Xsos\030b"));
    }

    @Test
    void hostileInputStaysBounded() {
        RecordingActions actions = new RecordingActions();
        VtParser parser = new VtParser(actions);
        byte[] params = ("\033[" + "1;".repeat(10_000) + "99999999999H").getBytes(StandardCharsets.US_ASCII);
        parser.feed(params, 0, params.length);
        assertEquals(1, actions.calls.size());
        assertTrue(actions.calls.get(0).length() < 200, actions.calls.get(0));
        byte[] osc = new byte[VtParser.MAX_OSC + 10];
        java.util.Arrays.fill(osc, (byte) 'a');
        osc[0] = 0x1b;
        osc[1] = ']';
        parser.feed(osc, 0, osc.length);
        parser.feed(new byte[] {7, 'z'}, 0, 2);
        assertEquals("PRINT z", actions.calls.get(actions.calls.size() - 1));
        assertEquals(2, actions.calls.size());
        assertTrue(parser.inGround());
    }

    @Test
    void parameterValuesAreClamped() {
        assertEquals(List.of("CSI 65535A"), parse("\033[123456789A"));
    }

    /** The calls for {@code input} fed one byte per call, adjacent prints joined as one run. */
    private static List<String> byteByByte(String input) {
        RecordingActions actions = new RecordingActions();
        VtParser parser = new VtParser(actions);
        for (byte b : input.getBytes(StandardCharsets.UTF_8)) {
            parser.feed(new byte[] {b}, 0, 1);
        }
        return joinPrints(actions.calls);
    }

    private static List<String> joinPrints(List<String> calls) {
        List<String> out = new ArrayList<>();
        for (String call : calls) {
            int last = out.size() - 1;
            if (call.startsWith("PRINT ") && last >= 0 && out.get(last).startsWith("PRINT ")) {
                out.set(last, out.get(last) + call.substring("PRINT ".length()));
            } else {
                out.add(call);
            }
        }
        return out;
    }

    @Test
    void wholeSequencesDispatchAsTheyDoByteByByte() {
        for (String input : List.of("a\033[1;31mb\033[0m", "\033[38:2::10:20:30m\033[4:3m", "\033[?1049h\033[?25l",
                "\033[>4;1m\033[=5c\033[<1;2;3M", "\033[;;H\033[m", "\033[99999999999m", "\033[1 q\033[?1;2$p",
                "\033[1\033[2J", "\033[1\nA", "\033[1;2?m", "\033[\u00e9m", "\033[?", "x\033", "\033[31",
                "\033[" + "1;".repeat(40) + "7m", "\033[:1;;2::3m")) {
            assertEquals(byteByByte(input), joinPrints(parse(input)), input.replace("\033", "ESC"));
        }
    }

    @Test
    void aPlainSequenceIsOneDispatchWithItsParameters() {
        assertEquals(List.of("CSI ?1049h", "CSI 38:2:0:10:20:30m"), parse("\033[?1049h\033[38:2::10:20:30m"));
    }
}

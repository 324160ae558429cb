// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.term;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What grove answers to queries, byte for byte. */
class RepliesTest {
    private static String reply(String query) {
        return Term.of(20, 5).feed(query).takeReplies();
    }

    @Test
    void deviceAttributes() {
        assertEquals("\033[?62;22c", reply("\033[c"));
        assertEquals("\033[?62;22c", reply("\033[0c"));
        assertEquals("\033[>1;10;0c", reply("\033[>c"));
        assertEquals("", reply("\033[1c"));
    }

    @Test
    void statusAndCursorPosition() {
        assertEquals("\033[0n", reply("\033[5n"));
        assertEquals("\033[3;5R", reply("\033[3;5H\033[6n"));
        assertEquals("\033[?3;5;1R", reply("\033[3;5H\033[?6n"));
        assertEquals("\033[2;1R", reply("\033[2;4r\033[?6h\033[2;1H\033[6n"));
    }

    @Test
    void modeReports() {
        assertEquals("\033[?2026;2$y", reply("\033[?2026$p"));
        assertEquals("\033[?2026;1$y", reply("\033[?2026h\033[?2026$p"));
        assertEquals("\033[?2004;1$y\033[?1049;1$y", reply("\033[?2004h\033[?1049h\033[?2004$p\033[?1049$p"));
        assertEquals("\033[?7;1$y\033[?25;2$y", reply("\033[?25l\033[?7$p\033[?25$p"));
        assertEquals("\033[?9999;0$y", reply("\033[?9999$p"));
        assertEquals("\033[4;1$y\033[20;2$y", reply("\033[4h\033[4$p\033[20$p"));
    }

    @Test
    void versionReport() {
        String version = reply("\033[>q");
        assertTrue(version.startsWith("\033P>|grove "), version);
        assertTrue(version.endsWith("\033\\"), version);
        assertEquals(version, reply("\033[>0q"));
    }

    @Test
    void colourQueriesUseTheQuerysTerminator() {
        assertEquals("\033]10;rgb:e5e5/e5e5/e5e5\007", reply("\033]10;?\007"));
        assertEquals("\033]11;rgb:0000/0000/0000\033\\", reply("\033]11;?\033\\"));
        assertEquals("\033]4;1;rgb:cdcd/0000/0000\007", reply("\033]4;1;?\007"));
        assertEquals("\033]4;196;rgb:ffff/0000/0000\007", reply("\033]4;196;?\007"));
        assertEquals("\033]11;rgb:1010/2020/3030\007", reply("\033]11;#102030\007\033]11;?\007"));
    }

    @Test
    void embedderChoosesTheDefaultColours() {
        Term t = Term.of(10, 2);
        t.emulator.setDefaultColors(0x000000, 0xffffff);
        t.feed("\033]11;?\007\033[?996n");
        assertEquals("\033]11;rgb:ffff/ffff/ffff\007\033[?997;2n", t.takeReplies());
    }

    @Test
    void kittyKeyboardQueryPushAndPop() {
        Term t = Term.of(10, 2).feed("\033[?u");
        assertEquals("\033[?0u", t.takeReplies());
        t.feed("\033[>1u\033[>11u\033[?u");
        assertEquals("\033[?11u", t.takeReplies());
        assertEquals(11, t.emulator.modes().kittyKeyboardFlags());
        t.feed("\033[<u");
        assertEquals(1, t.emulator.modes().kittyKeyboardFlags());
        t.feed("\033[<5u");
        assertEquals(0, t.emulator.modes().kittyKeyboardFlags());
        t.feed("\033[=5;1u\033[=2;2u\033[=1;3u");
        assertEquals(6, t.emulator.modes().kittyKeyboardFlags());
    }

    @Test
    void kittyFlagsAreKeptPerScreen() {
        Term t = Term.of(10, 2).feed("\033[>1u\033[?1049h");
        assertEquals(0, t.emulator.modes().kittyKeyboardFlags());
        t.feed("\033[>3u\033[?1049l");
        assertEquals(1, t.emulator.modes().kittyKeyboardFlags());
    }

    @Test
    void modifyOtherKeysSetQueryAndReset() {
        Term t = Term.of(10, 2).feed("\033[>4;2m\033[?4m");
        assertEquals(2, t.emulator.modes().modifyOtherKeys());
        assertEquals("\033[>4;2m", t.takeReplies());
        t.feed("\033[>4m");
        assertEquals(0, t.emulator.modes().modifyOtherKeys());
        t.feed("\033[>4;1m\033[>4n");
        assertEquals(0, t.emulator.modes().modifyOtherKeys());
    }

    @Test
    void statusStringRequests() {
        assertEquals("\033P1$r0;1;38:2::1:2:3m\033\\", reply("\033[1;38;2;1;2;3m\033P$qm\033\\"));
        assertEquals("\033P1$r2;4r\033\\", reply("\033[2;4r\033P$qr\033\\"));
        assertEquals("\033P1$r5 q\033\\", reply("\033[5 q\033P$q q\033\\"));
        assertEquals("\033P0$r\033\\", reply("\033P$qx\033\\"));
    }

    @Test
    void textAreaSize() {
        assertEquals("\033[8;5;20t", reply("\033[18t"));
    }
}

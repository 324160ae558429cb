// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.fuzz;

import java.util.List;
import java.util.SplittableRandom;

/**
 * What a hostile or broken program may print: escape-sequence fragments, C0 and C1 controls,
 * string sequences (OSC, DCS, APC, PM, SOS) including the ones that set titles, clipboards and
 * notifications or make a terminal answer, wide and combining characters and broken UTF-8.
 */
public final class HostileOutput {
    /** Tokens for {@link Mutator}: concatenated at random they make hostile terminal output. */
    public static final List<String> TOKENS = List.of("\u001b[", "\u001b]", "\u001bP", "\u001b_", "\u001b^",
            "\u001bX", "\u001b\\", "\u0007", "\u001b", "\u0018", "\u001a", "0", "1", "2", "3", "7", "9", "38", "48",
            "58", "65535", "9999999999", "1049", "2026", "2004", "1000", "1006", ";", ":", "?", ">", "<", "=", "!", " ",
            "$", "\"", "'", "m", "H", "J", "K", "r", "h", "l", "@", "P", "X", "b", "t", "q", "u", "S", "T", "L", "M",
            "c", "n", "s", "g", "d", "G", "E", "F", "A", "B", "C", "D", "Z", "x", "p", "\n", "\r", "\b", "\t", "\u000b",
            "\u000e", "\u000f", "é", "漢", "😀", "\u0301", "\u200d", "\ufe0f", "\u00ad", "\u0085", "\u009b", "\u009d",
            "\u009c", "\u001b(0", "\u001b)B", "\u001b#8", "\u001bc", "\u001b7", "\u001b8", "\u001bD", "\u001bM",
            "\u001bE", "\u001b[?1049h", "\u001b[?2026h", "\u001b[?2026l", "\u001b]52;c;", "aGVsbG8=",
            "\u001b]8;;http://x/\u001b\\", "\u001b]8;;http://\u0085x/\u0007", "\u001b]0;", "\u001b]2;",
            "\u001b]777;notify;t;", "\u001b]9;", "\u001b]4;1;rgb:ff/00/00", "\u001b]10;?", "\u001b[>4;2m",
            "\u001b[>1u", "\u001b[=1;1u", "\u001b[?u", "\u001b[6n", "\u001b[c", "\u001bP$qm\u001b\\", "\u001b[21t",
            "\u001b[22t", "\u001b[23t", "\u001b[8;50;100t", "\u001b[3J", "\u001b[?3h", "\u001b[?6h", "\u001b[?69h",
            "\u001b[5;10s", "\u001bPtmux;\u001b\u001b]52;c;ZXZpbA==\u0007\u001b\\", "abc", "    ");

    private HostileOutput() {}

    /** A short string of hostile text, for names, titles, statuses and messages. */
    public static String text(SplittableRandom random) {
        StringBuilder sb = new StringBuilder();
        int n = random.nextInt(6);
        for (int i = 0; i < n; i++) {
            sb.append(TOKENS.get(random.nextInt(TOKENS.size())));
            if (random.nextInt(4) == 0) {
                sb.append((char) random.nextInt(0xa0));
            }
        }
        return sb.toString();
    }
}

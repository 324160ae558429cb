// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.grove.fuzz.AllocationMeter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Seeded random and mutated status files: reading never throws and allocates in proportion to
 * the text, writing back keeps every row, a second write changes nothing, and an edit always lands.
 */
class StatusTableFuzzTest {
    private static final int CASES = 100_000;
    /** Allocation allowed for one parse: a fixed part plus a multiple of the input, so memory follows the file. */
    private static final long PARSE_ALLOWANCE = 1 << 20;
    private static final long PARSE_PER_CHAR = 200;
    private static final String[] SEEDS = {
        "| Agent | Task | Status | Last Update |\n|---|---|---|---|\n| a | t | Idle | 10:00 |\n"
                + "| b | u | Complete | 10:01 |\n",
        "# Status\n\nAgent | Task | Status | Last Update | Note\n:--|:-:|--:|---|---\n"
                + "x | y \\| z | In progress | 1 | n\n",
        "| a | b | c | d |\n| e | f | g | h |\n",
        "text\n| Status | Agent |\n|---|---|\n| ok | w |\n\njunk\n| z | q |\n",
    };
    private static final String ALPHABET =
            "||||---::  \\\\\n\n\r\tAgentTaskStatusLast Update ab漢字😀\u0000\uFEFF*_";

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void randomAndMutatedFilesNeverBreakTheParserOrLoseRows() {
        SplittableRandom random = new SplittableRandom(20240611L);
        AllocationMeter meter = new AllocationMeter();
        StatusTable.parse(SEEDS[0]);
        for (int i = 0; i < CASES; i++) {
            String input = i % 2 == 0 ? randomText(random) : mutate(SEEDS[random.nextInt(SEEDS.length)], random);
            try {
                meter.reset();
                StatusTable.parse(input);
                long allocated = meter.allocated();
                assertTrue(allocated <= PARSE_ALLOWANCE + PARSE_PER_CHAR * input.length(),
                        "parsing " + input.length() + " characters allocated " + allocated + " bytes");
                check(input, random);
            } catch (RuntimeException | AssertionError e) {
                fail("case " + i + " failed for input " + escape(input), e);
            }
        }
    }

    private static void check(String input, SplittableRandom random) {
        StatusTable table = StatusTable.parse(input);
        assertTrue(table.rows().size() <= input.length() + 1);
        String written = table.toMarkdown();
        StatusTable reread = StatusTable.parse(written);
        assertEquals(contents(table), contents(reread), "rows changed by a rewrite");
        assertEquals(written, reread.toMarkdown(), "a second rewrite changed the file");
        String agent = "agent" + random.nextInt(3);
        StatusTable edited = StatusTable.parse(table.withEdit(StatusEdit.of(agent).withStatus("Idle").withNote("n|x"),
                "12:34").toMarkdown());
        StatusRow row = edited.row(agent).orElseThrow();
        assertEquals("Idle", row.status());
        assertEquals("12:34", row.lastUpdate());
    }

    private static List<String> contents(StatusTable t) {
        return t.rows().stream()
                .map(r -> String.join("\u0001", r.agent(), r.task(), r.status(), r.lastUpdate(), r.extra().toString()))
                .collect(Collectors.toList());
    }

    private static String randomText(SplittableRandom random) {
        int n = random.nextInt(200);
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    private static String mutate(String seed, SplittableRandom random) {
        StringBuilder sb = new StringBuilder(seed);
        int edits = 1 + random.nextInt(6);
        for (int e = 0; e < edits; e++) {
            int pos = sb.length() == 0 ? 0 : random.nextInt(sb.length());
            switch (random.nextInt(5)) {
                case 0:
                    sb.insert(pos, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                    break;
                case 1:
                    sb.delete(pos, Math.min(sb.length(), pos + 1 + random.nextInt(8)));
                    break;
                case 2:
                    duplicateLine(sb, random);
                    break;
                case 3:
                    if (sb.length() > 0) {
                        sb.setCharAt(pos, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                    }
                    break;
                default:
                    sb.insert(pos, random.nextBoolean() ? "|" : "\\|");
                    break;
            }
        }
        return sb.toString();
    }

    private static void duplicateLine(StringBuilder sb, SplittableRandom random) {
        List<String> lines = new ArrayList<>(List.of(sb.toString().split("\n", -1)));
        int i = random.nextInt(lines.size());
        lines.add(random.nextInt(lines.size() + 1), lines.get(i));
        sb.setLength(0);
        sb.append(String.join("\n", lines));
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
    }
}

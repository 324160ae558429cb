// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The end-of-batch table: one row per task with its outcome, times, check and merge. Stateless. */
public final class BatchReport {
    private BatchReport() {}

    /** The table's lines, columns padded. */
    public static List<String> table(BatchState state) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"TASK", "RESULT", "STARTED", "ENDED", "CHECK", "MERGE", "REASON"});
        for (TaskRun r : state.runs()) {
            rows.add(new String[] {r.name(), r.phase().name().toLowerCase(Locale.ROOT), orDash(r.startedAt()),
                    orDash(r.endedAt()), orDash(r.check()), orDash(r.merge()), orDash(r.reason())});
        }
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        List<String> lines = new ArrayList<>();
        for (String[] row : rows) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                b.append(i == row.length - 1 ? row[i] : String.format("%-" + widths[i] + "s  ", row[i]));
            }
            lines.add(b.toString().stripTrailing());
        }
        return lines;
    }

    private static String orDash(String s) {
        return s == null ? "-" : s;
    }
}

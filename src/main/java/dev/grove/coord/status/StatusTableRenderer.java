// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.status;

import java.util.ArrayList;
import java.util.List;

/** Writes a {@link StatusTable} back as Markdown with aligned columns. */
final class StatusTableRenderer {
    private static final int MIN_WIDTH = 3;

    private StatusTableRenderer() {}

    static String render(List<String> preamble, List<String> columns, List<String> alignments,
            List<StatusTable.Cells> rows, List<String> trailing) {
        int[] widths = widths(columns, rows);
        StringBuilder out = new StringBuilder();
        for (String line : preamble) {
            out.append(line).append('\n');
        }
        if (!preamble.isEmpty() && !preamble.get(preamble.size() - 1).isBlank()) {
            out.append('\n');
        }
        appendRow(out, columns, widths);
        appendDelimiter(out, alignments, widths);
        for (StatusTable.Cells row : rows) {
            appendRow(out, row.values(), widths);
        }
        for (String line : trailing) {
            out.append(line).append('\n');
        }
        return out.toString();
    }

    private static int[] widths(List<String> columns, List<StatusTable.Cells> rows) {
        int[] w = new int[columns.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = Math.max(MIN_WIDTH, MarkdownRow.width(MarkdownRow.escape(columns.get(i))));
        }
        for (StatusTable.Cells row : rows) {
            for (int i = 0; i < w.length && i < row.values().size(); i++) {
                w[i] = Math.max(w[i], MarkdownRow.width(MarkdownRow.escape(row.values().get(i))));
            }
        }
        return w;
    }

    private static void appendRow(StringBuilder out, List<String> values, int[] widths) {
        List<String> cells = new ArrayList<>(values);
        while (cells.size() < widths.length) {
            cells.add("");
        }
        out.append('|');
        for (int i = 0; i < cells.size(); i++) {
            String text = MarkdownRow.escape(cells.get(i));
            out.append(' ').append(text);
            int pad = (i < widths.length ? widths[i] : 0) - MarkdownRow.width(text);
            out.append(" ".repeat(Math.max(0, pad))).append(" |");
        }
        out.append('\n');
    }

    private static void appendDelimiter(StringBuilder out, List<String> alignments, int[] widths) {
        out.append('|');
        for (int i = 0; i < widths.length; i++) {
            String align = i < alignments.size() ? alignments.get(i) : "";
            boolean left = align.equals(StatusTableParser.ALIGN_LEFT) || align.equals(StatusTableParser.ALIGN_CENTER);
            boolean right = align.equals(StatusTableParser.ALIGN_RIGHT) || align.equals(StatusTableParser.ALIGN_CENTER);
            int dashes = widths[i] + 2 - (left ? 1 : 0) - (right ? 1 : 0);
            out.append(left ? ":" : "").append("-".repeat(dashes)).append(right ? ":" : "").append('|');
        }
        out.append('\n');
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.status;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a status file leniently. The header is the first line with pipes that has an
 * {@code Agent} cell (or, failing that, the first line with pipes followed by a delimiter row);
 * the table runs from there to the last line with a pipe. Inside it, lines that are not rows are
 * reported and kept (moved below the table on the next write). Columns are matched by name,
 * without regard to case, spaces or order. Without a header, rows are read as
 * {@code Agent | Task | Status | Last Update}. Linear in the input; never throws.
 */
final class StatusTableParser {
    static final String ALIGN_LEFT = "left";
    static final String ALIGN_CENTER = "center";
    static final String ALIGN_RIGHT = "right";

    private final List<String> lines;
    /** Cells of each line, null for a line without an unescaped pipe. */
    private final List<List<String>> cells;
    private final List<TableProblem> problems = new ArrayList<>();

    private StatusTableParser(List<String> lines) {
        this.lines = lines;
        this.cells = new ArrayList<>(lines.size());
        for (String line : lines) {
            cells.add(MarkdownRow.hasPipe(line) ? MarkdownRow.cells(line) : null);
        }
    }

    static StatusTable parse(String text) {
        return new StatusTableParser(splitLines(text)).parse();
    }

    private StatusTable parse() {
        int firstRow = firstRowLine();
        if (firstRow < 0) {
            reportMissingTable();
            return new StatusTable(lines, Columns.STANDARD, List.of(), List.of(), List.of(), problems);
        }
        int header = findHeader();
        if (header < 0 && isDelimiter(firstRow + 1)) {
            header = firstRow;
        }
        int start = header >= 0 ? header : firstRow;
        List<String> columns = Columns.STANDARD;
        List<String> alignments = List.of();
        int bodyStart = firstRow;
        if (header >= 0) {
            columns = cells.get(header);
            checkHeader(header, columns);
            bodyStart = header + 1;
            if (isDelimiter(bodyStart)) {
                alignments = alignments(cells.get(bodyStart));
                bodyStart++;
            } else {
                problems.add(new TableProblem(header + 1, "no delimiter row (|---|---|) under the header"));
            }
        } else {
            problems.add(new TableProblem(firstRow + 1,
                    "no header row with an Agent column; rows are read as Agent | Task | Status | Last Update"));
        }
        int end = lastPipeLine();
        List<StatusTable.Cells> rows = new ArrayList<>();
        List<String> trailing = new ArrayList<>();
        readBody(bodyStart, end, columns, rows, trailing);
        trailing.addAll(lines.subList(Math.max(end + 1, bodyStart), lines.size()));
        return new StatusTable(lines.subList(0, start), columns, alignments, rows, trailing, problems);
    }

    private void readBody(int from, int to, List<String> columns, List<StatusTable.Cells> rows,
            List<String> trailing) {
        int agentCol = Columns.indexOf(columns, Columns.AGENT);
        Map<String, Integer> seen = new HashMap<>();
        for (int i = from; i <= to; i++) {
            int lineNo = i + 1;
            if (lines.get(i).isBlank()) {
                problems.add(new TableProblem(lineNo, "blank line inside the table"));
            } else if (cells.get(i) == null) {
                problems.add(new TableProblem(lineNo, "not a table row (no '|'); kept below the table"));
                trailing.add(lines.get(i));
            } else if (isDelimiter(i)) {
                problems.add(new TableProblem(lineNo, "extra delimiter row inside the table; dropped"));
            } else {
                checkRow(lineNo, cells.get(i), columns.size(), agentCol, seen);
                rows.add(new StatusTable.Cells(cells.get(i), lineNo));
            }
        }
    }

    private void checkRow(int lineNo, List<String> row, int width, int agentCol, Map<String, Integer> seen) {
        if (row.size() > width) {
            problems.add(new TableProblem(lineNo,
                    "row has " + row.size() + " cells but the header has " + width + "; extra cells kept"));
        } else if (row.size() < width) {
            problems.add(new TableProblem(lineNo,
                    "row has " + row.size() + " cells but the header has " + width + "; the missing ones are empty"));
        }
        if (agentCol < 0) {
            return;
        }
        String agent = agentCol < row.size() ? row.get(agentCol) : "";
        if (agent.isEmpty()) {
            problems.add(new TableProblem(lineNo, "row has no agent name; ignored"));
            return;
        }
        Integer first = seen.putIfAbsent(agent, lineNo);
        if (first != null) {
            problems.add(new TableProblem(lineNo,
                    "agent '" + agent + "' already has a row on line " + first + "; this one is ignored"));
        }
    }

    private void checkHeader(int header, List<String> columns) {
        for (String required : Columns.STANDARD) {
            if (Columns.indexOf(columns, required) < 0) {
                problems.add(new TableProblem(header + 1, "header has no '" + required + "' column"));
            }
        }
        Map<String, Integer> seen = new HashMap<>();
        for (String c : columns) {
            String key = Columns.normalize(c);
            if (!key.isEmpty() && seen.merge(key, 1, Integer::sum) == 2) {
                problems.add(new TableProblem(header + 1, "header names '" + c + "' twice; the first one is used"));
            }
        }
    }

    /** Text without any table row: reported on its first non-blank line, unless there is none. */
    private void reportMissingTable() {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                problems.add(new TableProblem(i + 1, "no table in the file; the next write adds one below the text"));
                return;
            }
        }
    }

    private int findHeader() {
        for (int i = 0; i < lines.size(); i++) {
            if (cells.get(i) != null && Columns.indexOf(cells.get(i), Columns.AGENT) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private int firstRowLine() {
        for (int i = 0; i < lines.size(); i++) {
            if (cells.get(i) != null && !isDelimiter(i)) {
                return i;
            }
        }
        return -1;
    }

    private int lastPipeLine() {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (cells.get(i) != null) {
                return i;
            }
        }
        return -1;
    }

    private boolean isDelimiter(int line) {
        return line < lines.size() && cells.get(line) != null && MarkdownRow.isDelimiter(cells.get(line));
    }

    private static List<String> alignments(List<String> delimiterCells) {
        List<String> out = new ArrayList<>();
        for (String c : delimiterCells) {
            boolean left = c.startsWith(":");
            boolean right = c.endsWith(":") && c.length() > 1;
            out.add(left && right ? ALIGN_CENTER : left ? ALIGN_LEFT : right ? ALIGN_RIGHT : "");
        }
        return out;
    }

    private static List<String> splitLines(String text) {
        int bom = 0;
        while (bom < text.length() && text.charAt(bom) == '\uFEFF') {
            bom++;
        }
        List<String> out = new ArrayList<>();
        int start = bom;
        for (int i = bom; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                out.add(stripCr(text, start, i));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            out.add(stripCr(text, start, text.length()));
        }
        return out;
    }

    private static String stripCr(String text, int start, int end) {
        int e = end;
        while (e > start && text.charAt(e - 1) == '\r') {
            e--;
        }
        return text.substring(start, e);
    }
}

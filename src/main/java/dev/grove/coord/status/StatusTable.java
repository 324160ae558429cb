// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.status;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The coordination table as read from, or about to be written to, the status file: the lines
 * before the table, the header, the rows, the lines after it, and the problems found while
 * reading. Immutable; edits return a new table.
 *
 * <p>Nothing a person wrote is dropped: lines around the table are kept verbatim, lines inside
 * the table that are not rows are moved below it, rows with more cells than the header keep the
 * extra cells, and rows without an agent name or with a repeated one stay in place (they are
 * reported, and {@link #row} finds the first row of an agent).
 */
public final class StatusTable {
    private final List<String> preamble;
    private final List<String> columns;
    private final List<String> alignments;
    private final List<Cells> rows;
    private final List<String> trailing;
    private final List<TableProblem> problems;
    private final int agentCol;
    private final int taskCol;
    private final int statusCol;
    private final int lastUpdateCol;

    /** A row as positional cells plus the line it came from (0 when new). */
    record Cells(List<String> values, int line) {
        Cells {
            values = List.copyOf(values);
        }

        String get(int column) {
            return column >= 0 && column < values.size() ? values.get(column) : "";
        }
    }

    StatusTable(List<String> preamble, List<String> columns, List<String> alignments, List<Cells> rows,
            List<String> trailing, List<TableProblem> problems) {
        this.preamble = List.copyOf(preamble);
        this.columns = List.copyOf(columns);
        this.alignments = List.copyOf(alignments);
        this.rows = List.copyOf(rows);
        this.trailing = List.copyOf(trailing);
        this.problems = List.copyOf(problems);
        this.agentCol = Columns.indexOf(this.columns, Columns.AGENT);
        this.taskCol = Columns.indexOf(this.columns, Columns.TASK);
        this.statusCol = Columns.indexOf(this.columns, Columns.STATUS);
        this.lastUpdateCol = Columns.indexOf(this.columns, Columns.LAST_UPDATE);
    }

    /** A table with the standard columns and no rows. */
    public static StatusTable empty() {
        return new StatusTable(List.of(), Columns.STANDARD, List.of(), List.of(), List.of(), List.of());
    }

    /** Reads {@code text}; never throws, whatever the text holds. */
    public static StatusTable parse(String text) {
        return StatusTableParser.parse(text);
    }

    /** Header names in file order. */
    public List<String> columns() {
        return columns;
    }

    /** Every row that has an agent name, in file order (duplicates included). */
    public List<StatusRow> rows() {
        List<StatusRow> out = new ArrayList<>();
        for (Cells c : rows) {
            StatusRow r = toRow(c);
            if (!r.agent().isEmpty()) {
                out.add(r);
            }
        }
        return out;
    }

    /** The first row of {@code agent}. */
    public Optional<StatusRow> row(String agent) {
        int i = indexOfAgent(agent);
        return i < 0 ? Optional.empty() : Optional.of(toRow(rows.get(i)));
    }

    /** What was wrong in the file this table was read from; empty for a clean file. */
    public List<TableProblem> problems() {
        return problems;
    }

    /**
     * This table with {@code edit} applied and the row's Last Update set to {@code time}. Missing
     * standard columns (and the Note column, when the edit sets a note) are added to the header.
     */
    public StatusTable withEdit(StatusEdit edit, String time) {
        List<String> cols = new ArrayList<>(columns);
        List<String> aligns = new ArrayList<>(alignments);
        List<Cells> newRows = new ArrayList<>(rows);
        addMissingStandardColumns(cols, aligns, newRows);
        if (edit.note() != null) {
            ensureNoteColumn(cols);
        }
        int i = indexOfAgent(edit.agent());
        List<String> values = new ArrayList<>(i < 0 ? List.of() : newRows.get(i).values());
        set(values, Columns.indexOf(cols, Columns.AGENT), edit.agent());
        setIfGiven(values, Columns.indexOf(cols, Columns.TASK), edit.task());
        setIfGiven(values, Columns.indexOf(cols, Columns.STATUS), edit.status());
        set(values, Columns.indexOf(cols, Columns.LAST_UPDATE), time);
        if (edit.note() != null) {
            set(values, noteIndex(cols), edit.note());
        }
        if (i < 0) {
            newRows.add(new Cells(values, 0));
        } else {
            newRows.set(i, new Cells(values, newRows.get(i).line()));
        }
        return new StatusTable(preamble, cols, aligns, newRows, trailing, problems);
    }

    /** This table without any row of {@code agent}. */
    public StatusTable without(String agent) {
        List<Cells> kept = new ArrayList<>();
        for (Cells c : rows) {
            if (!c.get(agentCol).equals(agent)) {
                kept.add(c);
            }
        }
        return new StatusTable(preamble, columns, alignments, kept, trailing, problems);
    }

    /** The file text: lines before the table, the aligned table, then the lines after it. */
    public String toMarkdown() {
        return StatusTableRenderer.render(preamble, columns, alignments, rows, trailing);
    }

    private StatusRow toRow(Cells c) {
        Map<String, String> extra = new LinkedHashMap<>();
        for (int col = 0; col < columns.size(); col++) {
            String name = columns.get(col);
            if (!Columns.isStandard(name) && !name.isEmpty()) {
                extra.putIfAbsent(name, c.get(col));
            }
        }
        return new StatusRow(c.get(agentCol), c.get(taskCol), c.get(statusCol), c.get(lastUpdateCol), extra,
                c.line());
    }

    private int indexOfAgent(String agent) {
        for (int i = 0; i < rows.size(); i++) {
            if (!agent.isEmpty() && rows.get(i).get(agentCol).equals(agent)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Adds each standard column the header lacks right after the standard column before it (at
     * the start for Agent), so the four come in their order ahead of any extra column a grove-made
     * table has; the rows' cells and the alignments move with their columns.
     */
    private static void addMissingStandardColumns(List<String> cols, List<String> aligns, List<Cells> rows) {
        int at = 0;
        for (String name : Columns.STANDARD) {
            int present = Columns.indexOf(cols, name);
            if (present >= 0) {
                at = present + 1;
                continue;
            }
            cols.add(at, name);
            if (at <= aligns.size()) {
                aligns.add(at, "");
            }
            for (int r = 0; r < rows.size(); r++) {
                List<String> values = new ArrayList<>(rows.get(r).values());
                if (at <= values.size()) {
                    values.add(at, "");
                }
                rows.set(r, new Cells(values, rows.get(r).line()));
            }
            at++;
        }
    }

    private static void ensureNoteColumn(List<String> cols) {
        if (noteIndex(cols) < 0) {
            cols.add(Columns.NOTE);
        }
    }

    private static int noteIndex(List<String> cols) {
        int i = Columns.indexOf(cols, Columns.NOTE);
        return i >= 0 ? i : Columns.indexOf(cols, "Notes");
    }

    private static void setIfGiven(List<String> values, int col, String value) {
        if (value != null) {
            set(values, col, value);
        }
    }

    private static void set(List<String> values, int col, String value) {
        while (values.size() <= col) {
            values.add("");
        }
        values.set(col, value);
    }
}

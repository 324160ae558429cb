// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Reading, editing and writing the coordination table, including hand-edited files. */
class StatusTableTest {
    private static final String CLEAN = """
            | Agent | Task | Status | Last Update |
            |-------|------|--------|-------------|
            | auth | JWT migration | Complete | 14:23 |
            | dashboard | Chart refactor | In progress | 14:30 |
            | api | Endpoint versioning | Blocked | 14:15 |
            """;

    private static List<String> agents(StatusTable t) {
        return t.rows().stream().map(StatusRow::agent).collect(Collectors.toList());
    }

    private static String reasons(StatusTable t) {
        return t.problems().stream().map(p -> p.line() + ": " + p.reason()).collect(Collectors.joining("\n"));
    }

    @Test
    void readsTheDesignDocumentsExample() {
        StatusTable t = StatusTable.parse(CLEAN);
        assertEquals(List.of(), t.problems());
        assertEquals(List.of("auth", "dashboard", "api"), agents(t));
        StatusRow d = t.row("dashboard").orElseThrow();
        assertEquals("Chart refactor", d.task());
        assertEquals("In progress", d.status());
        assertEquals("14:30", d.lastUpdate());
        assertEquals(4, d.line());
    }

    @Test
    void renderingACleanTableAlignsColumnsAndReadsBackTheSame() {
        String text = StatusTable.parse(CLEAN).toMarkdown();
        assertEquals("""
                | Agent     | Task                | Status      | Last Update |
                |-----------|---------------------|-------------|-------------|
                | auth      | JWT migration       | Complete    | 14:23       |
                | dashboard | Chart refactor      | In progress | 14:30       |
                | api       | Endpoint versioning | Blocked     | 14:15       |
                """, text);
        assertEquals(text, StatusTable.parse(text).toMarkdown());
    }

    @Test
    void toleratesMissingOuterPipesUnalignedCellsAndCrlf() {
        String text = "Agent|Task|Status|Last Update\r\n---|---|---|---\r\nauth |  a task|Complete|14:23\r\n"
                + "| api | b | Idle | 09:01\r\n";
        StatusTable t = StatusTable.parse(text);
        assertEquals(List.of(), t.problems());
        assertEquals(List.of("auth", "api"), agents(t));
        assertEquals("a task", t.row("auth").orElseThrow().task());
        assertEquals("09:01", t.row("api").orElseThrow().lastUpdate());
    }

    @Test
    void escapedPipesStayInsideTheCellBothWays() {
        StatusTable t = StatusTable.parse("| Agent | Task | Status | Last Update |\n|---|---|---|---|\n"
                + "| a | split a\\|b | ok | 10:00 |\n");
        assertEquals("split a|b", t.row("a").orElseThrow().task());
        StatusTable edited = t.withEdit(StatusEdit.of("b").withTask("x | y \\ z\\"), "10:01");
        StatusTable back = StatusTable.parse(edited.toMarkdown());
        assertEquals("x | y \\ z\\", back.row("b").orElseThrow().task());
        assertEquals(List.of(), back.problems());
    }

    @Test
    void extraColumnsAreReadAndKeptInTheirPlace() {
        String text = "| Agent | Task | Status | Last Update | Branch | Note |\n|---|---|---|---|---|---|\n"
                + "| auth | t | Idle | 10:00 | grove/auth | waiting on review |\n";
        StatusTable t = StatusTable.parse(text);
        StatusRow r = t.row("auth").orElseThrow();
        assertEquals(Map.of("Branch", "grove/auth", "Note", "waiting on review"), r.extra());
        assertEquals("grove/auth", r.extra("branch"));
        StatusTable edited = t.withEdit(StatusEdit.of("auth").withStatus("Complete"), "10:05");
        assertEquals(List.of("Agent", "Task", "Status", "Last Update", "Branch", "Note"), edited.columns());
        StatusRow after = StatusTable.parse(edited.toMarkdown()).row("auth").orElseThrow();
        assertEquals("Complete", after.status());
        assertEquals("10:05", after.lastUpdate());
        assertEquals("grove/auth", after.extra("Branch"));
    }

    @Test
    void columnsAreMatchedByNameInAnyOrderAndCase() {
        String text = "| status | AGENT | last_update | task |\n|---|---|---|---|\n| Idle | web | 08:00 | css |\n";
        StatusRow r = StatusTable.parse(text).row("web").orElseThrow();
        assertEquals("Idle", r.status());
        assertEquals("css", r.task());
        assertEquals("08:00", r.lastUpdate());
    }

    @Test
    void junkInsideTheTableIsReportedAndKeptBelowIt() {
        String text = "# Team status\n\n| Agent | Task | Status | Last Update |\n|---|---|---|---|\n"
                + "| a | t | Idle | 10:00 |\noops, my cat typed this\n\n| b | u | Complete | 10:02 |\n\nFooter text\n";
        StatusTable t = StatusTable.parse(text);
        assertEquals(List.of("a", "b"), agents(t));
        assertEquals("6: not a table row (no '|'); kept below the table\n7: blank line inside the table", reasons(t));
        String written = t.withEdit(StatusEdit.of("a").withStatus("Complete"), "10:09").toMarkdown();
        assertTrue(written.startsWith("# Team status\n\n| Agent"), written);
        assertTrue(written.contains(
                "| b     | u    | Complete | 10:02       |\noops, my cat typed this\n\nFooter text\n"), written);
    }

    @Test
    void aTableWithoutHeaderIsReadWithTheStandardColumns() {
        StatusTable t = StatusTable.parse("| a | fix login | In progress | 11:00 |\n| b | docs | Idle | 11:01 |\n");
        assertEquals(List.of("a", "b"), agents(t));
        assertEquals("fix login", t.row("a").orElseThrow().task());
        assertEquals("1: no header row with an Agent column; rows are read as Agent | Task | Status | Last Update",
                reasons(t));
        StatusTable fixed = StatusTable.parse(t.withEdit(StatusEdit.of("c"), "11:02").toMarkdown());
        assertEquals(List.of(), fixed.problems());
        assertEquals(List.of("a", "b", "c"), agents(fixed));
    }

    @Test
    void missingColumnsAreReportedAndAddedOnTheNextWrite() {
        StatusTable t = StatusTable.parse("| Agent | Status |\n|---|---|\n| a | Idle |\n");
        assertEquals("1: header has no 'Task' column\n1: header has no 'Last Update' column", reasons(t));
        StatusTable edited = t.withEdit(StatusEdit.of("a").withTask("write docs"), "12:00");
        assertEquals(List.of("Agent", "Task", "Status", "Last Update"), edited.columns());
        StatusRow r = StatusTable.parse(edited.toMarkdown()).row("a").orElseThrow();
        assertEquals("Idle", r.status());
        assertEquals("write docs", r.task());
    }

    @Test
    void missingStandardColumnsGoBeforeTheExtraOnesWithTheirCellsAndAlignments() {
        StatusTable t = StatusTable.parse("| Status | Note |\n|:---|---:|\n| Idle | first |\n");
        String written = t.withEdit(StatusEdit.of("a").withStatus("Blocked"), "12:00").toMarkdown();
        assertEquals("""
                | Agent | Task | Status  | Last Update | Note  |
                |-------|------|:--------|-------------|------:|
                |       |      | Idle    |             | first |
                | a     |      | Blocked | 12:00       |       |
                """, written);
    }

    @Test
    void rowsWithTooFewCellsAreReportedAndReadWithEmptyCells() {
        StatusTable t = StatusTable.parse("| Agent | Task | Status | Last Update |\n|---|---|---|---|\n| a | t |\n");
        assertEquals("3: row has 2 cells but the header has 4; the missing ones are empty", reasons(t));
        assertEquals("", t.row("a").orElseThrow().status());
    }

    @Test
    void rowsWithoutAgentDuplicatesAndExtraCellsAreReportedButKept() {
        String text = "| Agent | Task | Status | Last Update |\n|---|---|---|---|\n| | t | Idle | 1 |\n"
                + "| a | first | Idle | 2 |\n| a | second | Idle | 3 |\n| b | t | Idle | 4 | surprise |\n";
        StatusTable t = StatusTable.parse(text);
        assertEquals("3: row has no agent name; ignored\n"
                + "5: agent 'a' already has a row on line 4; this one is ignored\n"
                + "6: row has 5 cells but the header has 4; extra cells kept", reasons(t));
        assertEquals("first", t.row("a").orElseThrow().task());
        String written = t.withEdit(StatusEdit.of("a").withStatus("Complete"), "5").toMarkdown();
        assertTrue(written.contains("| a     | second |"), written);
        assertTrue(written.contains("| surprise |"), written);
        assertTrue(written.contains("|       | t      |"), written);
    }

    @Test
    void anEditCreatesTheRowAndTheNoteColumnWhenNeeded() {
        StatusTable t = StatusTable.empty()
                .withEdit(StatusEdit.of("api").withTask("versioning").withStatus("Starting"), "09:00")
                .withEdit(StatusEdit.of("api").withStatus("In progress").withNote("tests green\nnow docs"), "09:05");
        StatusRow r = StatusTable.parse(t.toMarkdown()).row("api").orElseThrow();
        assertEquals("versioning", r.task());
        assertEquals("In progress", r.status());
        assertEquals("09:05", r.lastUpdate());
        assertEquals("tests green now docs", r.extra("Note"));
    }

    @Test
    void aFileWithoutTableKeepsItsTextAndGetsTheTableBelow() {
        StatusTable t = StatusTable.parse("Notes for the team\nno table yet");
        assertEquals(List.of(), t.rows());
        assertEquals("1: no table in the file; the next write adds one below the text", reasons(t));
        String written = t.withEdit(StatusEdit.of("a").withStatus("Idle"), "10:00").toMarkdown();
        assertTrue(written.startsWith("Notes for the team\nno table yet\n\n| Agent | Task | Status | Last Update |\n"),
                written);
        assertEquals(written, StatusTable.parse(written).toMarkdown());
    }

    @Test
    void removingAnAgentDropsItsRows() {
        StatusTable t = StatusTable.parse(CLEAN).without("dashboard");
        assertEquals(List.of("auth", "api"), agents(StatusTable.parse(t.toMarkdown())));
    }

    @Test
    void alignmentMarkersSurviveARewrite() {
        String text = "| Agent | Task | Status | Last Update |\n|:---|:---:|---:|---|\n| a | t | Idle | 10:00 |\n";
        String written = StatusTable.parse(text).toMarkdown();
        assertTrue(written.contains("\n|:------|:----:|-------:|-------------|\n"), written);
    }
}

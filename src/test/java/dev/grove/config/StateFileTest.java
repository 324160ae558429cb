// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.config;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grove.common.UserError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateFileTest {
    @TempDir
    Path dir;

    private static SavedState sample() {
        SavedPane shell = new SavedPane("sh", List.of("/bin/sh"), "/tmp", Map.of("FOO", "bar"), SavedPane.Status.RUNNING,
                null, 1_700_000_000_000L, 80, 24, null);
        SavedAgent agent = new SavedAgent("done", "claude", "fix the login", "grove/done", "/repo/.trees/done", "main",
                List.of("auth"), "b1", 2, Map.of("PORT", 3001), "Complete");
        SavedPane done = new SavedPane("done", List.of("true"), "/", Map.of(), SavedPane.Status.EXITED, 3, 1L, 40, 10, agent);
        return new SavedState(SavedState.SCHEMA, "0.1.0", 5L, List.of(shell, done), "done", "zoom",
                List.of(new SavedReview("done", "2026-01-02T03:04:05Z")),
                List.of(new SavedAgent("docs", "claude", "document it", null, null, null, List.of("done"), null, 0, null,
                        "Blocked")),
                List.of(new SavedBatch("b1", "/repo/tasks.md", 3, 12, 3, 5)));
    }

    @Test
    void savedStateReadsBackEqualAndPrivate() throws IOException {
        StateFile file = new StateFile(dir);
        assertEquals(Optional.empty(), file.load());
        file.save(sample());
        assertEquals(Optional.of(sample()), file.load());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.path())));
        assertTrue(Files.readString(file.path()).contains("\"schema\" : " + SavedState.SCHEMA));
    }

    @Test
    void theStateIsWrittenExactlyAsTheDataBinderWritesIt() {
        assertEquals(Json.write(sample()), RecordWriter.write(sample()));
    }

    @Test
    void temporaryFilesOfAnInterruptedWriteAreRemoved() throws IOException {
        StateFile file = new StateFile(dir);
        file.save(sample());
        Path leftover = Files.writeString(dir.resolve(".state.json12345.tmp"), "{\"schema\": 1, \"pan");
        assertEquals(Optional.of(sample()), file.load());
        assertTrue(Files.exists(leftover), "loading changes nothing");
        file.removeInterruptedWrites();
        assertFalse(Files.exists(leftover));
        assertEquals(Optional.of(sample()), file.load());
    }

    @Test
    void aCorruptFileIsRefusedLeftAsItIsAndCopied() throws IOException {
        byte[] broken = "{\"schema\": 1, \"panes\": [ {\"name\": \"x\", ".getBytes();
        Path path = Files.write(dir.resolve(StateFile.NAME), broken);
        UserError e = assertThrows(UserError.class, () -> new StateFile(dir).load());
        assertTrue(e.getMessage().startsWith("cannot restore grove's saved state from " + path + ": it is not valid JSON"),
                e.getMessage());
        assertTrue(e.hint().contains("a copy is kept at " + dir.resolve("state.json.refused-")), e.hint());
        assertArrayEquals(broken, Files.readAllBytes(path));
        assertArrayEquals(broken, Files.readAllBytes(copies("state.json.refused-").get(0)));
    }

    @Test
    void aFileOfANewerGroveIsRefusedWithTheVersions() throws IOException {
        String newer = "{\"schema\": 7, \"agents\": []}";
        Path path = Files.writeString(dir.resolve(StateFile.NAME), newer);
        UserError e = assertThrows(UserError.class, () -> new StateFile(dir).load());
        assertTrue(e.getMessage().contains("written by a newer grove (state schema 7; this grove reads up to 2)"),
                e.getMessage());
        assertEquals(newer, Files.readString(path));
        assertEquals(1, copies("state.json.refused-").size());
    }

    @Test
    void wrongShapesAreRefusedNamingTheField() throws IOException {
        Files.writeString(dir.resolve(StateFile.NAME), "{\"schema\": 2, \"savedAtMillis\": 1,\n \"panes\": [{\"name\": \"a\", "
                + "\"command\": [\"sh\"], \"cwd\": \"/\", \"status\": \"EXITED\", \"createdMillis\": 2, \"cols\": 8, \"rows\": 2, "
                + "\"colour\": 3}]}");
        UserError e = assertThrows(UserError.class, () -> new StateFile(dir).load());
        assertTrue(e.getMessage().contains("state.json:2:") && e.getMessage().contains("unknown key 'colour'"),
                e.getMessage());
        Files.writeString(dir.resolve(StateFile.NAME), "{\"schema\": 2, \"panes\": [{\"name\": \"a\", \"status\": \"GONE\"}]}");
        assertTrue(assertThrows(UserError.class, () -> new StateFile(dir).load()).getMessage().contains("GONE"));
        Files.writeString(dir.resolve(StateFile.NAME), "[1, 2]");
        assertTrue(assertThrows(UserError.class, () -> new StateFile(dir).load()).getMessage().contains("no schema number"));
    }

    @Test
    void anOlderSchemaIsMigratedAndTheOriginalKept() throws IOException {
        StateMigrations renameDir = new StateMigrations(List.of(new StateMigrations.Step(1, "directory is called cwd",
                tree -> {
                    tree.withArray("panes").forEach(p -> ((com.fasterxml.jackson.databind.node.ObjectNode) p)
                            .set("cwd", ((com.fasterxml.jackson.databind.node.ObjectNode) p).remove("directory")));
                    return tree;
                })));
        String old = "{\"schema\": 1, \"groveVersion\": \"0.0.9\", \"savedAtMillis\": 1, \"panes\": [{\"name\": \"a\", "
                + "\"command\": [\"sh\"], \"directory\": \"/\", \"status\": \"EXITED\", \"exitCode\": 0, "
                + "\"createdMillis\": 2, \"cols\": 80, \"rows\": 24}]}";
        Files.writeString(dir.resolve(StateFile.NAME), old);
        SavedState state = new StateFile(dir, renameDir).load().orElseThrow();
        assertEquals("/", state.panes().get(0).cwd());
        assertEquals(2, state.schema());
        assertEquals(old, Files.readString(dir.resolve("state.json.schema1")));
    }

    @Test
    void aSchemaOneFileIsMigratedToTwoWithoutAgentsOrReviews() throws IOException {
        String old = "{\"schema\": 1, \"groveVersion\": \"0.1.0\", \"savedAtMillis\": 1, \"panes\": [{\"name\": \"a\", "
                + "\"command\": [\"sh\"], \"cwd\": \"/\", \"extraEnv\": {}, \"status\": \"RUNNING\", \"exitCode\": null, "
                + "\"createdMillis\": 2, \"cols\": 80, \"rows\": 24}], \"focusedPane\": \"a\", \"layout\": \"tiled\"}";
        Files.writeString(dir.resolve(StateFile.NAME), old);
        SavedState state = new StateFile(dir).load().orElseThrow();
        assertEquals(2, state.schema());
        assertEquals(List.of(), state.reviewQueue());
        assertEquals(null, state.panes().get(0).agent());
        assertEquals(List.of("sh"), state.panes().get(0).command());
        assertEquals("a", state.focusedPane());
        assertEquals(old, Files.readString(dir.resolve("state.json.schema1")), "the original is kept");
        assertEquals(old, Files.readString(dir.resolve(StateFile.NAME)), "the file itself is rewritten by the server only");
    }

    @Test
    void aFailedWriteKeepsTheOldFileWholeAndLeavesNoTemporaryFile() throws IOException {
        StateFile file = new StateFile(dir.resolve("state"));
        file.save(sample());
        byte[] before = Files.readAllBytes(file.path());
        Files.delete(file.path());
        Files.createDirectory(file.path());
        assertThrows(UncheckedIOException.class, () -> file.save(sample()));
        Files.delete(file.path());
        Files.write(file.path(), before);
        assertEquals(Optional.of(sample()), file.load());
        try (Stream<Path> files = Files.list(file.path().getParent())) {
            assertEquals(List.of(file.path()), files.toList());
        }
    }

    @Test
    void aFileWhereTheStateDirectoryShouldBeIsAClearError() throws IOException {
        Path blocker = Files.writeString(dir.resolve("state"), "not a directory");
        UserError e = assertThrows(UserError.class, () -> new StateFile(blocker).checkWritable());
        assertEquals("cannot write grove's state in " + blocker + ": " + blocker + " exists and is not a directory",
                e.getMessage());
        new StateFile(dir.resolve("fine")).checkWritable();
        try (Stream<Path> files = Files.list(dir.resolve("fine"))) {
            assertEquals(0, files.count(), "the probe is removed");
        }
    }

    private List<Path> copies(String prefix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
        }
    }
}

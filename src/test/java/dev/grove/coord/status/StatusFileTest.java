// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The status file on disk: locked read-modify-write, unlocked writers, the watcher. */
class StatusFileTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-01T14:23:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;

    @Test
    void setCreatesTheFileAndStampsHoursAndMinutes() throws IOException {
        StatusFile file = new StatusFile(tmp.resolve("coordination/status.md"), CLOCK);
        file.set(StatusEdit.of("auth").withTask("JWT migration").withStatus("In progress"));
        assertEquals("""
                | Agent | Task          | Status      | Last Update |
                |-------|---------------|-------------|-------------|
                | auth  | JWT migration | In progress | 14:23       |
                """, Files.readString(file.path()));
        assertEquals("In progress", file.read().row("auth").orElseThrow().status());
    }

    @Test
    void aMissingFileReadsAsAnEmptyTable() {
        StatusTable t = new StatusFile(tmp.resolve("none.md"), CLOCK).read();
        assertEquals(List.of(), t.rows());
        assertEquals(List.of(), t.problems());
    }

    @Test
    void concurrentWritersInOneProcessLoseNoRow() throws Exception {
        StatusFile file = new StatusFile(tmp.resolve("status.md"), CLOCK);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String agent = "agent-" + i;
                // Each writer gets its own StatusFile, as separate callers would.
                done.add(pool.submit(() -> new StatusFile(tmp.resolve("status.md"), CLOCK)
                        .set(StatusEdit.of(agent).withStatus("In progress"))));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        StatusTable t = file.read();
        assertEquals(40, t.rows().size());
        assertEquals(List.of(), t.problems());
    }

    @Test
    void aWriterThatTakesNoLockIsNotOverwritten() throws IOException {
        Path path = tmp.resolve("status.md");
        StatusFile file = new StatusFile(path, CLOCK);
        file.set(StatusEdit.of("a").withStatus("Idle"));
        AtomicBoolean editorSaved = new AtomicBoolean();
        file.update(table -> {
            if (editorSaved.compareAndSet(false, true)) {
                // A person's editor saves between grove's read and grove's write.
                String edited = table.withEdit(StatusEdit.of("hand").withStatus("Blocked"), "14:20").toMarkdown();
                writeAndAge(path, edited);
            }
            return table.withEdit(StatusEdit.of("b").withStatus("Complete"), "14:23");
        });
        List<String> agents = file.read().rows().stream().map(StatusRow::agent).collect(Collectors.toList());
        assertEquals(List.of("a", "hand", "b"), agents);
    }

    @Test
    void anUnchangedTableIsNotRewritten() throws IOException {
        Path path = tmp.resolve("status.md");
        StatusFile file = new StatusFile(path, CLOCK);
        file.set(StatusEdit.of("a").withStatus("Idle"));
        FileTime old = FileTime.fromMillis(1_000_000);
        Files.setLastModifiedTime(path, old);
        file.set(StatusEdit.of("a").withStatus("Idle"));
        assertEquals(old, Files.getLastModifiedTime(path));
    }

    @Test
    void removeDropsTheAgentsRow() {
        StatusFile file = new StatusFile(tmp.resolve("status.md"), CLOCK);
        file.set(StatusEdit.of("a"));
        file.set(StatusEdit.of("b"));
        file.remove("a");
        assertEquals(List.of("b"), file.read().rows().stream().map(StatusRow::agent).collect(Collectors.toList()));
    }

    @Test
    void theWatcherReportsOtherWritersIncludingSameSizeRewritesWithinTheTimestampGranularity() throws IOException {
        Path path = tmp.resolve("status.md");
        StatusFile file = new StatusFile(path, Clock.systemUTC());
        file.set(StatusEdit.of("a").withStatus("Idle"));
        StatusWatcher watcher = file.watcher();
        assertTrue(watcher.poll().isPresent(), "the first poll returns the table");
        assertTrue(watcher.poll().isEmpty());

        file.set(StatusEdit.of("a").withStatus("Busy"));
        assertEquals("Busy", watcher.poll().orElseThrow().row("a").orElseThrow().status());
        assertTrue(watcher.poll().isEmpty());

        FileTime mtime = Files.getLastModifiedTime(path);
        String same = Files.readString(path).replace("Busy", "Done");
        Files.writeString(path, same);
        Files.setLastModifiedTime(path, mtime);
        assertEquals("Done", watcher.poll().orElseThrow().row("a").orElseThrow().status());
    }

    @Test
    void theWatcherSeesADeletedFileAsAnEmptyTable() throws IOException {
        Path path = tmp.resolve("status.md");
        StatusFile file = new StatusFile(path, CLOCK);
        file.set(StatusEdit.of("a"));
        StatusWatcher watcher = file.watcher();
        watcher.poll();
        Files.delete(path);
        assertEquals(List.of(), watcher.poll().orElseThrow().rows());
        assertTrue(watcher.poll().isEmpty());
    }

    private static void writeAndAge(Path path, String text) {
        try {
            Files.writeString(path, text);
            Files.setLastModifiedTime(path, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

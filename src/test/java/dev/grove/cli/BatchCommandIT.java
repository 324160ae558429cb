// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grove.config.Json;
import dev.grove.coord.flow.BatchState;
import dev.grove.coord.flow.TaskPhase;
import dev.grove.coord.worktree.TestRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code grove batch} end to end through picocli: headless output, exit code, report, checklist, bad input. */
@ExtendWith(AwaitBackgroundAgents.class)
class BatchCommandIT {
    private static final String AGENT = "echo \"$GROVE_TASK\" > \"$GROVE_AGENT.txt\" && git add -A && "
            + "git -c user.name=t -c user.email=t@e commit -qm \"$GROVE_AGENT\" && test \"$GROVE_TASK\" != broken";

    @TempDir Path tmp;
    TestRepo repo;
    Path tasks;


    @BeforeEach
    void setUp() throws Exception {
        repo = TestRepo.create(tmp);
        tasks = tmp.resolve("tasks.md");
    }

    private InProcessGrove.Run grove(String... args) {
        return InProcessGrove.run(repo, args);
    }

    @Test
    @Timeout(60)
    void headlessBatchPrintsEventsAndJsonAndExitsZeroOnlyWhenAllSucceed() throws Exception {
        Files.writeString(tasks, "# Work\n- [ ] first\n  name: one\n- [ ] broken\n  name: two\n");
        InProcessGrove.Run failed = grove("batch", tasks.toString(), "--headless", "--parallel", "2", "--", "sh", "-c", AGENT);
        assertEquals(1, failed.code(), failed.out() + failed.err());
        assertTrue(failed.out().contains("grove: start one\n") && failed.out().contains("grove: failed two"),
                failed.out());
        BatchState report = Json.parse(failed.out().substring(failed.out().indexOf("\n{") + 1), "out", BatchState.class);
        assertEquals(TaskPhase.SUCCEEDED, report.run("one").phase());
        assertEquals(TaskPhase.FAILED, report.run("two").phase());
        assertEquals(1, report.run("two").exitCode());
        assertEquals("# Work\n- [x] first\n  name: one\n- [ ] broken\n  name: two\n", Files.readString(tasks));

        Files.writeString(tasks, "- [ ] fine\n  name: three\n- [ ] also fine\n  name: four\n");
        InProcessGrove.Run ok = grove("batch", tasks.toString(), "--headless", "--", "sh", "-c", AGENT);
        assertEquals(0, ok.code(), ok.out() + ok.err());
        assertTrue(ok.out().contains("grove: batch tasks-") && ok.out().contains("finished: 2 succeeded"), ok.out());
        assertEquals("- [x] fine\n  name: three\n- [x] also fine\n  name: four\n", Files.readString(tasks));
    }

    @Test
    @Timeout(60)
    void demoAgentsRunUnattendedWithACheck() throws Exception {
        Files.writeString(tasks, "- [ ] tidy the notes\n- [ ] sort the list\n");
        String demo = Path.of("scripts/demo-agent").toAbsolutePath().toString();
        InProcessGrove.Run run = grove("batch", tasks.toString(), "--headless", "--check", "test -d demo", "--", demo, "--yes",
                "--fast", "--task", "{prompt}");
        assertEquals(0, run.code(), run.out() + run.err());
        BatchState report = Json.parse(run.out().substring(run.out().indexOf("\n{") + 1), "out", BatchState.class);
        assertEquals("passed", report.run("sort-the-list").check());
        assertTrue(repo.git("log", "--format=%s", "grove/tidy-the-notes").contains("demo-agent: tidy the notes"),
                "the demo agent committed its work on its branch");
    }

    @Test
    @Timeout(90)
    void aCommittedChecklistTickedByTheBatchBlocksNoMerge() throws Exception {
        Files.writeString(repo.dir.resolve("tasks.md"), "- [ ] first\n  name: one\n- [ ] second\n  name: two\n");
        repo.git("add", "tasks.md");
        repo.git("commit", "-qm", "tasks");
        InProcessGrove.Run auto = grove("batch", "tasks.md", "--headless", "--parallel", "1", "--merge", "auto", "--", "sh", "-c",
                AGENT);
        assertEquals(0, auto.code(), auto.out() + auto.err());
        assertEquals("- [x] first\n  name: one\n- [x] second\n  name: two\n",
                Files.readString(repo.dir.resolve("tasks.md")));
        String files = repo.git("ls-tree", "--name-only", "main");
        assertTrue(files.contains("one.txt") && files.contains("two.txt"), "both tasks landed: " + files);

        assertEquals(0, grove("new", "later", "--task", "after the batch", "--", "sh", "-c", AGENT).code());
        InProcessGrove.Run merge = grove("merge", "later");
        assertEquals(0, merge.code(), merge.out() + merge.err());
        assertTrue(repo.git("ls-tree", "--name-only", "main").contains("later.txt"));
        assertTrue(repo.git("status", "--porcelain").contains("tasks.md"), "the ticks stay for the user to commit");

        Files.writeString(repo.dir.resolve("README.md"), "edited by hand\n");
        assertEquals(0, grove("new", "blocked", "--task", "dirty main", "--", "sh", "-c", AGENT).code());
        InProcessGrove.Run refused = grove("merge", "blocked");
        assertEquals(1, refused.code(), refused.out());
        assertTrue(refused.err().contains("has uncommitted changes"), "other changes still block: " + refused.err());
    }

    @Test
    @Timeout(30)
    void badInputIsRefusedBeforeAnythingStarts() throws Exception {
        Files.writeString(tasks, "- [ ] a\n");
        assertRefused("error: --parallel must be at least 1, not 0", "batch", tasks.toString(), "--parallel", "0",
                "--", "true");
        assertRefused("error: --parallel 9 runs more than 8", "batch", tasks.toString(), "--parallel", "9", "--", "true");
        assertRefused("error: check command not found: no-such-checker", "batch", tasks.toString(), "--check",
                "no-such-checker --all", "--", "true");
        assertRefused("error: give either --agent PROFILE or -- CMD ARGS", "batch", tasks.toString());
        assertRefused("error: --input-timeout: cannot read 'soon'", "batch", tasks.toString(), "--input-timeout",
                "soon", "--", "true");
        Files.writeString(tasks, "- [ ] a\n  name: x\n- [ ] b\n  name: x\n");
        assertRefused("error: " + tasks + ":3: task name 'x' is used twice", "batch", tasks.toString(), "--", "true");
        Path missing = tasks.resolveSibling("missing.md");
        assertRefused("error: no such task file: " + missing + "\nhint: give the path of a Markdown checklist",
                "batch", missing.toString(), "--", "true");
        assertRefused("error: the task file is a directory: " + repo.dir, "batch", repo.dir.toString(), "--", "true");
        Files.writeString(tasks, "- [ ] a\n  colour: red\n");
        assertRefused("error: " + tasks + ":2: unknown annotation 'colour'", "batch", tasks.toString(), "--", "true");
        assertTrue(!Files.exists(repo.dir.resolve(".trees")) || Files.list(repo.dir.resolve(".trees")).findAny()
                .isEmpty(), "no worktree was created");
    }

    private void assertRefused(String start, String... args) {
        InProcessGrove.Run r = grove(args);
        assertEquals(1, r.code(), r.out());
        assertTrue(r.err().startsWith(start), r.err());
    }
}

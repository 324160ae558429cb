// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grove.config.RepoDirs;
import dev.grove.config.SavedState;
import dev.grove.config.StateDirs;
import dev.grove.config.StateFile;
import dev.grove.coord.flow.BatchState;
import dev.grove.coord.flow.BatchStore;
import dev.grove.coord.flow.Batches;
import dev.grove.coord.flow.TaskPhase;
import dev.grove.coord.worktree.TestRepo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code grove batch FILE} without {@code --headless}: the batch runs in a pane of the
 * repository's server and the terminal attaches to it; the server is killed mid-batch, and
 * running the command again resumes the batch where it stopped (finished tasks are not run again,
 * agents that lost their process start again in their worktrees).
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class BatchOnServerIT {
    @TempDir
    Path tmp;
    private GroveEnv env;
    private TestRepo repo;
    private Path runs;
    private Path tasks;

    @BeforeEach
    void setUp() throws IOException {
        env = new GroveEnv(tmp);
        env.env().putAll(TestRepo.ENV);
        repo = TestRepo.create(tmp);
        env.useSocket(StateDirs.forRepository(RepoDirs.find(repo.dir).orElseThrow(), env.env()).socket());
        runs = Files.createDirectories(tmp.resolve("runs"));
        tasks = tmp.resolve("tasks.md");
        Files.writeString(tasks, "- [ ] first\n  name: one\n- [ ] second\n  name: two\n"
                + "- [ ] third\n  name: three\n- [ ] fourth\n  name: four\n");
    }

    @AfterEach
    void tearDown() {
        env.close();
        Poll.until("the repository's server, the batch and its agents to exit", 20, () -> ProcessHandle.allProcesses()
                .noneMatch(p -> p.info().commandLine().map(c -> c.contains(env.socket().toString())
                        || c.contains(runs.toString())).orElse(false)), this::serverLog);
    }

    /** Records each run; three and four wait until the file GO exists, so the server can be killed meanwhile. */
    private List<String> batch() {
        String agent = "echo ran >> '" + runs + "'/\"$GROVE_AGENT\"; case \"$GROVE_AGENT\" in three|four) "
                + "while [ ! -f '" + runs + "/GO' ]; do sleep 0.1; done;; esac; "
                + "echo \"$GROVE_TASK\" > \"$GROVE_AGENT.txt\" && git add -A && "
                + "git -c user.name=t -c user.email=t@e commit -qm \"$GROVE_AGENT\"";
        return List.of("batch", tasks.toString(), "--parallel", "2", "--", "sh", "-c", agent);
    }

    @Test
    void batchRunsOnTheServerAndResumesAfterTheServerWasKilled() throws IOException {
        GroveTerminal t = GroveTerminal.startIn(env, repo.dir, 160, 45, env.groveCommand(batch()));
        String id = Batches.idOf(tasks);
        t.awaitScreen("the attached server with the batch's pane", s -> s.contains("batch-" + id), 60_000);
        BatchStore store = BatchStore.of(repo.dir.resolve(".git"));
        Poll.until("one and two to finish while three and four run", 60, () -> store.load(id).map(s ->
                s.run("one").phase() == TaskPhase.SUCCEEDED && s.run("two").phase() == TaskPhase.SUCCEEDED
                        && Files.exists(runs.resolve("three")) && Files.exists(runs.resolve("four")))
                .orElse(false), () -> t.screen() + serverLog());
        t.awaitText("grove: start four");

        long server = serverPid();
        ProcessHandle.of(server).ifPresent(ProcessHandle::destroyForcibly);
        Poll.until("the server, the batch and the agents to die with it", 20, () -> ProcessHandle.allProcesses()
                .noneMatch(p -> p.pid() == server || p.info().commandLine().map(c -> c.contains(runs.toString())
                        || c.contains("--foreground") && c.contains(tasks.toString())).orElse(false)), t::screen);
        assertEquals(TaskPhase.RUNNING, store.load(id).orElseThrow().run("three").phase(), "killed mid-batch");

        Files.writeString(runs.resolve("GO"), "");
        GroveEnv.Run again = env.runIn(repo.dir, batch());
        assertEquals(0, again.exitCode(), again.out() + again.err());
        assertTrue(again.out().contains("grove: batch " + id + " resumes in pane batch-" + id), again.out());
        Poll.until("the resumed batch to finish", 60, () -> store.load(id).map(BatchState::finished).orElse(false),
                () -> store.load(id).toString() + serverLog());

        BatchState end = store.load(id).orElseThrow();
        assertTrue(end.succeeded(), end.toString());
        assertEquals(List.of("ran"), Files.readAllLines(runs.resolve("one")), "one finished before; not run again");
        assertEquals(List.of("ran"), Files.readAllLines(runs.resolve("two")), "two finished before; not run again");
        assertEquals(List.of("ran", "ran"), Files.readAllLines(runs.resolve("three")),
                "three lost its process with the server and started again");
        assertTrue(repo.git("log", "-1", "--format=%s", "grove/four").contains("four"));
        assertEquals("- [x] first\n  name: one\n- [x] second\n  name: two\n"
                + "- [x] third\n  name: three\n- [x] fourth\n  name: four\n", Files.readString(tasks));
        Poll.until("the batch's pane to end with status 0", 20, () -> env.command("ls").out().lines()
                .anyMatch(l -> l.contains("batch-" + id) && l.contains("Exited 0")), () -> env.command("ls").out());
        StateFile state = new StateFile(repo.dir.resolve(".git/grove"));
        Poll.until("state.json to list the finished batch", 20, () -> state.load().map(SavedState::batches)
                .map(b -> b.size() == 1 && b.get(0).id().equals(id) && b.get(0).tasks() == 4 && b.get(0).finished() == 4)
                .orElse(false), () -> String.valueOf(state.load()));
    }

    /** The repository server's log (it keeps its state in the repository's git directory). */
    private String serverLog() {
        Path log = repo.dir.resolve(".git/grove/server.log");
        try {
            return Files.exists(log) ? Files.readString(log) : "(no server log)";
        } catch (IOException e) {
            return "(cannot read the server log: " + e.getMessage() + ")";
        }
    }

    private long serverPid() {
        String json = env.command("ls", "--json").out();
        Matcher m = Pattern.compile("\"pid\" : (\\d+)").matcher(json);
        assertTrue(m.find(), json);
        return Long.parseLong(m.group(1));
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grove.common.UserError;
import dev.grove.coord.status.StatusEdit;
import dev.grove.coord.status.StatusFile;
import dev.grove.coord.worktree.AgentWorktrees;
import dev.grove.coord.worktree.TestRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Batches on real repositories with real agent processes: limits, groups, checks, merges, dependencies, resume. */
class BatchRunnerIT {
    private static final String COMMIT = "git add -A && git -c user.name=t -c user.email=t@e commit -qm \"$GROVE_AGENT\"";

    @TempDir Path tmp;

    @Test
    @Timeout(90)
    void twelveTasksAtParallelismThreeKeepTheLimitAndTheExclusiveGroup() throws Exception {
        TestRepo repo = TestRepo.create(tmp);
        StringBuilder file = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
            file.append("- [ ] task ").append(i).append("\n  name: t").append(i).append('\n');
            if (i == 2 || i == 3) {
                file.append("  group: db\n");
            }
        }
        BatchState end = run(repo, TaskFile.parse(file.toString(), "t.md"), 3,
                new BatchSpec(null, agent("sleep 0.4; echo \"$GROVE_TASK\" > \"$GROVE_AGENT.txt\""), null, false,
                        null));
        assertTrue(end.succeeded(), end.toString());
        List<Interval> all = end.runs().stream().map(Interval::of).toList();
        int most = 0;
        for (Interval a : all) {
            most = Math.max(most, (int) all.stream().filter(b -> b.covers(a.start)).count());
        }
        assertTrue(most <= 3, "at most 3 at once, saw " + most);
        assertTrue(most >= 2, "tasks ran in parallel, saw " + most);
        Interval t2 = Interval.of(end.run("t2"));
        Interval t3 = Interval.of(end.run("t3"));
        assertTrue(!t2.end.isAfter(t3.start) || !t3.end.isAfter(t2.start), "group db overlapped: " + t2 + " " + t3);
    }

    @Test
    @Timeout(60)
    void mergeAutoLandsOnlyPassingTasks() throws Exception {
        TestRepo repo = TestRepo.create(tmp);
        List<FlowTask> tasks = TaskFile.parse("- [ ] pass one\n- [ ] fail two\n- [ ] pass three\n", "t.md");
        BatchState end = run(repo, tasks, 2, new BatchSpec(null,
                agent("echo \"$GROVE_TASK\" > \"$GROVE_AGENT.txt\""), "grep -q pass \"$GROVE_AGENT.txt\"", true, null));
        assertEquals(TaskPhase.SUCCEEDED, end.run("pass-one").phase());
        assertEquals(TaskPhase.SUCCEEDED, end.run("pass-three").phase());
        TaskRun failed = end.run("fail-two");
        assertEquals(TaskPhase.FAILED, failed.phase());
        assertEquals("failed", failed.check());
        assertTrue(end.run("pass-one").merge().startsWith("landed "), end.run("pass-one").merge());
        String files = repo.git("ls-tree", "--name-only", "main");
        assertTrue(files.contains("pass-one.txt") && files.contains("pass-three.txt"), files);
        assertTrue(!files.contains("fail-two.txt"), files);
        assertTrue(Files.readString(BatchStore.of(repo.dir.resolve(".git")).logDir("b").resolve("fail-two.check.log"))
                .isEmpty(), "check output kept (grep -q prints nothing)");
    }

    @Test
    @Timeout(60)
    void dependencyChainStartsEachFromTheMergedBase() throws Exception {
        TestRepo repo = TestRepo.create(tmp);
        List<FlowTask> tasks = TaskFile.parse("""
                - [ ] third
                  name: c
                  after: b
                - [ ] second
                  name: b
                  after: a
                - [ ] first
                  name: a
                """, "t.md");
        BatchState end = run(repo, tasks, 3, new BatchSpec(null,
                agent("ls > \"$GROVE_AGENT.seen\""), null, true, null));
        assertTrue(end.succeeded(), end.toString());
        String seenByC = repo.git("show", "main:c.seen");
        assertTrue(seenByC.contains("a.seen") && seenByC.contains("b.seen"), seenByC);
        assertTrue(!repo.git("show", "main:b.seen").contains("c.seen"));
        assertTrue(!Interval.of(end.run("b")).start.isBefore(Interval.of(end.run("a")).end));
        assertTrue(!Interval.of(end.run("c")).start.isBefore(Interval.of(end.run("b")).end));
    }

    @Test
    @Timeout(60)
    void interruptedRunnerResumesWithoutRunningAnythingTwice() throws Exception {
        TestRepo repo = TestRepo.create(tmp);
        Path runs = Files.createDirectories(tmp.resolve("runs"));
        List<FlowTask> tasks = TaskFile.parse("- [ ] a\n- [ ] b\n- [ ] c\n- [ ] d\n", "t.md");
        BatchSpec spec = new BatchSpec(null, agent(
                "echo ran >> '" + runs + "'/\"$GROVE_AGENT\"; sleep 1; echo x > \"$GROVE_AGENT.txt\""),
                null, false, null);
        BatchStore store = BatchStore.of(repo.dir.resolve(".git"));
        try (AgentWorktrees w = AgentWorktrees.open(repo.dir, repo.options())) {
            AtomicReference<BatchState> first = new AtomicReference<>();
            BatchRunner interrupted = runner(w, store, tasks, BatchState.fresh("b", "t.md", 2, tasks), spec);
            Thread runner = new Thread(() -> first.set(interrupted.run()));
            runner.start();
            Instant deadline = Instant.now().plusSeconds(30);
            while (store.load("b").map(s -> s.runs().stream().filter(r -> r.phase() == TaskPhase.RUNNING).count())
                    .orElse(0L) < 2 && Instant.now().isBefore(deadline)) {
                Thread.onSpinWait();
            }
            interrupted.stop();
            runner.join();
            assertTrue(!first.get().finished(), "interrupted mid-batch");
            BatchState end = runner(w, store, tasks, store.load("b").orElseThrow(), spec).run();
            assertTrue(end.succeeded(), end.toString());
        }
        for (String name : List.of("a", "b", "c", "d")) {
            assertEquals(List.of("ran"), Files.readAllLines(runs.resolve(name)), name + " ran once");
        }
    }

    @Test
    void aBatchHeldByOneRunnerIsRefusedToASecond() {
        BatchStore store = BatchStore.of(tmp.resolve("git"));
        try (BatchStore.Held first = store.hold("b")) {
            UserError e = assertThrows(UserError.class, () -> store.hold("b"));
            assertEquals("batch b is already running", e.getMessage());
            store.hold("other").close();
        }
        store.hold("b").close();
    }

    @Test
    @Timeout(60)
    void anAgentWaitingForInputTooLongFailsItsTask() throws Exception {
        TestRepo repo = TestRepo.create(tmp);
        List<FlowTask> tasks = TaskFile.parse("- [ ] ask\n", "t.md");
        BatchSpec spec = new BatchSpec(null, List.of("sleep", "30"), null, false, Duration.ofMillis(300));
        BatchStore store = BatchStore.of(repo.dir.resolve(".git"));
        StatusFile status = new StatusFile(repo.dir.resolve("coordination/status.md"), Clock.systemUTC());
        try (AgentWorktrees w = AgentWorktrees.open(repo.dir, repo.options())) {
            AtomicReference<BatchState> end = new AtomicReference<>();
            Thread runner = new Thread(() -> end.set(runner(w, store, tasks, BatchState.fresh("b", "t.md", 1, tasks),
                    spec).run()));
            runner.start();
            Instant deadline = Instant.now().plusSeconds(20);
            while (store.load("b").map(s -> s.run("ask").phase() != TaskPhase.RUNNING).orElse(true)) {
                assertTrue(Instant.now().isBefore(deadline), "task never started");
                Thread.onSpinWait();
            }
            status.set(StatusEdit.of("ask").withStatus("Waiting for input"));
            runner.join(20_000);
            TaskRun ask = end.get().run("ask");
            assertEquals(TaskPhase.FAILED, ask.phase());
            assertTrue(ask.reason().startsWith("waited for input longer than"), ask.reason());
            assertTrue(Duration.between(Instant.parse(ask.startedAt()), Instant.parse(ask.endedAt())).toSeconds() < 20,
                    "stopped long before the agent would have ended");
        }
    }

    @Test
    @Timeout(60)
    void maxUnreviewedPausesStartsWhileFinishedTasksAwaitReview() throws Exception {
        TestRepo repo = TestRepo.create(tmp);
        List<FlowTask> tasks = TaskFile.parse("- [ ] a\n- [ ] b\n- [ ] c\n", "t.md");
        BatchSpec spec = new BatchSpec(null, agent("echo x > \"$GROVE_AGENT.txt\""), null, false, null);
        BatchStore store = BatchStore.of(repo.dir.resolve(".git"));
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        try (AgentWorktrees w = AgentWorktrees.open(repo.dir, repo.options())) {
            BatchRunner paused = new BatchRunner(tasks, BatchState.fresh("b", "t.md", 1, tasks),
                    new AgentProcessLauncher(w, spec, store.logDir("b"), agent -> null, Clock.systemUTC()), store,
                    new BatchRunner.Settings(1, Duration.ofMillis(40)), name -> true, events::add, Clock.systemUTC());
            AtomicReference<BatchState> end = new AtomicReference<>();
            Thread runner = new Thread(() -> end.set(paused.run()));
            runner.start();
            Instant deadline = Instant.now().plusSeconds(20);
            while (!events.contains("paused: 1 finished tasks await review")) {
                assertTrue(Instant.now().isBefore(deadline), "never paused: " + events);
                Thread.onSpinWait();
            }
            paused.stop();
            runner.join();
            assertEquals(TaskPhase.SUCCEEDED, end.get().run("a").phase());
            assertEquals(TaskPhase.PENDING, end.get().run("b").phase());
            assertEquals(TaskPhase.PENDING, end.get().run("c").phase());
        }
    }

    private static List<String> agent(String script) {
        return List.of("sh", "-c", script + " && " + COMMIT);
    }

    private BatchState run(TestRepo repo, List<FlowTask> tasks, int parallel, BatchSpec spec) {
        try (AgentWorktrees w = AgentWorktrees.open(repo.dir, repo.options())) {
            BatchStore store = BatchStore.of(repo.dir.resolve(".git"));
            return runner(w, store, tasks, BatchState.fresh("b", "t.md", parallel, tasks), spec).run();
        }
    }

    private static BatchRunner runner(AgentWorktrees w, BatchStore store, List<FlowTask> tasks, BatchState state,
            BatchSpec spec) {
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        return new BatchRunner(tasks, state, new AgentProcessLauncher(w, spec, store.logDir(state.id()),
                AgentStates.fromStatusFile(new StatusFile(w.layout().mainWorktree().resolve("coordination/status.md"),
                        Clock.systemUTC())), Clock.systemUTC()), store,
                new BatchRunner.Settings(0, Duration.ofMillis(40)), name -> false, events::add, Clock.systemUTC());
    }

    /** A task's recorded start and end. */
    private record Interval(Instant start, Instant end) {
        static Interval of(TaskRun r) {
            assertNotEquals(null, r.startedAt(), r.name());
            return new Interval(Instant.parse(r.startedAt()), Instant.parse(r.endedAt()));
        }

        boolean covers(Instant t) {
            return !t.isBefore(start) && t.isBefore(end);
        }
    }
}

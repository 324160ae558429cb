// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.worktree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grove.git.GitCli;
import dev.grove.git.UncommittedFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Status and conflict radar over live worktrees: overlaps, predicted conflicts, renames, binaries, scope. */
class RadarIT {
    @TempDir
    Path tmp;

    private static RadarReport.AgentRadar agent(RadarReport r, String name) {
        return r.agents().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void statusShowsUncommittedAheadBehindAndDiffStat() {
        TestRepo repo = TestRepo.create(tmp);
        try (AgentWorktrees w = repo.open()) {
            Path a = w.create(TestRepo.agent("a"), e -> { }).launch().worktree();
            repo.write(a, "one.txt", "1\n2\n").write(a, "two.txt", "x\n");
            TestRepo.commitAll(a, "two files");
            repo.write(a, "wip.txt", "draft\n").write(a, "one.txt", "1\n");
            repo.write("README.md", "hello again\n").commitAll("base moves");

            WorktreeStatus s = w.statuses().get(0);
            assertEquals(WorktreeStatus.Health.OK, s.health());
            assertEquals(List.of(new UncommittedFile("one.txt", UncommittedFile.Kind.MODIFIED),
                    new UncommittedFile("wip.txt", UncommittedFile.Kind.UNTRACKED)), s.uncommitted());
            assertEquals(1, s.ahead());
            assertEquals(1, s.behind());
            assertEquals(2, s.diffStat().files());
            assertEquals(3, s.diffStat().insertions());
            assertTrue(s.baseMoved());
            assertTrue(s.diskBytes() > 0);
        }
    }

    @Test
    void pollingReusesStatusUntilSomethingChanges() throws Exception {
        TestRepo repo = TestRepo.create(tmp);
        try (AgentWorktrees w = repo.open()) {
            Path a = w.create(TestRepo.agent("a"), e -> { }).launch().worktree();
            StatusPoller poller = w.statusPoller();
            poller.poll();
            long full = poller.fullRefreshes();
            poller.poll();
            poller.poll();
            assertEquals(full, poller.fullRefreshes(), "unchanged worktree must not be re-scanned");
            repo.write(a, "new.txt", "n\n");
            assertEquals(1, poller.poll().get(0).uncommitted().size());
            assertEquals(full + 1, poller.fullRefreshes());
            poller.poll();
            poller.poll();
            assertEquals(full + 1, poller.fullRefreshes(), "a dirty but unchanged worktree must not be re-scanned");
            poller.invalidate("a");
            poller.poll();
            assertEquals(full + 2, poller.fullRefreshes());

            Files.delete(a.resolve("new.txt"));
            repo.write(a, "mine.txt", "committed by the agent\n");
            TestRepo.commitAll(a, "agent file");
            assertEquals(List.of(), poller.poll().get(0).uncommitted());
            Files.writeString(a.resolve("mine.txt"), "edited in place\n", StandardOpenOption.TRUNCATE_EXISTING);
            assertEquals(List.of(new UncommittedFile("mine.txt", UncommittedFile.Kind.MODIFIED)),
                    poller.poll().get(0).uncommitted(), "an in-place edit of a file the agent changed is seen");
        }
    }

    @Test
    void overlapsAndPredictedConflictsWithBaseAndBetweenAgents() {
        TestRepo repo = TestRepo.create(tmp);
        repo.write("src/config.ts", "a\nb\nc\n").write("src/other.ts", "o\n").commitAll("sources");
        try (AgentWorktrees w = repo.open()) {
            Path api = w.create(TestRepo.agent("api"), e -> { }).launch().worktree();
            Path ui = w.create(TestRepo.agent("ui"), e -> { }).launch().worktree();
            Path docs = w.create(TestRepo.agent("docs"), e -> { }).launch().worktree();
            repo.write(api, "src/config.ts", "a\nAPI\nc\n");
            TestRepo.commitAll(api, "api config");
            repo.write(ui, "src/config.ts", "a\nUI\nc\n");
            TestRepo.commitAll(ui, "ui config");
            repo.write(docs, "src/other.ts", "uncommitted edit\n");
            repo.write("src/config.ts", "a\nMAIN\nc\n").commitAll("main edits config");

            RadarReport r = w.radar();
            assertTrue(r.renameAware());
            assertEquals(RadarReport.Prediction.CONFLICTS, agent(r, "api").prediction());
            assertEquals(List.of("src/config.ts"), agent(r, "api").conflicts());
            assertTrue(agent(r, "api").baseMoved());
            assertEquals(RadarReport.Prediction.CLEAN, agent(r, "docs").prediction());
            assertEquals(List.of("src/other.ts"), agent(r, "docs").changed());
            assertEquals(List.of(new RadarReport.Overlap("api", "ui", List.of("src/config.ts"), true)), r.overlaps());
            assertTrue(r.findings("api").contains("✗ conflicts with main: src/config.ts"), r.findings("api").toString());
            assertTrue(r.findings("ui").contains("✗ conflicts with api: src/config.ts"), r.findings("ui").toString());
            assertEquals(List.of("↻ base main moved: 1 new commit"), r.findings("docs"));
        }
    }

    @Test
    void uncommittedOverlapIsFlaggedWithoutConflict() {
        TestRepo repo = TestRepo.create(tmp);
        try (AgentWorktrees w = repo.open()) {
            Path a = w.create(TestRepo.agent("a"), e -> { }).launch().worktree();
            Path b = w.create(TestRepo.agent("b"), e -> { }).launch().worktree();
            repo.write(a, "README.md", "a\n").write(b, "README.md", "b\n");
            RadarReport r = w.radar();
            assertEquals(List.of(new RadarReport.Overlap("a", "b", List.of("README.md"), false)), r.overlaps());
            assertEquals(List.of("⚠ overlaps b: README.md"), r.findings("a"));
        }
    }

    @Test
    void renamesMergeCleanlyAndBinaryEditsConflict() {
        TestRepo repo = TestRepo.create(tmp);
        repo.write("lib/util.txt", "line 1\nline 2\nline 3\nline 4\n")
                .writeBytes(repo.dir, "img/logo.bin", new byte[] {0, 1, 2, 3, 0, 5}).commitAll("files");
        try (AgentWorktrees w = repo.open()) {
            Path ren = w.create(TestRepo.agent("ren"), e -> { }).launch().worktree();
            Path bin = w.create(TestRepo.agent("bin"), e -> { }).launch().worktree();
            TestRepo.git(ren, "mv", "lib/util.txt", "lib/helpers.txt");
            TestRepo.commitAll(ren, "rename util");
            repo.writeBytes(bin, "img/logo.bin", new byte[] {0, 9, 9, 9, 0, 5});
            TestRepo.commitAll(bin, "new logo");
            repo.write("lib/util.txt", "line 1\nline 2 changed on main\nline 3\nline 4\n")
                    .writeBytes(repo.dir, "img/logo.bin", new byte[] {0, 7, 7, 7, 0, 5}).commitAll("main edits");

            RadarReport r = w.radar();
            assertEquals(RadarReport.Prediction.CLEAN, agent(r, "ren").prediction(), "rename-aware prediction");
            assertEquals(List.of("lib/helpers.txt", "lib/util.txt"), agent(r, "ren").changed());
            assertEquals(RadarReport.Prediction.CONFLICTS, agent(r, "bin").prediction());
            assertEquals(List.of("img/logo.bin"), agent(r, "bin").conflicts());
        }
    }

    @Test
    void changesOutsideScopeAreFlagged() {
        TestRepo repo = TestRepo.create(tmp);
        try (AgentWorktrees w = repo.open()) {
            Path a = w.create(new NewAgent("auth", "", null, null, List.of("src/auth/**", "docs/*.md"), null,
                    List.of("true"), null, null), e -> { }).launch().worktree();
            repo.write(a, "src/auth/deep/jwt.ts", "x\n").write(a, "docs/auth.md", "d\n").write(a, "package.json", "{}\n");
            RadarReport r = w.radar();
            assertEquals(List.of("package.json"), agent(r, "auth").outsideScope());
            assertTrue(r.findings("auth").contains("⚠ outside scope: package.json"));
        }
    }

    @Test
    void olderGitFallsBackAndSaysSo() throws Exception {
        TestRepo repo = TestRepo.create(tmp);
        Path fake = FakeGit.reportingVersion(tmp, "2.30.1");
        AgentWorktrees.Options o = repo.options();
        try (AgentWorktrees w = AgentWorktrees.open(repo.dir, new AgentWorktrees.Options(
                new GitCli(fake.toString(), TestRepo.ENV), o.approvals(), o.clock(), o.leases()))) {
            Path a = w.create(TestRepo.agent("a"), e -> { }).launch().worktree();
            repo.write(a, "README.md", "agent\n");
            TestRepo.commitAll(a, "agent edit");
            repo.write("README.md", "main\n").commitAll("main edit");
            RadarReport r = w.radar();
            assertFalse(r.renameAware());
            assertEquals(RadarReport.Prediction.CONFLICTS, agent(r, "a").prediction());
            assertTrue(r.findings("a").get(r.findings("a").size() - 1).contains("older than 2.38"));
        }
    }
}

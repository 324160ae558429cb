// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.git;

import dev.grove.common.UserError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.merge.MergeStrategy;
import org.eclipse.jgit.merge.ResolveMerger;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.util.io.DisabledOutputStream;

/**
 * Read-only queries on a repository. Point queries (resolve a ref, the main worktree's branch,
 * list refs) run the git command line, which answers in milliseconds; walks and diffs (merge
 * bases, ahead/behind, commit lists, changed paths, diff stats) use JGit, opened on first use,
 * so commands that need no walk never pay for JGit's start-up. Commits are passed and returned
 * as hex ids so no JGit type leaves this package. Safe for concurrent readers; close it when done.
 */
public final class GitRepo implements AutoCloseable {
    private static final Pattern COMMIT_ID = Pattern.compile("[0-9a-f]{40}([0-9a-f]{24})?");
    private final GitCli git;
    private final RepoLayout layout;
    private Repository repo;

    private GitRepo(GitCli git, RepoLayout layout) {
        this.git = git;
        this.layout = layout;
    }

    /**
     * Opens the repository that contains {@code dir} (the main worktree or any linked one).
     *
     * @throws UserError when {@code dir} is not in a git repository, the repository is bare, or
     *     it has no commits yet
     */
    public static GitRepo open(Path dir, GitCli git) {
        Path here = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(here)) {
            throw new UserError("no such directory: " + here, "run grove inside a git repository");
        }
        GitResult r = git.run(here, "rev-parse", "--is-bare-repository", "--git-common-dir", "HEAD");
        List<String> lines = r.out().lines().toList();
        if (lines.size() < 2) {
            throw new UserError("not a git repository: " + here,
                    "run grove inside a git repository, or create one with 'git init' and a first commit");
        }
        Path common = here.resolve(lines.get(1)).normalize();
        if (lines.get(0).equals("true")) {
            throw bare(common);
        }
        Path main = common.getFileName().toString().equals(Constants.DOT_GIT) ? common.getParent()
                : mainWorktreeOf(git, here, common);
        if (!r.ok() || lines.size() < 3 || !COMMIT_ID.matcher(lines.get(2)).matches()) {
            throw new UserError("the repository " + main + " has no commits yet",
                    "make a first commit (git commit --allow-empty -m 'initial commit')");
        }
        return new GitRepo(git, new RepoLayout(main, common));
    }

    private static Path mainWorktreeOf(GitCli git, Path here, Path common) {
        String first = git.check(here, "worktree", "list", "--porcelain").split("\n\n")[0];
        if (first.lines().anyMatch(l -> l.equals("bare"))) {
            throw bare(common);
        }
        return Path.of(first.lines().findFirst().orElseThrow().substring("worktree ".length()));
    }

    private static UserError bare(Path common) {
        return new UserError("bare repository: " + common + " has no main worktree",
                "clone it (git clone " + common + ") and run grove in the clone");
    }

    private synchronized Repository jgit() {
        if (repo == null) {
            JGitDefaults.apply();
            try {
                repo = new FileRepositoryBuilder().setGitDir(layout.commonDir().toFile()).setMustExist(true).build();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open the git repository at " + layout.commonDir(), e);
            }
        }
        return repo;
    }

    public RepoLayout layout() {
        return layout;
    }

    /** The commit {@code rev} names (branch, tag, remote branch, id, {@code HEAD~2}...), if any. */
    public Optional<String> resolve(String rev) {
        if (rev.isEmpty() || rev.startsWith("-")) {
            return Optional.empty();
        }
        GitResult r = git.run(layout.mainWorktree(), "rev-parse", "--verify", "-q", rev + "^{commit}");
        return r.ok() ? Optional.of(r.out().strip()) : Optional.empty();
    }

    /** The branch checked out in the main worktree, or empty when its HEAD is detached. */
    public Optional<String> mainBranch() {
        GitResult r = git.run(layout.mainWorktree(), "symbolic-ref", "-q", "--short", "HEAD");
        return r.ok() ? Optional.of(r.out().strip()) : Optional.empty();
    }

    /** Whether {@code name} is a valid branch name (as {@code git check-ref-format --branch}). */
    public static boolean isValidBranchName(String name) {
        return !name.startsWith("-") && Repository.isValidRefName(Constants.R_HEADS + name);
    }

    /** The commit a local branch points at, if the branch exists. */
    public Optional<String> branchHead(String branch) {
        return ref(Constants.R_HEADS + branch);
    }

    /** Whether {@code rev} names a local branch (short name such as {@code main}). */
    public boolean isLocalBranch(String rev) {
        return branchHead(rev).isPresent();
    }

    /** The commit a full ref name points at, if it exists. */
    public Optional<String> ref(String fullName) {
        if (!Repository.isValidRefName(fullName)) {
            return Optional.empty();
        }
        GitResult r = git.run(layout.mainWorktree(), "rev-parse", "--verify", "-q", fullName + "^{commit}");
        return r.ok() ? Optional.of(r.out().strip()) : Optional.empty();
    }

    /** Full names of the refs under {@code prefix} (e.g. {@code refs/grove/archive/}), sorted. */
    public List<String> refNames(String prefix) {
        String out = git.check(layout.mainWorktree(), "for-each-ref", "--format=%(refname)", prefix);
        return out.lines().filter(l -> !l.isEmpty()).sorted().toList();
    }

    /** The best common ancestor of two commits, if they share history. */
    public Optional<String> mergeBase(String a, String b) {
        try (RevWalk walk = new RevWalk(jgit())) {
            walk.setRevFilter(RevFilter.MERGE_BASE);
            walk.markStart(walk.parseCommit(ObjectId.fromString(a)));
            walk.markStart(walk.parseCommit(ObjectId.fromString(b)));
            RevCommit base = walk.next();
            return Optional.ofNullable(base).map(RevCommit::name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot compute the merge base of " + a + " and " + b, e);
        }
    }

    /** Commits reachable from {@code head} but not from {@code base}, newest first. */
    public List<CommitInfo> commitsBetween(String base, String head) {
        try (RevWalk walk = new RevWalk(jgit())) {
            walk.markStart(walk.parseCommit(ObjectId.fromString(head)));
            walk.markUninteresting(walk.parseCommit(ObjectId.fromString(base)));
            List<CommitInfo> out = new ArrayList<>();
            for (RevCommit c : walk) {
                out.add(new CommitInfo(c.name(), c.abbreviate(8).name(), c.getShortMessage(),
                        c.getAuthorIdent().getName(), Instant.ofEpochSecond(c.getCommitTime())));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list commits " + base + ".." + head, e);
        }
    }

    /** Commits on {@code head} not on {@code base}, and on {@code base} not on {@code head}. */
    public Divergence divergence(String base, String head) {
        return new Divergence(count(base, head), count(head, base));
    }

    private int count(String base, String head) {
        try (RevWalk walk = new RevWalk(jgit())) {
            walk.setRetainBody(false);
            walk.markStart(walk.parseCommit(ObjectId.fromString(head)));
            walk.markUninteresting(walk.parseCommit(ObjectId.fromString(base)));
            int n = 0;
            for (RevCommit ignored : walk) {
                n++;
            }
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot count commits " + base + ".." + head, e);
        }
    }

    /** Paths changed between two commits; a rename contributes both its old and its new path. */
    public SortedSet<String> changedPaths(String from, String to) {
        SortedSet<String> paths = new TreeSet<>();
        for (DiffEntry e : scan(from, to, null)) {
            if (e.getChangeType() != DiffEntry.ChangeType.ADD) {
                paths.add(e.getOldPath());
            }
            if (e.getChangeType() != DiffEntry.ChangeType.DELETE) {
                paths.add(e.getNewPath());
            }
        }
        return paths;
    }

    /** Files, inserted and deleted lines between two commits (renames detected). */
    public DiffStat diffStat(String from, String to) {
        int[] lines = new int[2];
        List<DiffEntry> entries = scan(from, to, lines);
        return new DiffStat(entries.size(), lines[0], lines[1]);
    }

    private List<DiffEntry> scan(String from, String to, int[] lineCounts) {
        try (RevWalk walk = new RevWalk(jgit());
                DiffFormatter f = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
            f.setRepository(jgit());
            f.setDetectRenames(true);
            List<DiffEntry> entries = f.scan(walk.parseCommit(ObjectId.fromString(from)).getTree(),
                    walk.parseCommit(ObjectId.fromString(to)).getTree());
            if (lineCounts != null) {
                for (DiffEntry e : entries) {
                    for (Edit edit : f.toFileHeader(e).toEditList()) {
                        lineCounts[0] += edit.getLengthB();
                        lineCounts[1] += edit.getLengthA();
                    }
                }
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot diff " + from + " and " + to, e);
        }
    }

    /** JGit's in-memory recursive merge of {@code theirs} into {@code ours}: no rename detection. */
    MergePrediction inCoreMerge(String ours, String theirs) {
        ResolveMerger merger = (ResolveMerger) MergeStrategy.RECURSIVE.newMerger(jgit(), true);
        try {
            if (merger.merge(ObjectId.fromString(ours), ObjectId.fromString(theirs))) {
                return new MergePrediction(merger.getResultTreeId().name(), List.of(), false);
            }
            SortedSet<String> conflicts = new TreeSet<>(merger.getUnmergedPaths());
            if (merger.getFailingPaths() != null) {
                conflicts.addAll(merger.getFailingPaths().keySet());
            }
            return new MergePrediction(null, new ArrayList<>(conflicts), false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot merge " + theirs + " into " + ours, e);
        }
    }

    @Override
    public synchronized void close() {
        if (repo != null) {
            repo.close();
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.git;

import dev.grove.common.UserError;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.SortedSet;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.merge.MergeStrategy;
import org.eclipse.jgit.merge.ResolveMerger;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.util.io.DisabledOutputStream;

/**
 * Read-only queries on a repository through JGit: refs, merge bases, ahead/behind, commit lists,
 * changed paths and diff stats between commits. Commits are passed and returned as hex ids so no
 * JGit type leaves this package. Safe for concurrent readers; close it when done.
 */
public final class GitRepo implements AutoCloseable {
    private final Repository repo;
    private final RepoLayout layout;

    private GitRepo(Repository repo, RepoLayout layout) {
        this.repo = repo;
        this.layout = layout;
    }

    /**
     * Opens the repository that contains {@code dir} (the main worktree or any linked one).
     *
     * @throws UserError when {@code dir} is not in a git repository, the repository is bare, or
     *     it has no commits yet
     */
    public static GitRepo open(Path dir) {
        FileRepositoryBuilder found = new FileRepositoryBuilder().findGitDir(dir.toAbsolutePath().toFile());
        if (found.getGitDir() == null) {
            throw new UserError("not a git repository: " + dir.toAbsolutePath(),
                    "run grove inside a git repository, or create one with 'git init' and a first commit");
        }
        try (Repository here = found.setMustExist(true).build()) {
            File common = here.getCommonDirectory();
            Repository main = new FileRepositoryBuilder().setGitDir(common).setMustExist(true).build();
            if (main.isBare()) {
                main.close();
                throw new UserError("bare repository: " + common + " has no main worktree",
                        "clone it (git clone " + common + ") and run grove in the clone");
            }
            GitRepo opened = new GitRepo(main, new RepoLayout(main.getWorkTree().toPath(), common.toPath()));
            if (opened.resolve(Constants.HEAD).isEmpty()) {
                opened.close();
                throw new UserError("the repository " + opened.layout.mainWorktree() + " has no commits yet",
                        "make a first commit (git commit --allow-empty -m 'initial commit')");
            }
            return opened;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the git repository at " + found.getGitDir(), e);
        }
    }

    public RepoLayout layout() {
        return layout;
    }

    /** The commit {@code rev} names (branch, tag, remote branch, id, {@code HEAD~2}...), if any. */
    public Optional<String> resolve(String rev) {
        try {
            ObjectId id = repo.resolve(rev + "^{commit}");
            return Optional.ofNullable(id).map(ObjectId::name);
        } catch (RevisionSyntaxException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot resolve " + rev, e);
        }
    }

    /** The branch checked out in the main worktree, or empty when its HEAD is detached. */
    public Optional<String> mainBranch() {
        try {
            Ref head = repo.exactRef(Constants.HEAD);
            if (head == null || !head.isSymbolic()) {
                return Optional.empty();
            }
            return Optional.of(Repository.shortenRefName(head.getTarget().getName()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read HEAD", e);
        }
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
        try {
            Ref ref = repo.exactRef(fullName);
            return ref == null || ref.getObjectId() == null ? Optional.empty() : Optional.of(ref.getObjectId().name());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + fullName, e);
        }
    }

    /** Full names of the refs under {@code prefix} (e.g. {@code refs/grove/archive/}), sorted. */
    public List<String> refNames(String prefix) {
        try {
            List<String> names = new ArrayList<>();
            for (Ref r : repo.getRefDatabase().getRefsByPrefix(prefix)) {
                names.add(r.getName());
            }
            names.sort(null);
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list refs under " + prefix, e);
        }
    }

    /** The best common ancestor of two commits, if they share history. */
    public Optional<String> mergeBase(String a, String b) {
        try (RevWalk walk = new RevWalk(repo)) {
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
        try (RevWalk walk = new RevWalk(repo)) {
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
        try (RevWalk walk = new RevWalk(repo)) {
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
        try (RevWalk walk = new RevWalk(repo);
                DiffFormatter f = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
            f.setRepository(repo);
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
        ResolveMerger merger = (ResolveMerger) MergeStrategy.RECURSIVE.newMerger(repo, true);
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
    public void close() {
        repo.close();
    }
}

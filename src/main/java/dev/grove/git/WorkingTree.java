// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.git;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * One worktree (main or linked): its HEAD and branch (JGit), its uncommitted files (git command
 * line), a cheap {@link Fingerprint} and its disk use. Keep one open per worktree and close it when done.
 * Not thread-safe: one caller at a time.
 */
public final class WorkingTree implements AutoCloseable {
    private final Repository repo;
    private final Path root;
    private final GitCli git;

    private WorkingTree(Repository repo, Path root, GitCli git) {
        this.repo = repo;
        this.root = root;
        this.git = git;
    }

    /** Opens the worktree at {@code root}, if it is a git worktree. */
    public static Optional<WorkingTree> open(Path root, GitCli git) {
        JGitDefaults.apply();
        if (!Files.exists(root.resolve(Constants.DOT_GIT))) {
            return Optional.empty();
        }
        FileRepositoryBuilder b = new FileRepositoryBuilder().findGitDir(root.toFile());
        if (b.getGitDir() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new WorkingTree(b.setMustExist(true).build(), root, git));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the worktree at " + root, e);
        }
    }

    public Path root() {
        return root;
    }

    /** The commit checked out, or empty when HEAD's branch does not exist (deleted, or unborn). */
    public Optional<String> head() {
        try {
            ObjectId id = repo.resolve(Constants.HEAD);
            return Optional.ofNullable(id).map(ObjectId::name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read HEAD of " + root, e);
        }
    }

    /** The branch HEAD points to (even if that branch no longer exists), empty when detached. */
    public Optional<String> branch() {
        try {
            Ref head = repo.exactRef(Constants.HEAD);
            if (head == null || !head.isSymbolic()) {
                return Optional.empty();
            }
            return Optional.of(Repository.shortenRefName(head.getTarget().getName()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read HEAD of " + root, e);
        }
    }

    /**
     * Files that differ from HEAD: staged, modified, deleted, untracked (not ignored), conflicted.
     * Runs {@code git --no-optional-locks status --porcelain=v2}: the git command line keeps its
     * index stat cache current and is several times faster than JGit's status on large trees, and
     * without optional locks it never holds the index lock an agent's own git commands need.
     */
    public List<UncommittedFile> uncommitted() {
        String out = git.check(root, "--no-optional-locks", "status", "--porcelain=v2", "-z", "--untracked-files=all",
                "--ignore-submodules=all", "--no-renames");
        List<UncommittedFile> files = new ArrayList<>();
        for (String entry : out.split("\0")) {
            if (entry.isEmpty()) {
                continue;
            }
            char type = entry.charAt(0);
            if (type == '?') {
                files.add(new UncommittedFile(entry.substring(2), UncommittedFile.Kind.UNTRACKED));
            } else if (type == 'u') {
                files.add(new UncommittedFile(entry.split(" ", 11)[10], UncommittedFile.Kind.CONFLICTED));
            } else if (type == '1') {
                String[] f = entry.split(" ", 9);
                files.add(new UncommittedFile(f[8], kind(f[1])));
            }
        }
        files.sort((a, b) -> a.path().compareTo(b.path()));
        return files;
    }

    private static UncommittedFile.Kind kind(String xy) {
        if (xy.charAt(0) != '.') {
            return UncommittedFile.Kind.STAGED;
        }
        return xy.charAt(1) == 'D' ? UncommittedFile.Kind.DELETED : UncommittedFile.Kind.MODIFIED;
    }

    /**
     * A few dozen {@code stat} calls: the worktree's index, HEAD and reflog, the repository's
     * packed refs and the loose refs named in {@code refs} (e.g. {@code refs/heads/main}), the
     * worktree's top directory, and each of {@code knownChanged} (paths relative to the worktree)
     * with its directory. Modifying a clean file in place is not seen; callers refresh fully now
     * and then.
     */
    public Fingerprint fingerprint(Collection<String> refs, Collection<String> knownChanged) {
        File gitDir = repo.getDirectory();
        File common = repo.getCommonDirectory();
        Accumulator acc = new Accumulator();
        acc.add(new File(gitDir, "index"));
        acc.add(new File(gitDir, Constants.HEAD));
        acc.add(new File(gitDir, "logs/HEAD"));
        acc.addShared(new File(common, Constants.PACKED_REFS));
        for (String ref : refs) {
            acc.addShared(new File(common, ref));
        }
        acc.add(root.toFile());
        for (String p : knownChanged) {
            File f = root.resolve(p).toFile();
            acc.add(f);
            acc.add(f.getParentFile());
        }
        return new Fingerprint(acc.hash, acc.newest);
    }

    /** Bytes used by the worktree's files (symbolic links not followed). */
    public long diskUsage() {
        return diskUsage(root);
    }

    /** Bytes used by the files under {@code dir}; 0 when it does not exist. */
    public static long diskUsage(Path dir) {
        if (!Files.exists(dir)) {
            return 0;
        }
        long[] total = new long[1];
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    total[0] += attrs.size();
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    // A file removed while we walk simply does not count.
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure " + dir, e);
        }
        return total[0];
    }

    @Override
    public void close() {
        repo.close();
    }

    /** Folds file sizes and times into one hash. */
    private static final class Accumulator {
        long hash = 17;
        long newest;

        /** A file of this worktree: its time also counts as the worktree's activity. */
        void add(File f) {
            newest = Math.max(newest, addShared(f));
        }

        /** A file shared with other worktrees (refs): part of the hash only. */
        long addShared(File f) {
            long modified = f.lastModified();
            hash = hash * 31 + modified;
            hash = hash * 31 + f.length();
            return modified;
        }
    }
}

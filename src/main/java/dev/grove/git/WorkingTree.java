// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.git;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One worktree (main or linked): its uncommitted files (git command line), a cheap
 * {@link Fingerprint} of its state and its disk use. Holds no open resources. Thread-safe.
 */
public final class WorkingTree {
    private final Path root;
    private final Path gitDir;
    private final Path commonDir;
    private final GitCli git;

    private WorkingTree(Path root, Path gitDir, Path commonDir, GitCli git) {
        this.root = root;
        this.gitDir = gitDir;
        this.commonDir = commonDir;
        this.git = git;
    }

    /**
     * The worktree at {@code root}, if it is one: {@code .git} is the git dir itself (main
     * worktree) or a file pointing to it (linked worktree, whose {@code commondir} file names
     * the shared git dir).
     */
    public static Optional<WorkingTree> open(Path root, GitCli git) {
        Path dotGit = root.resolve(".git");
        try {
            if (Files.isDirectory(dotGit)) {
                return Optional.of(new WorkingTree(root, dotGit, dotGit, git));
            }
            if (!Files.isRegularFile(dotGit)) {
                return Optional.empty();
            }
            String pointer = Files.readString(dotGit, StandardCharsets.UTF_8).strip();
            if (!pointer.startsWith("gitdir: ")) {
                return Optional.empty();
            }
            Path gitDir = root.resolve(pointer.substring("gitdir: ".length())).normalize();
            Path commondir = gitDir.resolve("commondir");
            Path common = Files.exists(commondir)
                    ? gitDir.resolve(Files.readString(commondir, StandardCharsets.UTF_8).strip()).normalize()
                    : gitDir;
            return Optional.of(new WorkingTree(root, gitDir, common, git));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dotGit, e);
        }
    }

    public Path root() {
        return root;
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
        File dir = gitDir.toFile();
        File common = commonDir.toFile();
        Accumulator acc = new Accumulator();
        acc.add(new File(dir, "index"));
        acc.add(new File(dir, "HEAD"));
        acc.add(new File(dir, "logs/HEAD"));
        acc.addShared(new File(common, "packed-refs"));
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

    /** Disk space used by the worktree in bytes (see {@link #diskUsage(Path)}). */
    public long diskUsage() {
        return diskUsage(root);
    }

    /**
     * Disk space used under {@code dir} in bytes; 0 when it does not exist. Asks {@code du -sk}
     * (several times faster than walking the tree from Java), and walks the tree summing file
     * sizes when {@code du} is not available.
     */
    public static long diskUsage(Path dir) {
        if (!Files.exists(dir)) {
            return 0;
        }
        OptionalLong du = du(dir);
        return du.isPresent() ? du.getAsLong() : sumOfFileSizes(dir);
    }

    private static OptionalLong du(Path dir) {
        try {
            Process p = new ProcessBuilder("du", "-sk", dir.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                return OptionalLong.empty();
            }
            return OptionalLong.of(Long.parseLong(out.split("\\s")[0]) * 1024);
        } catch (IOException | NumberFormatException e) {
            // No du on this system, or output we do not understand: the caller walks the tree.
            return OptionalLong.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalLong.empty();
        }
    }

    private static long sumOfFileSizes(Path dir) {
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

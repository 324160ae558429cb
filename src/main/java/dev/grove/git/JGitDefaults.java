// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.git;

import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;

/**
 * JGit settings for grove, applied once before the first repository is opened. JGit finds the
 * system-wide git config by starting {@code git --version} and {@code git config --system} the
 * first time it opens a repository, which costs two processes on every grove command. grove uses
 * JGit only to read refs, commits and trees, which the system config does not change, so JGit is
 * told to skip it (as with {@code GIT_CONFIG_NOSYSTEM}); the git command line still honours it.
 */
final class JGitDefaults {
    private static boolean applied;

    private JGitDefaults() {}

    static synchronized void apply() {
        if (applied) {
            return;
        }
        SystemReader.setInstance(new SystemReader.Delegate(SystemReader.getInstance()) {
            @Override
            public FileBasedConfig openSystemConfig(Config parent, FS fs) {
                return new FileBasedConfig(parent, null, fs) {
                    @Override
                    public void load() {
                        // No file: an empty system config, exactly what JGit uses under GIT_CONFIG_NOSYSTEM.
                    }

                    @Override
                    public boolean isOutdated() {
                        return false;
                    }
                };
            }
        });
        applied = true;
    }
}

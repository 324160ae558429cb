// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.worktree;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** A git wrapper script that reports another version and passes every other command to the real git. */
final class FakeGit {
    private FakeGit() {}

    static Path reportingVersion(Path dir, String version) throws IOException {
        Path script = dir.resolve("git-" + version);
        Files.writeString(script, "#!/bin/sh\nif [ \"$1\" = --version ]; then echo 'git version " + version
                + "'; exit 0; fi\nexec git \"$@\"\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }
}

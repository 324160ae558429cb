// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.pty;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What to start on a new pseudo-terminal: the command and its arguments, the working directory,
 * the complete environment (nothing is inherited implicitly) and the terminal size the child
 * must see from its first byte.
 */
public record PtySpec(List<String> command, Path cwd, Map<String, String> env, int cols, int rows) {
    public PtySpec {
        if (command.isEmpty()) {
            throw new IllegalArgumentException("empty command");
        }
        if (cols < 1 || rows < 1) {
            throw new IllegalArgumentException("bad pty size " + cols + "x" + rows);
        }
        command = List.copyOf(command);
        env = Map.copyOf(env);
    }
}

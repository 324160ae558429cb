// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.worktree;

import dev.grove.common.UserError;
import java.util.regex.Pattern;

/** What an agent name may be: it becomes a directory and part of a branch name. Stateless. */
final class AgentNames {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private AgentNames() {}

    /** Throws a {@link UserError} naming {@code name} unless it is a valid agent name. */
    static void check(String name) {
        if (name == null || !NAME.matcher(name).matches() || name.endsWith(".") || name.endsWith(".lock")
                || name.contains("..")) {
            throw new UserError("invalid agent name '" + name + "': it becomes a directory and a branch name",
                    "use letters, digits, '.', '_' and '-' (at most 64, starting with a letter or digit)");
        }
    }
}

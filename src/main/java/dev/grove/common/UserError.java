// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.common;

/**
 * A mistake the user can fix: bad input, a missing repository, a name in use. Carries one line
 * saying what failed (naming the input) and an optional hint saying what to do. Shown as
 * {@code error: ...} / {@code hint: ...}, never with a stack trace.
 */
public final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String hint;

    public UserError(String message) {
        this(message, null);
    }

    public UserError(String message, String hint) {
        super(message, null, false, false);
        this.hint = hint;
    }

    /** The hint, or null when there is none. */
    public String hint() {
        return hint;
    }
}

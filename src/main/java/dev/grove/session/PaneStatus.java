// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.session;

/** Where a pane's process is in its life. */
public enum PaneStatus {
    /** The process runs. */
    RUNNING("Running"),
    /** The process exited; the pane shows its last screen and exit status until closed or restarted. */
    EXITED("Exited"),
    /** grove failed while handling this pane (a bug); the pane is frozen and the server lives on. */
    FAILED("Failed");

    private final String label;

    PaneStatus(String label) {
        this.label = label;
    }

    /** The word shown to people. */
    public String label() {
        return label;
    }
}

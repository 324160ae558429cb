// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.agent;

/** The kind of evidence a state was derived from. */
public enum Signal {
    /** A profile's screen rule matched the pane's screen. */
    SCREEN_RULE,
    /** The agent's row in the status file was changed by someone other than grove. */
    STATUS_FILE,
    /** The agent's process exited. */
    PROCESS_EXIT,
    /** The pane printed output within the profile's settle time. */
    OUTPUT_ACTIVITY,
    /** The pane has been quiet for the settle time and no rule matched. */
    QUIET_OUTPUT,
    /** The process was started and has printed nothing yet, or has not been started. */
    NO_OUTPUT_YET,
    /** The agent waits for other agents to be merged. */
    DEPENDENCY,
    /** The agent's branch was merged. */
    MERGED
}

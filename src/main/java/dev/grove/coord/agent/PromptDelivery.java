// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.agent;

/** How an agent gets its first prompt. */
public enum PromptDelivery {
    /** On the command line, as the profile's prompt arguments. */
    ARGUMENT,
    /** Typed into the pane (then Enter) the first time the agent is Idle, i.e. ready for input. */
    TYPED,
    /** Not at all. */
    NONE
}

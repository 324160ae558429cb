// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
/**
 * Agent supervision: profiles (how to start, prompt and resume each agent CLI, and the screen
 * rules for its states), explainable state detection, intervention triggers, the review queue,
 * state fixtures, and the hook runner. State detection and triggers are pure: they get the
 * pane's screen text, activity times, process state and status-file row as inputs and a clock
 * reading ("now") with each call, so tests drive them with a fake clock. Trackers and monitors
 * are not thread-safe: the session thread owns them, one per pane.
 */
package dev.grove.coord.agent;

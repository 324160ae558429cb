// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
/**
 * Per-client rendering: composes panes, borders and the status area into a frame, diffs
 * it against what the client last received and writes the difference through Lanterna's
 * terminal API. Reads session views; never mutates the session. Everything here is confined to
 * the thread that owns the session; models and rectangles are immutable values.
 */
package dev.grove.ui;

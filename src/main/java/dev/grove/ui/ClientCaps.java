// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.ui;

/**
 * What the client's terminal supports, from its Hello (TERM, COLORTERM) and the user config.
 *
 * @param trueColor 24-bit colours are passed through; otherwise they are mapped to the 256-colour palette
 * @param synchronizedOutput frames are wrapped in {@code CSI ? 2026 h} / {@code CSI ? 2026 l}
 */
public record ClientCaps(boolean trueColor, boolean synchronizedOutput) {}

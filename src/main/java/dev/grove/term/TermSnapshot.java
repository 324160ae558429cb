// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.term;

import dev.grove.term.screen.ScreenSnapshot;

/**
 * Everything a renderer needs from one pane at one moment, immutable: the visible screen with
 * styles, cursor and changed rows ({@link ScreenSnapshot}), a copy of the modes, and the title.
 */
public record TermSnapshot(ScreenSnapshot screen, TermModes modes, String title) {}

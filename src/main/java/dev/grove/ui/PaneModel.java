// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.ui;

import dev.grove.term.screen.ScreenView;

/**
 * One pane as the UI shows it.
 *
 * @param id stable pane id
 * @param name the agent or pane name shown in the border
 * @param title the title the program set (OSC 0/2), or null
 * @param status the coordination status ("In progress"...), or null
 * @param attention true when the pane needs the user (lights up in the theme's attention colour)
 * @param screen the live emulator view
 * @param scrollBack lines scrolled back into history, 0 for the live screen
 * @param footer a line shown at the bottom of the pane (e.g. "exited 1 — press r to restart"), or null
 */
public record PaneModel(String id, String name, String title, String status, boolean attention,
                        ScreenView screen, int scrollBack, String footer) {}

// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.ui;

/** How panes share the screen: a tiled grid, one main pane beside a stack, or one zoomed pane. */
public enum LayoutMode {
    TILED, MAIN_STACK, ZOOM;

    /** The layout after this one in the cycle TILED, MAIN_STACK, ZOOM, TILED... */
    public LayoutMode next() {
        return values()[(ordinal() + 1) % values().length];
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.term;

/**
 * The terminal modes a program has set that matter outside the emulator: how keys, pastes,
 * mouse and focus events must be encoded for it, and how it wants to be drawn. A live,
 * read-only view; read on the thread that feeds the emulator.
 */
public interface TermModes {
    /** How mouse events are reported (DECSET 9/1000/1002/1003). */
    enum MouseTracking { OFF, X10, NORMAL, BUTTON_EVENT, ANY_EVENT }

    /** How mouse coordinates are encoded (default, DECSET 1005/1006/1015). */
    enum MouseEncoding { DEFAULT, UTF8, SGR, URXVT }

    /** DECCKM (DECSET 1): cursor keys send SS3 instead of CSI. */
    boolean applicationCursorKeys();

    /** DECKPAM / DECKPNM: keypad sends application sequences. */
    boolean applicationKeypad();

    /** DECSET 2004. */
    boolean bracketedPaste();

    MouseTracking mouseTracking();

    MouseEncoding mouseEncoding();

    /** DECSET 1004: focus in/out reported as CSI I / CSI O. */
    boolean focusEvents();

    /** DECSET 1007: wheel sends cursor keys on the alternate screen. */
    boolean alternateScroll();

    /** DECSET 2026 is set: the program is in the middle of a synchronized update. */
    boolean synchronizedOutput();

    /** DECSET 25. */
    boolean cursorVisible();

    /** DECSCUSR value (0-6). */
    int cursorShape();

    /** True while the alternate screen (47/1047/1049) is active. */
    boolean alternateScreen();

    /** LNM (mode 20): Enter sends CR LF. */
    boolean newlineMode();

    /** Current kitty keyboard protocol flags (CSI > N u pushed), 0 when none. */
    int kittyKeyboardFlags();

    /** xterm modifyOtherKeys level (CSI > 4 ; N m), 0 when off. */
    int modifyOtherKeys();
}

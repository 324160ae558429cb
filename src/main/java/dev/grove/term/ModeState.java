// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.term;

import dev.grove.term.screen.Screen;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The modes a program set that matter to input encoding and rendering (the live
 * {@link TermModes} view), plus the bookkeeping for DECRQM answers. Screen-affecting modes
 * (origin, autowrap, insert, alternate screen, cursor visibility) live on the screen and are
 * read from it. Also holds the kitty keyboard flag stacks (one per screen, as kitty does) and
 * the modifyOtherKeys level.
 */
final class ModeState implements TermModes {
    /** Deepest kitty keyboard stack kept; older entries are dropped. */
    static final int KITTY_STACK_LIMIT = 16;

    boolean applicationCursorKeys;
    boolean applicationKeypad;
    boolean bracketedPaste;
    TermModes.MouseTracking mouseTracking = TermModes.MouseTracking.OFF;
    TermModes.MouseEncoding mouseEncoding = TermModes.MouseEncoding.DEFAULT;
    boolean focusEvents;
    boolean alternateScroll;
    boolean synchronizedOutput;
    int cursorShape;
    boolean newlineMode;
    boolean reverseVideo;
    boolean cursorBlink;
    boolean colorSchemeUpdates;
    int modifyOtherKeys;

    private final Screen screen;
    private final int[][] kittyStacks = {new int[KITTY_STACK_LIMIT], new int[KITTY_STACK_LIMIT]};
    /** Modes saved by XTSAVE, by number; only modes grove knows, so it stays small. */
    private final Map<Integer, Boolean> savedPrivate = new HashMap<>();
    private final int[] kittyDepth = new int[2];
    private final int[] kittyFlags = new int[2];

    ModeState(Screen screen) {
        this.screen = screen;
    }

    /** DECSET / DECRST {@code mode}; returns false for a mode grove does not know. */
    boolean setPrivate(int mode, boolean on) {
        switch (mode) {
            case 1: applicationCursorKeys = on; return true;
            case 5: reverseVideo = on; return true;
            case 6: screen.setOriginMode(on); return true;
            case 7: screen.setAutowrap(on); return true;
            case 9: mouse(TermModes.MouseTracking.X10, on); return true;
            case 12: cursorBlink = on; return true;
            case 25: screen.setCursorVisible(on); return true;
            case 47: alternate(on, false, false); return true;
            case 66: applicationKeypad = on; return true;
            case 1000: mouse(TermModes.MouseTracking.NORMAL, on); return true;
            case 1002: mouse(TermModes.MouseTracking.BUTTON_EVENT, on); return true;
            case 1003: mouse(TermModes.MouseTracking.ANY_EVENT, on); return true;
            case 1004: focusEvents = on; return true;
            case 1005: encoding(TermModes.MouseEncoding.UTF8, on); return true;
            case 1006: encoding(TermModes.MouseEncoding.SGR, on); return true;
            case 1015: encoding(TermModes.MouseEncoding.URXVT, on); return true;
            case 1007: alternateScroll = on; return true;
            case 1047: alternate(on, false, true); return true;
            case 1048: saveOrRestore(on); return true;
            case 1049: alternate(on, true, false); return true;
            case 2004: bracketedPaste = on; return true;
            case 2026: synchronizedOutput = on; return true;
            case 2031: colorSchemeUpdates = on; return true;
            default: return false;
        }
    }

    /** DECRQM state of a DEC private mode: 1 set, 2 reset, 0 unknown. */
    int reportPrivate(int mode) {
        switch (mode) {
            case 1: return state(applicationCursorKeys);
            case 5: return state(reverseVideo);
            case 6: return state(screen.originMode());
            case 7: return state(screen.autowrap());
            case 9: return state(mouseTracking == TermModes.MouseTracking.X10);
            case 12: return state(cursorBlink);
            case 25: return state(screen.cursorVisible());
            case 47: case 1047: case 1049: return state(screen.alternateActive());
            case 66: return state(applicationKeypad);
            case 1000: return state(mouseTracking == TermModes.MouseTracking.NORMAL);
            case 1002: return state(mouseTracking == TermModes.MouseTracking.BUTTON_EVENT);
            case 1003: return state(mouseTracking == TermModes.MouseTracking.ANY_EVENT);
            case 1004: return state(focusEvents);
            case 1005: return state(mouseEncoding == TermModes.MouseEncoding.UTF8);
            case 1006: return state(mouseEncoding == TermModes.MouseEncoding.SGR);
            case 1015: return state(mouseEncoding == TermModes.MouseEncoding.URXVT);
            case 1007: return state(alternateScroll);
            case 1048: return 2;
            case 2004: return state(bracketedPaste);
            case 2026: return state(synchronizedOutput);
            case 2031: return state(colorSchemeUpdates);
            default: return 0;
        }
    }

    /** SM / RM of an ANSI mode (4 IRM, 20 LNM); returns false for others. */
    boolean setAnsi(int mode, boolean on) {
        if (mode == 4) {
            screen.setInsertMode(on);
            return true;
        }
        if (mode == 20) {
            newlineMode = on;
            return true;
        }
        return false;
    }

    /** DECRQM state of an ANSI mode; KAM, SRM are reported permanently reset/set. */
    int reportAnsi(int mode) {
        switch (mode) {
            case 2: return 4;
            case 4: return state(screen.insertMode());
            case 12: return 3;
            case 20: return state(newlineMode);
            default: return 0;
        }
    }

    private static int state(boolean on) {
        return on ? 1 : 2;
    }

    private void mouse(TermModes.MouseTracking tracking, boolean on) {
        if (on) {
            mouseTracking = tracking;
        } else if (mouseTracking == tracking) {
            mouseTracking = TermModes.MouseTracking.OFF;
        }
    }

    private void encoding(TermModes.MouseEncoding encoding, boolean on) {
        if (on) {
            mouseEncoding = encoding;
        } else if (mouseEncoding == encoding) {
            mouseEncoding = TermModes.MouseEncoding.DEFAULT;
        }
    }

    private void saveOrRestore(boolean save) {
        if (save) {
            screen.saveCursor();
        } else {
            screen.restoreCursor();
        }
    }

    /**
     * 47: switch only; 1047: clear the alternate screen when leaving; 1049: save the cursor and
     * clear on entry, restore the cursor on exit (xterm restores even when the alternate screen
     * was not active).
     */
    private void alternate(boolean on, boolean saveCursor, boolean clearOnLeave) {
        if (on) {
            if (saveCursor) {
                screen.saveCursor();
            }
            screen.enterAlternate(saveCursor);
        } else {
            screen.leaveAlternate(clearOnLeave);
            if (saveCursor) {
                screen.restoreCursor();
            }
        }
    }

    // ---- TermModes -------------------------------------------------------------------------

    @Override
    public boolean applicationCursorKeys() {
        return applicationCursorKeys;
    }

    @Override
    public boolean applicationKeypad() {
        return applicationKeypad;
    }

    @Override
    public boolean bracketedPaste() {
        return bracketedPaste;
    }

    @Override
    public TermModes.MouseTracking mouseTracking() {
        return mouseTracking;
    }

    @Override
    public TermModes.MouseEncoding mouseEncoding() {
        return mouseEncoding;
    }

    @Override
    public boolean focusEvents() {
        return focusEvents;
    }

    @Override
    public boolean alternateScroll() {
        return alternateScroll;
    }

    @Override
    public boolean synchronizedOutput() {
        return synchronizedOutput;
    }

    @Override
    public boolean cursorVisible() {
        return screen.cursorVisible();
    }

    @Override
    public int cursorShape() {
        return cursorShape;
    }

    @Override
    public boolean alternateScreen() {
        return screen.alternateActive();
    }

    @Override
    public boolean newlineMode() {
        return newlineMode;
    }

    @Override
    public int kittyKeyboardFlags() {
        return kittyFlags[screen.alternateActive() ? 1 : 0];
    }

    @Override
    public int modifyOtherKeys() {
        return modifyOtherKeys;
    }

    /** Kitty flags for the main (0) or alternate (1) screen. */
    int kittyFlags(int screen) {
        return kittyFlags[screen];
    }

    /** CSI > flags u. */
    void kittyPush(int screen, int flags) {
        int[] stack = kittyStacks[screen];
        if (kittyDepth[screen] == KITTY_STACK_LIMIT) {
            System.arraycopy(stack, 1, stack, 0, KITTY_STACK_LIMIT - 1);
            kittyDepth[screen]--;
        }
        stack[kittyDepth[screen]++] = kittyFlags[screen];
        kittyFlags[screen] = flags;
    }

    /** CSI < n u: pops {@code n} entries; popping past the bottom leaves no flags. */
    void kittyPop(int screen, int n) {
        for (int i = 0; i < n; i++) {
            if (kittyDepth[screen] == 0) {
                kittyFlags[screen] = 0;
                return;
            }
            kittyFlags[screen] = kittyStacks[screen][--kittyDepth[screen]];
        }
    }

    /** CSI = flags ; mode u: 1 sets, 2 adds, 3 removes bits. */
    void kittySet(int screen, int flags, int mode) {
        switch (mode) {
            case 2:
                kittyFlags[screen] |= flags;
                break;
            case 3:
                kittyFlags[screen] &= ~flags;
                break;
            default:
                kittyFlags[screen] = flags;
                break;
        }
    }

    /** XTSAVE: remembers {@code mode}'s current setting, when grove knows the mode. */
    void savePrivate(int mode) {
        int state = reportPrivate(mode);
        if (state == 1 || state == 2) {
            savedPrivate.put(mode, state == 1);
        }
    }

    /** XTRESTORE: sets {@code mode} back to what XTSAVE remembered; nothing when it never saved it. */
    void restorePrivate(int mode) {
        Boolean on = savedPrivate.get(mode);
        if (on != null) {
            setPrivate(mode, on);
        }
    }

    /** Back to power-on values (RIS). */
    void reset() {
        softReset();
        savedPrivate.clear();
        bracketedPaste = false;
        mouseTracking = TermModes.MouseTracking.OFF;
        mouseEncoding = TermModes.MouseEncoding.DEFAULT;
        focusEvents = false;
        alternateScroll = false;
        synchronizedOutput = false;
        cursorShape = 0;
        newlineMode = false;
        reverseVideo = false;
        cursorBlink = false;
        colorSchemeUpdates = false;
        modifyOtherKeys = 0;
        Arrays.fill(kittyDepth, 0);
        Arrays.fill(kittyFlags, 0);
    }

    /** The modes DECSTR resets. */
    void softReset() {
        applicationCursorKeys = false;
        applicationKeypad = false;
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.term;

import dev.grove.term.parse.Params;
import dev.grove.term.screen.CellStyle;
import dev.grove.term.screen.CharWidth;
import dev.grove.term.screen.Screen;
import java.util.function.IntConsumer;

/**
 * Control sequences ({@code CSI P... I F}), keyed by private marker, intermediate and final
 * byte as in xterm's ctlseqs. Parameters are 1-based where the standard says so; an omitted or
 * zero count means 1.
 *
 * <p>Not supported (ignored): left/right margins (DECSLRM, DECLRMM), rectangular attribute
 * changes (DECCARA, DECRARA), checksums (DECRQCRA), SL/SR, DECSCL, pixel-size window reports
 * (CSI 14/16 t), media copy, DECREQTPARM, DA3.
 */
final class CsiDispatcher {
    private static final int PRIV = '?' << 16;
    private static final int GT = '>' << 16;
    private static final int LT = '<' << 16;
    private static final int EQ = '=' << 16;
    private static final int SPACE = ' ' << 8;
    private static final int BANG = '!' << 8;
    private static final int QUOTE = '"' << 8;
    private static final int DOLLAR = '$' << 8;

    private final Screen screen;
    private final ModeState modes;
    private final Replies replies;
    private final OscHandler osc;
    private final Dispatcher dispatcher;

    CsiDispatcher(Screen screen, ModeState modes, Replies replies, OscHandler osc, Dispatcher dispatcher) {
        this.screen = screen;
        this.modes = modes;
        this.replies = replies;
        this.osc = osc;
        this.dispatcher = dispatcher;
    }

    void dispatch(int prefix, int intermediates, int finalByte, Params p) {
        if (intermediates > 0xff) {
            return;
        }
        int key = prefix << 16 | intermediates << 8 | finalByte;
        int n = p.getOr(0, 1);
        switch (key) {
            case '@': screen.insertChars(n); break;
            case 'A': screen.moveUp(n); break;
            case 'B': case 'e': screen.moveDown(n); break;
            case 'C': case 'a': screen.moveForward(n); break;
            case 'D': screen.moveBack(n); break;
            case 'E': screen.moveDown(n); screen.carriageReturn(); break;
            case 'F': screen.moveUp(n); screen.carriageReturn(); break;
            case 'G': case '`': screen.moveToColumn(n - 1); break;
            case 'H': case 'f': screen.moveTo(p.getOr(0, 1) - 1, p.getOr(1, 1) - 1); break;
            case 'I': screen.tabForward(n); break;
            case 'J': eraseInDisplay(p.get(0), false); break;
            case PRIV | 'J': eraseInDisplay(p.get(0), true); break;
            case 'K': eraseInLine(p.get(0), false); break;
            case PRIV | 'K': eraseInLine(p.get(0), true); break;
            case 'L': screen.insertLines(n); break;
            case 'M': screen.deleteLines(n); break;
            case 'P': screen.deleteChars(n); break;
            case 'S': screen.scrollUp(n); break;
            case 'T': scrollDown(p, n); break;
            case 'X': screen.eraseChars(n); break;
            case 'Z': screen.tabBackward(n); break;
            case 'b': screen.repeatLast(n); break;
            case 'c': deviceAttributes(p, Replies.PRIMARY_ATTRIBUTES); break;
            case GT | 'c': deviceAttributes(p, Replies.SECONDARY_ATTRIBUTES); break;
            case 'd': screen.moveToRow(n - 1); break;
            case 'g': tabClear(p.get(0)); break;
            case 'h': setAnsiModes(p, true); break;
            case 'l': setAnsiModes(p, false); break;
            case PRIV | 'h': setPrivateModes(p, true); break;
            case PRIV | 'l': setPrivateModes(p, false); break;
            case 'm': Sgr.apply(screen, p); break;
            case GT | 'm': modifyKeys(p); break;
            case PRIV | 'm': queryModifyKeys(p); break;
            case GT | 'n': disableModifyKeys(p); break;
            case 'n': deviceStatus(p.get(0)); break;
            case PRIV | 'n': privateDeviceStatus(p.get(0)); break;
            case BANG | 'p': dispatcher.softReset(); break;
            case DOLLAR | 'p': replies.modeReport(false, p.get(0), modes.reportAnsi(p.get(0))); break;
            case PRIV | DOLLAR | 'p': replies.modeReport(true, p.get(0), modes.reportPrivate(p.get(0))); break;
            case DOLLAR | 'x': fillRectangle(p); break;
            case DOLLAR | 'z': screen.eraseRectangle(p.get(0), p.get(1), p.get(2), p.get(3), false); break;
            case DOLLAR | '{': screen.eraseRectangle(p.get(0), p.get(1), p.get(2), p.get(3), true); break;
            case DOLLAR | 'v': screen.copyRectangle(p.get(0), p.get(1), p.get(2), p.get(3), p.get(5), p.get(6)); break;
            case QUOTE | 'q': screen.setPen(CellStyle.withProtected(screen.pen(), p.get(0) == 1)); break;
            case SPACE | 'q': modes.cursorShape = Math.min(p.get(0), 6); break;
            case GT | 'q': if (p.get(0) == 0) { replies.version(TermVersion.get()); } break;
            case 'r': screen.setScrollRegion(p.getOr(0, 1) - 1, p.getOr(1, screen.rows()) - 1); break;
            case 's': screen.saveCursor(); break;
            case PRIV | 's': forEach(p, modes::savePrivate); break;
            case PRIV | 'r': forEach(p, modes::restorePrivate); break;
            case 'u': screen.restoreCursor(); break;
            case 't': windowOp(p); break;
            case PRIV | 'u': replies.send("\033[?" + modes.kittyKeyboardFlags() + "u"); break;
            case GT | 'u': modes.kittyPush(screenIndex(), p.get(0)); break;
            case LT | 'u': modes.kittyPop(screenIndex(), n); break;
            case EQ | 'u': modes.kittySet(screenIndex(), p.get(0), p.getOr(1, 1)); break;
            default: break;
        }
    }

    private int screenIndex() {
        return screen.alternateActive() ? 1 : 0;
    }

    private void eraseInDisplay(int mode, boolean selective) {
        switch (mode) {
            case 0: screen.eraseBelow(selective); break;
            case 1: screen.eraseAbove(selective); break;
            case 2: screen.eraseScreen(selective); break;
            case 3: if (!selective) { screen.clearHistory(); } break;
            default: break;
        }
    }

    private void eraseInLine(int mode, boolean selective) {
        switch (mode) {
            case 0: screen.eraseLineRight(selective); break;
            case 1: screen.eraseLineLeft(selective); break;
            case 2: screen.eraseLine(selective); break;
            default: break;
        }
    }

    /**
     * SD. Like xterm: an explicit 0 scrolls nothing, and five parameters are a mouse highlight
     * request, not a scroll.
     */
    private void scrollDown(Params p, int n) {
        if (p.size() == 0 || p.size() == 1 && p.get(0) > 0) {
            screen.scrollDown(n);
        }
    }

    private void deviceAttributes(Params p, String reply) {
        if (p.get(0) == 0) {
            replies.send(reply);
        }
    }

    private void tabClear(int mode) {
        if (mode == 0) {
            screen.clearTabStop();
        } else if (mode == 3) {
            screen.clearAllTabStops();
        }
    }

    private void setAnsiModes(Params p, boolean on) {
        for (int i = 0; i < p.size(); i++) {
            modes.setAnsi(p.get(i), on);
        }
    }

    /**
     * DECFRA: a printable character below U+10000 fills, as in xterm; a wide one is left out (xterm
     * would put a whole wide character in every cell).
     */
    private void fillRectangle(Params p) {
        int c = p.get(0);
        if ((c >= 32 && c <= 126) || (c >= 160 && c <= 0xffff && CharWidth.of(c) == 1)) {
            screen.fillRectangle(c, p.get(1), p.get(2), p.get(3), p.get(4));
        }
    }

    private void setPrivateModes(Params p, boolean on) {
        forEach(p, mode -> modes.setPrivate(mode, on));
    }

    private static void forEach(Params p, IntConsumer action) {
        for (int i = 0; i < p.size(); i++) {
            action.accept(p.get(i));
        }
    }

    /** XTMODKEYS: CSI > 4 ; level m sets modifyOtherKeys; CSI > 4 m resets it. */
    private void modifyKeys(Params p) {
        if (p.size() > 0 && p.get(0) == 4) {
            modes.modifyOtherKeys = p.size() > 1 ? Math.min(p.get(1), 3) : 0;
        }
    }

    /** XTQMODKEYS: CSI ? 4 m answers CSI > 4 ; level m. */
    private void queryModifyKeys(Params p) {
        if (p.get(0) == 4) {
            replies.send("\033[>4;" + modes.modifyOtherKeys + "m");
        }
    }

    private void disableModifyKeys(Params p) {
        if (p.get(0) == 4) {
            modes.modifyOtherKeys = 0;
        }
    }

    private void deviceStatus(int what) {
        if (what == 5) {
            replies.send("\033[0n");
        } else if (what == 6) {
            replies.cursorPosition(screen.reportedRow(), screen.cursorCol(), false);
        }
    }

    private void privateDeviceStatus(int what) {
        switch (what) {
            case 6: replies.cursorPosition(screen.reportedRow(), screen.cursorCol(), true); break;
            case 15: replies.send("\033[?13n"); break;
            case 996: replies.send("\033[?997;" + (dispatcher.darkBackground() ? 1 : 2) + "n"); break;
            default: break;
        }
    }

    /** XTWINOPS: the title stack (22/23) and the text area size in characters (18). */
    private void windowOp(Params p) {
        switch (p.get(0)) {
            case 18: replies.send("\033[8;" + screen.rows() + ";" + screen.cols() + "t"); break;
            case 22: osc.pushTitle(); break;
            case 23: osc.popTitle(); break;
            default: break;
        }
    }
}

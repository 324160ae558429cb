// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.term;

import dev.grove.term.parse.Params;
import dev.grove.term.parse.VtActions;
import dev.grove.term.screen.Screen;
import java.nio.charset.StandardCharsets;

/**
 * Turns what the parser recognised into screen operations, mode changes and replies: text and
 * C0 controls, escape sequences and device control strings here, control sequences in
 * {@link CsiDispatcher}, OSC in {@link OscHandler}.
 *
 * <p>Escape sequences handled: DECSC, DECRC, IND, NEL, HTS, RI, RIS, DECKPAM, DECKPNM, SS2,
 * SS3, LS2, LS3, DECID, DECALN, and designation of G0-G3 ({@code ESC ( ) * + F}). Ignored:
 * double-width and double-height lines ({@code ESC # 3..6}), 96-character sets other than Latin-1,
 * S7C1T/S8C1T, character set selection ({@code ESC % G}). Device control strings answered:
 * DECRQSS ({@code DCS $ q}) for SGR, DECSTBM, DECSCUSR and DECSCA, XTGETTCAP (always "unknown");
 * others (sixel, ReGIS, tmux passthrough) are consumed and dropped.
 */
final class Dispatcher implements VtActions {
    private final Screen screen;
    private final ModeState modes;
    private final Replies replies;
    private final OscHandler osc;
    private final Palette palette;
    private final CsiDispatcher csi;
    private int bells;

    Dispatcher(Screen screen, ModeState modes, Replies replies, Palette palette) {
        this.screen = screen;
        this.modes = modes;
        this.replies = replies;
        this.palette = palette;
        this.osc = new OscHandler(screen, replies, palette);
        this.csi = new CsiDispatcher(screen, modes, replies, osc, this);
    }

    OscHandler osc() {
        return osc;
    }

    int takeBells() {
        int n = bells;
        bells = 0;
        return n;
    }

    @Override
    public void print(int codePoint) {
        screen.print(codePoint);
    }

    @Override
    public void printAscii(byte[] data, int start, int end) {
        screen.printAscii(data, start, end);
    }

    @Override
    public void execute(int control) {
        switch (control) {
            case 0x07: bells++; break;
            case 0x08: screen.backspace(); break;
            case 0x09: screen.tabForward(1); break;
            case 0x0a: case 0x0b: case 0x0c: lineFeed(); break;
            case 0x0d: screen.carriageReturn(); break;
            case 0x0e: screen.charsets().lockShift(1); break;
            case 0x0f: screen.charsets().lockShift(0); break;
            default: break;
        }
        screen.forgetLastPrinted();
    }

    private void lineFeed() {
        screen.lineFeed();
        if (modes.newlineMode) {
            screen.carriageReturn();
        }
    }

    @Override
    public void escDispatch(int intermediates, int finalByte) {
        screen.forgetLastPrinted();
        if (intermediates == 0) {
            escape(finalByte);
        } else if (intermediates == '#' && finalByte == '8') {
            screen.alignmentTest();
        } else if (intermediates >= '(' && intermediates <= '+') {
            screen.charsets().designate(intermediates - '(', (char) finalByte);
        } else if (intermediates >= '-' && intermediates <= '/') {
            screen.charsets().designate96(intermediates - ',', (char) finalByte);
        }
    }

    private void escape(int finalByte) {
        switch (finalByte) {
            case '7': screen.saveCursor(); break;
            case '8': screen.restoreCursor(); break;
            case 'D': screen.lineFeed(); break;
            case 'E': screen.nextLine(); break;
            case 'H': screen.setTabStop(); break;
            case 'M': screen.reverseIndex(); break;
            case 'c': fullReset(); break;
            case '=': modes.applicationKeypad = true; break;
            case '>': modes.applicationKeypad = false; break;
            case 'N': screen.charsets().singleShift(2); break;
            case 'O': screen.charsets().singleShift(3); break;
            case 'n': screen.charsets().lockShift(2); break;
            case 'o': screen.charsets().lockShift(3); break;
            case 'Z': replies.send(Replies.PRIMARY_ATTRIBUTES); break;
            default: break;
        }
    }

    @Override
    public void csiDispatch(int prefix, int intermediates, int finalByte, Params params) {
        csi.dispatch(prefix, intermediates, finalByte, params);
        screen.forgetLastPrinted();
    }

    @Override
    public void dcsDispatch(int prefix, int intermediates, int finalByte, Params params, byte[] data, int length) {
        screen.forgetLastPrinted();
        if (prefix != 0) {
            return;
        }
        if (intermediates == '$' && finalByte == 'q') {
            replies.statusString(StatusStrings.describe(screen, modes, new String(data, 0, length, StandardCharsets.US_ASCII)));
        } else if (intermediates == '+' && finalByte == 'q') {
            replies.send("\033P0+r\033\\");
        }
    }

    @Override
    public void oscDispatch(byte[] data, int length, int terminator) {
        screen.forgetLastPrinted();
        osc.dispatch(data, length, terminator);
    }

    /** DECSTR. */
    void softReset() {
        screen.softReset();
        modes.softReset();
    }

    /** RIS. */
    void fullReset() {
        screen.reset();
        modes.reset();
        osc.reset();
    }

    /** True when the background programs are told about is dark (for the colour-scheme query). */
    boolean darkBackground() {
        int bg = palette.background();
        int luma = (bg >> 16 & 0xff) * 299 + (bg >> 8 & 0xff) * 587 + (bg & 0xff) * 114;
        return luma < 128_000;
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.keys;

import dev.grove.term.TermModes;

/** Encodes events for a pane according to its modes. */
public final class KeyEncoder {
    private KeyEncoder() {}

    public static byte[] encode(InputEvent.Key key, TermModes modes) {
        return key.raw().clone();
    }

    public static byte[] encodePaste(byte[] text, TermModes modes) {
        return text.clone();
    }

    public static byte[] encodeMouse(InputEvent.Mouse m, int paneRow, int paneCol, TermModes modes) {
        return null;
    }

    public static byte[] encodeFocus(boolean gained, TermModes modes) {
        return modes.focusEvents() ? new byte[] {0x1b, '[', (byte) (gained ? 'I' : 'O')} : null;
    }
}

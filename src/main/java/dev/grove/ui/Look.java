// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.ui;

import dev.grove.term.screen.Attrs;

/** How a cell of grove's own frame looks: attribute flags ({@link Attrs}) and colours ({@code Colors}). */
record Look(int attrs, int fg, int bg) {
    static final Look PLAIN = new Look(0, 0, 0);

    Look withAttrs(int more) {
        return new Look(attrs | more, fg, bg);
    }

    /** This look's colours and attributes drawn over {@code base}: default colours show the base's. */
    Look over(Look base) {
        return new Look(attrs | base.attrs, fg != 0 ? fg : base.fg, bg != 0 ? bg : base.bg);
    }
}

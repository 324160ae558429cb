// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.status;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One agent's row of the coordination table. {@code extra} holds the columns after the four
 * standard ones, by header name, in file order. {@code line} is the row's 1-based line in the file
 * it was read from, 0 for a row not yet written. Empty cells are empty strings, never null.
 */
public record StatusRow(String agent, String task, String status, String lastUpdate, Map<String, String> extra,
        int line) {

    public StatusRow {
        extra = Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    }

    /** The value of an extra column (matched without regard to case), or an empty string. */
    public String extra(String column) {
        String key = Columns.normalize(column);
        for (Map.Entry<String, String> e : extra.entrySet()) {
            if (Columns.normalize(e.getKey()).equals(key)) {
                return e.getValue();
            }
        }
        return "";
    }
}

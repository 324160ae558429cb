// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.status;

import java.util.List;
import java.util.Locale;

/** The coordination table's standard column names and how header cells are matched to them. */
final class Columns {
    static final String AGENT = "Agent";
    static final String TASK = "Task";
    static final String STATUS = "Status";
    static final String LAST_UPDATE = "Last Update";
    static final String NOTE = "Note";

    /** The columns every table has, in the order grove writes them. */
    static final List<String> STANDARD = List.of(AGENT, TASK, STATUS, LAST_UPDATE);

    private Columns() {}

    /** A header cell reduced for matching: lower case, without spaces, dashes, underscores or asterisks. */
    static String normalize(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!ignorable(c)) {
                sb.append(c);
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /** Index of the column named {@code name} (ignoring case and spacing), or -1. */
    static int indexOf(List<String> columns, String name) {
        String key = normalize(name);
        for (int i = 0; i < columns.size(); i++) {
            if (sameName(columns.get(i), key)) {
                return i;
            }
        }
        return -1;
    }

    /** {@code normalize(cell).equals(key)} for an ASCII key, without allocating. */
    private static boolean sameName(String cell, String key) {
        int k = 0;
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (ignorable(c)) {
                continue;
            }
            if (k >= key.length() || Character.toLowerCase(c) != key.charAt(k)) {
                return false;
            }
            k++;
        }
        return k == key.length();
    }

    private static boolean ignorable(char c) {
        return c == ' ' || c == '_' || c == '*' || c == '-' || Character.isWhitespace(c);
    }

    static boolean isStandard(String name) {
        return indexOf(STANDARD, name) >= 0;
    }
}

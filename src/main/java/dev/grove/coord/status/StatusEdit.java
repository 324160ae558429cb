// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.status;

import dev.grove.common.UserError;
import java.util.regex.Pattern;

/**
 * A change to one agent's row: the fields that are not null replace the row's values; the
 * {@code Last Update} cell is always set to the time of the edit. A missing row is created.
 * Values are kept on one line (line breaks become spaces) and trimmed.
 */
public record StatusEdit(String agent, String task, String status, String note) {
    private static final Pattern CONTROL = Pattern.compile("[\\u0000-\\u001f\\u007f]+");

    public StatusEdit {
        if (agent == null || agent.isBlank()) {
            throw new UserError("an agent name is required", "pass --agent NAME or set GROVE_AGENT");
        }
        agent = oneLine(agent);
        task = oneLine(task);
        status = oneLine(status);
        note = oneLine(note);
    }

    /** An edit of {@code agent}'s row that changes nothing yet but its Last Update time. */
    public static StatusEdit of(String agent) {
        return new StatusEdit(agent, null, null, null);
    }

    public StatusEdit withTask(String value) {
        return new StatusEdit(agent, value, status, note);
    }

    public StatusEdit withStatus(String value) {
        return new StatusEdit(agent, task, value, note);
    }

    public StatusEdit withNote(String value) {
        return new StatusEdit(agent, task, status, value);
    }

    private static String oneLine(String value) {
        return value == null ? null : CONTROL.matcher(value).replaceAll(" ").trim();
    }
}

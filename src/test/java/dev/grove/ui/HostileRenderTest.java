// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.grove.fuzz.ClientStreamCheck;
import dev.grove.fuzz.HostileOutput;
import dev.grove.fuzz.Mutator;
import dev.grove.term.Emulator;
import dev.grove.term.ReplySink;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Whatever panes print and whatever text reaches the model (titles, names, statuses, table
 * cells, messages, overlays), the bytes a client receives speak only grove's own vocabulary:
 * no title, clipboard, notification, device-control or query sequence and no control character
 * gets through to the user's terminal.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileRenderTest {
    private static final int CASES = 2_000;

    @Test
    void hostilePanesAndTextNeverReachTheClientRaw() {
        SplittableRandom random = new SplittableRandom(0xbad_c0deL);
        Mutator mutator = new Mutator(random, HostileOutput.TOKENS);
        List<Emulator> panes = List.of(new Emulator(40, 12, 100, ReplySink.NONE), new Emulator(60, 20, 100, ReplySink.NONE));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ClientView view = new ClientView(Models.THEME, new ClientCaps(random.nextBoolean(), true), 100, 30, out);
        long total = 0;
        for (int i = 0; i < CASES; i++) {
            for (Emulator e : panes) {
                e.feed(mutator.randomInput(30));
            }
            if (random.nextInt(50) == 0) {
                view.resize(1 + random.nextInt(160), 1 + random.nextInt(50));
            }
            out.reset();
            view.render(model(panes, random));
            String problem = ClientStreamCheck.firstViolation(out.toByteArray(), ClientStreamCheck.Allowed.NOTHING);
            if (problem != null) {
                fail("case " + i + ": " + problem);
            }
            total += out.size();
        }
        assertTrue(total > CASES * 10L, "frames were rendered: " + total + " bytes");
    }

    private static UiModel model(List<Emulator> emulators, SplittableRandom r) {
        List<PaneModel> panes = new ArrayList<>();
        List<TableRow> table = new ArrayList<>();
        for (Emulator e : emulators) {
            panes.add(new PaneModel("p" + panes.size(), text(r), r.nextBoolean() ? e.title() : text(r), text(r),
                    r.nextBoolean(), e.screen(), 0, r.nextBoolean() ? text(r) : null));
            table.add(new TableRow(text(r), text(r), text(r), text(r), List.of(text(r)), r.nextBoolean()));
        }
        return new UiModel(panes, r.nextInt(panes.size()), LayoutMode.values()[r.nextInt(LayoutMode.values().length)],
                table, r.nextInt(4) == 0, r.nextBoolean() ? text(r) : null, text(r), overlay(r), text(r), List.of(text(r)));
    }

    private static Overlay overlay(SplittableRandom r) {
        switch (r.nextInt(6)) {
            case 0: return new Overlay.Prompt(text(r), text(r), 0);
            case 1: return new Overlay.Confirm(text(r));
            case 2: return new Overlay.TextView(text(r), List.of(text(r), text(r)), 0);
            case 3: return new Overlay.Help(List.of(new String[] {text(r), text(r)}, new String[] {"", text(r)}));
            default: return null;
        }
    }

    private static String text(SplittableRandom r) {
        return HostileOutput.text(r);
    }
}

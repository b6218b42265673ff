package org.aidcsim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.aidcsim.site.CapacityItem;
import org.aidcsim.site.CapacityTable;
import org.aidcsim.units.Units;

/** The capacity table for people: one row per plant item, rounded; the same rows on the terminal and in the report. */
public final class CapacityRows {
    private CapacityRows() {
    }

    /** Column headers; the nameplate columns only for a declared basis. */
    public static List<String> headers(CapacityTable t) {
        List<String> h = new ArrayList<>(List.of("item", "units", "unit rating", "installed", "firm", "required", "margin"));
        if (t.declared()) {
            h.addAll(List.of("at nameplate", "margin at nameplate"));
        }
        return h;
    }

    public static List<List<String>> rows(CapacityTable t) {
        List<List<String>> rows = new ArrayList<>();
        for (CapacityItem i : t.items()) {
            List<String> row = new ArrayList<>(List.of(i.item(), i.units() + " (" + i.redundancy() + ")", kw(i.unitRatingW()),
                    kw(i.installedW()), kw(i.firmW()), kw(i.requiredW()), percent(i.margin())));
            if (t.declared()) {
                row.add(kw(i.requiredAtNameplateW()));
                row.add(percent(i.marginAtNameplate()));
            }
            rows.add(row);
        }
        return rows;
    }

    /** One sentence on the basis: what the plant is sized on, against the racks' nameplate. */
    public static String basis(CapacityTable t) {
        String basis = t.declared() ? String.format(Locale.ROOT, "a declared design IT load of %s (margin included)",
                kw(t.designItPowerW())) : "the racks' nameplate, " + kw(t.nameplateItPowerW());
        return "Every item is sized on " + basis + (t.declared() ? "; the racks' nameplate is " + kw(t.nameplateItPowerW()) : "")
                + ". Firm: with the redundant units failed; margin: firm / required − 1. Rack items are per rack, at the "
                + "rack's nameplate; heat rejection and plant pumps are sized to their duty.";
    }

    /** The rows as aligned text for the terminal: the item left-aligned, figures right-aligned. */
    public static String text(CapacityTable t, String indent) {
        List<String> headers = headers(t);
        List<List<String>> rows = rows(t);
        int[] width = new int[headers.size()];
        for (int c = 0; c < width.length; c++) {
            width[c] = headers.get(c).length();
            for (List<String> r : rows) {
                width[c] = Math.max(width[c], r.get(c).length());
            }
        }
        StringBuilder sb = new StringBuilder();
        List<List<String>> all = new ArrayList<>();
        all.add(headers);
        all.addAll(rows);
        for (List<String> r : all) {
            sb.append(indent);
            for (int c = 0; c < width.length; c++) {
                String cell = r.get(c);
                String pad = " ".repeat(width[c] - cell.length());
                sb.append(c == 0 ? cell + pad : "  " + pad + cell);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String kw(double w) {
        return Double.isFinite(w) ? String.format(Locale.ROOT, "%,.0f kW", Units.wToKw(w)) : "–";
    }

    private static String percent(double f) {
        return Double.isFinite(f) ? String.format(Locale.ROOT, "%+.1f %%", 100 * f) : "–";
    }
}

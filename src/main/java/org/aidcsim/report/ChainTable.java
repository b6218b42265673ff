package org.aidcsim.report;

import java.util.Locale;
import org.aidcsim.catalog.CurveBasis;
import org.aidcsim.engine.ChainPoint;
import org.aidcsim.units.Units;

/** The per-stage table that {@code aidcsim chain} prints. */
public final class ChainTable {
    private ChainTable() {
    }

    public static String render(ChainPoint p) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "  %-44s %-28s %10s %7s %8s %10s %11s  %-16s %s%n", "stage (grid -> chip)", "units",
                "unit kW", "load", "eff.", "loss kW", "conductor", "heat to", "curve basis"));
        for (ChainPoint.StagePoint s : p.stagesFromGrid()) {
            boolean conductor = s.conductorSets() > 0;
            String units = conductor ? String.format(Locale.ROOT, "%d x %s mm²", s.conductorSets(), plain(s.conductorSizeMm2()))
                    : s.inRack() && !s.perRack().isEmpty() ? s.perRack() : s.unitsInstalled() + " (" + s.redundancy() + ")";
            String unitKw = conductor ? "-" : Double.isNaN(s.unitRatingW()) ? "mixed"
                    : String.format(Locale.ROOT, "%,.1f", Units.wToKw(s.unitRatingW()));
            String load = Double.isNaN(s.loadFraction()) ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * s.loadFraction());
            String mass = conductor ? String.format(Locale.ROOT, "%,.0f kg", s.conductorMassKg()) : "";
            sb.append(String.format(Locale.ROOT, "  %-44s %-28s %10s %7s %7.2f%% %10.1f %11s  %-16s %s%n", s.name(), units, unitKw,
                    load, 100 * s.efficiency(), Units.wToKw(s.lossW()), mass, s.heatSink(), CurveBasis.labelOf(s.basis())));
        }
        sb.append(String.format(Locale.ROOT, "%n  grid %,.0f kW -> rack inputs %,.0f kW -> chips %,.0f kW%n",
                Units.wToKw(p.gridPowerW()), Units.wToKw(p.itPowerW()), Units.wToKw(p.chipPowerW())));
        sb.append(String.format(Locale.ROOT, "  efficiency grid -> rack inputs %.2f %%, grid -> chips %.2f %%; conductors %,.0f kg%n",
                100 * p.facilityEfficiency(), 100 * p.endToEndEfficiency(), p.conductorMassKg()));
        return sb.toString();
    }

    /** A standard size as written (2.5, 240); a busway's equivalent section to the mm² (1916). */
    private static String plain(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : v < 10 ? Double.toString(v) : Long.toString(Math.round(v));
    }
}

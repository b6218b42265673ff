package org.aidcsim.report;

import java.util.Locale;
import org.aidcsim.engine.SiteModel;
import org.aidcsim.metrics.AnnualMetrics;
import org.aidcsim.metrics.Sizing;
import org.aidcsim.units.Units;

/** The summary printed on the terminal after a run. */
public final class SummaryTable {
    private SummaryTable() {
    }

    public static String render(RunReport r) {
        SiteModel model = r.evaluation().scenario().model();
        AnnualMetrics m = r.evaluation().metrics();
        Sizing z = r.evaluation().sizing();
        var e = r.evaluation().economics();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s — %s, %s cooling, %d racks, design IT %.0f kW%n", model.name(),
                model.weather().locationName(), model.cooling().technology().key(), z.racks(), Units.wToKw(z.designItPowerW())));
        sb.append(String.format(Locale.ROOT, "%d days from day %d, %d s steps%n%n", model.window().days(),
                model.window().startDay(), model.window().stepS()));
        row(sb, "PUE (annual)", String.format(Locale.ROOT, "%.3f", m.pue()));
        row(sb, "PUE hourly min / max", String.format(Locale.ROOT, "%.3f / %.3f", m.pueMinStep(), m.pueMaxStep()));
        row(sb, "power chain, grid -> rack", String.format(Locale.ROOT, "%.2f %%", 100 * m.powerChainEfficiency()));
        row(sb, "power chain, grid -> chip", String.format(Locale.ROOT, "%.2f %%", 100 * m.endToEndEfficiency()));
        row(sb, "pPUE cooling", String.format(Locale.ROOT, "%.3f", m.ppueCooling()));
        sb.append('\n');
        row(sb, "IT energy", mwh(m.itEnergyJ()));
        row(sb, "  of which in-rack losses", mwh(m.inRackLossEnergyJ()));
        row(sb, "power-chain losses", mwh(m.powerLossEnergyJ()));
        row(sb, "cooling", mwh(m.coolingEnergyJ()) + String.format(Locale.ROOT, "  (fans %s, pumps %s, chillers %s)",
                mwhShort(m.fanEnergyJ()), mwhShort(m.pumpEnergyJ()), mwhShort(m.chillerEnergyJ())));
        row(sb, "misc (lighting, BMS)", mwh(m.miscEnergyJ()));
        row(sb, "facility energy", mwh(m.facilityEnergyJ()));
        sb.append('\n');
        row(sb, "peak facility power", String.format(Locale.ROOT, "%,.0f kW", Units.wToKw(m.peakFacilityPowerW())));
        row(sb, "hours on chillers", String.format(Locale.ROOT, "%,.0f h", m.chillerOnS() / 3600));
        if (z.coolantFlowM3PerS() > 0) {
            row(sb, "coolant flow at peak", String.format(Locale.ROOT, "%,.0f L/min (%.1f L/min per rack)",
                    Units.m3PerSToLitrePerMin(z.coolantFlowM3PerS()), Units.m3PerSToLitrePerMin(z.coolantFlowPerRackM3PerS())));
        }
        if (z.cduUnits() > 0) {
            row(sb, "CDUs", String.format(Locale.ROOT, "%d x %,.0f kW; coolant %,.1f m3", z.cduUnits(), Units.wToKw(z.cduCapacityW()),
                    z.fluidVolumeM3()));
        }
        row(sb, "heat-rejection capacity", String.format(Locale.ROOT, "%,.0f kW", Units.wToKw(z.peakHeatRejectedW())));
        row(sb, "chiller capacity", String.format(Locale.ROOT, "%,.0f kW", Units.wToKw(z.peakChillerLoadW())));
        if (m.waterKg() > 0) {
            row(sb, "site water", String.format(Locale.ROOT, "%,.0f m3 (WUE %.3f L/kWh)", m.waterKg() / 1000, m.wueLPerKwh()));
        }
        if (z.serverFanEnergyRemovedJ() > 0) {
            row(sb, "server fans removed", String.format(Locale.ROOT, "%,.1f MWh left out of IT (%.0f %% of rack power)",
                    Units.joulesToMwh(z.serverFanEnergyRemovedJ()), 100 * model.cooling().serverFanFractionRemoved()));
        }
        sb.append('\n');
        row(sb, "CAPEX", String.format(Locale.ROOT, "%,.1f M %s", e.capexTotal() / 1e6, e.currency()));
        row(sb, "OPEX per year", String.format(Locale.ROOT, "%,.1f M %s", e.opexTotalPerYear() / 1e6, e.currency()));
        row(sb, "TCO", String.format(Locale.ROOT, "%,.1f M %s", e.tco() / 1e6, e.currency()));
        row(sb, "carbon", String.format(Locale.ROOT, "%,.0f t CO2 per year", e.carbonTonnesPerYear()));
        for (String w : r.warnings()) {
            sb.append("warning: ").append(w).append('\n');
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, String label, String value) {
        sb.append(String.format(Locale.ROOT, "  %-26s %s%n", label, value));
    }

    private static String mwh(double joules) {
        return String.format(Locale.ROOT, "%,12.1f MWh", Units.joulesToMwh(joules));
    }

    private static String mwhShort(double joules) {
        return String.format(Locale.ROOT, "%,.1f", Units.joulesToMwh(joules));
    }
}

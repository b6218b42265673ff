package org.aidcsim.report;

import java.util.List;
import java.util.Locale;
import org.aidcsim.economics.SiteDefaults;
import org.aidcsim.economics.SiteFigure;
import org.aidcsim.engine.SiteModel;
import org.aidcsim.cooling.RearDoorDesign;
import org.aidcsim.metrics.Metric;
import org.aidcsim.standards.Applicability;
import org.aidcsim.standards.Framework;
import org.aidcsim.standards.StandardsAssessment;
import org.aidcsim.standards.Verdict;
import org.aidcsim.metrics.MetricValues;
import org.aidcsim.site.CapacityTable;
import org.aidcsim.units.Units;

/** The summary printed on the terminal after a run; labels, units and rounding from the metric catalogue. */
public final class SummaryTable {
    private static final List<Metric> EFFICIENCY = List.of(Metric.PUE, Metric.POWER_CHAIN_EFFICIENCY, Metric.END_TO_END_EFFICIENCY,
            Metric.PPUE_COOLING);
    private static final List<Metric> ENERGY = List.of(Metric.IT_ENERGY_MWH, Metric.IN_RACK_LOSS_MWH, Metric.POWER_LOSS_MWH,
            Metric.COOLING_ENERGY_MWH, Metric.MISC_ENERGY_MWH, Metric.FACILITY_ENERGY_MWH);
    private static final List<Metric> COST = List.of(Metric.CAPEX, Metric.CAPEX_PER_MW_NAMEPLATE_IT,
            Metric.CAPEX_PER_MW_DESIGN_IT, Metric.OPEX_PER_YEAR, Metric.TCO, Metric.LEVELIZED_COST_PER_MWH_IT, Metric.CARBON_T_PER_YEAR);

    private SummaryTable() {
    }

    public static String render(RunReport r) {
        SiteModel model = r.evaluation().scenario().model();
        MetricValues v = r.evaluation().values();
        String currency = r.evaluation().economics().currency();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s — %s%n", model.name(), model.weather().locationName()));
        double nameplate = v.value(Metric.NAMEPLATE_IT_POWER_KW);
        CapacityTable capacity = r.evaluation().scenario().capacity();
        double peak = Units.wToKw(model.itLoad().peakPowerW());
        sb.append(String.format(Locale.ROOT, "%,.0f racks, IT nameplate %,.0f kW%s; sized on %s; peak draw %,.0f kW (%.0f %% of "
                + "nameplate: utilization); %s cooling%n", v.value(Metric.RACKS), nameplate,
                model.cooling().serverFanFractionRemoved() > 0 ? String.format(Locale.ROOT, " (%,.0f kW less the servers' fans, "
                        + "%.0f %%, that %s removes)", Units.wToKw(model.itLoad().nameplatePowerW()),
                        100 * model.cooling().serverFanFractionRemoved(), model.cooling().technology().key()) : "",
                capacity.declared() ? String.format(Locale.ROOT, "a declared design load of %,.0f kW", Units.wToKw(
                        capacity.designItPowerW())) : "nameplate", peak, model.itLoad().nameplatePowerW() > 0
                        ? 100 * model.itLoad().peakPowerW() / model.itLoad().nameplatePowerW() : 0,
                model.cooling().technology().key()));
        sb.append(String.format(Locale.ROOT, "%d days from day %d, %d s steps%n%n", model.window().days(),
                model.window().startDay(), model.window().stepS()));
        EFFICIENCY.forEach(m -> row(sb, m, v, currency));
        row(sb, "PUE of a step, min / max", Metric.PUE_STEP_MIN.format(v.value(Metric.PUE_STEP_MIN)) + " / "
                + Metric.PUE_STEP_MAX.format(v.value(Metric.PUE_STEP_MAX)));
        sb.append('\n');
        for (Metric m : ENERGY) {
            row(sb, m, v, currency);
            if (m == Metric.COOLING_ENERGY_MWH) {
                row(sb, "  fans / pumps / chillers", Metric.FAN_ENERGY_MWH.format(v.value(Metric.FAN_ENERGY_MWH)) + " / "
                        + Metric.PUMP_ENERGY_MWH.format(v.value(Metric.PUMP_ENERGY_MWH)) + " / "
                        + Metric.CHILLER_ENERGY_MWH.formatWithUnit(v.value(Metric.CHILLER_ENERGY_MWH), currency));
            }
        }
        sb.append('\n');
        row(sb, Metric.PEAK_FACILITY_POWER_KW, v, currency);
        for (Metric m : List.of(Metric.CHILLER_HOURS, Metric.LIQUID_CHILLER_HOURS, Metric.AIR_CHILLER_HOURS)) {
            if (!Double.isNaN(v.value(m))) {
                row(sb, m, v, currency);
            }
        }
        if (v.value(Metric.COOLANT_FLOW_L_PER_MIN) > 0) {
            row(sb, Metric.COOLANT_FLOW_L_PER_MIN.label(), Metric.COOLANT_FLOW_L_PER_MIN.formatWithUnit(
                    v.value(Metric.COOLANT_FLOW_L_PER_MIN), currency) + " (" + Metric.COOLANT_FLOW_PER_RACK_L_PER_MIN.formatWithUnit(
                    v.value(Metric.COOLANT_FLOW_PER_RACK_L_PER_MIN), currency) + " per rack)");
        }
        if (v.value(Metric.CDU_COUNT) > 0) {
            row(sb, "CDUs", Metric.CDU_COUNT.format(v.value(Metric.CDU_COUNT)) + " x "
                    + Metric.CDU_CAPACITY_KW.formatWithUnit(v.value(Metric.CDU_CAPACITY_KW), currency) + "; coolant "
                    + Metric.FLUID_VOLUME_M3.formatWithUnit(v.value(Metric.FLUID_VOLUME_M3), currency));
        }
        // the loop's figures a designer checks first, when the scenario describes a chip and a heat user
        for (Metric m : List.of(Metric.CHIP_MARGIN_K, Metric.WARMEST_FACILITY_SUPPLY_C, Metric.ERF, Metric.ERE)) {
            if (Double.isFinite(v.value(m)) && (m != Metric.ERF && m != Metric.ERE || v.value(Metric.ERF) > 0)) {
                row(sb, m, v, currency);
            }
        }
        row(sb, Metric.HEAT_REJECTION_CAPACITY_KW, v, currency);
        row(sb, Metric.CHILLER_CAPACITY_KW, v, currency);
        if (v.value(Metric.WATER_USE_M3) > 0) {
            row(sb, Metric.WATER_USE_M3.label(), Metric.WATER_USE_M3.formatWithUnit(v.value(Metric.WATER_USE_M3), currency)
                    + " (WUE " + Metric.WUE_L_PER_KWH.formatWithUnit(v.value(Metric.WUE_L_PER_KWH), currency) + ")");
        }
        if (v.value(Metric.SERVER_FAN_ENERGY_REMOVED_MWH) > 0) {
            row(sb, "server fans removed", Metric.SERVER_FAN_ENERGY_REMOVED_MWH.formatWithUnit(
                    v.value(Metric.SERVER_FAN_ENERGY_REMOVED_MWH), currency) + String.format(Locale.ROOT,
                    " left out of IT (%.0f %% of rack power)", 100 * model.cooling().serverFanFractionRemoved()));
        }
        model.cooling().air().rearDoors().ifPresent(d -> doorRows(sb, d));
        if (model.cooling().air().handler().evaporative()) {
            row(sb, "air handler", model.cooling().air().handler().key() + ", trimmed by the chilled-water coils (hours on "
                    + "chillers, air side)");
        }
        row(sb, "backup", BackupSummary.sentence(r.evaluation().scenario()));
        sb.append('\n');
        sb.append("capacity against the design basis (firm: redundant units failed)\n");
        sb.append(CapacityRows.text(capacity, "  "));
        sb.append('\n');
        for (Metric m : COST) {
            if (m != Metric.CAPEX_PER_MW_DESIGN_IT || v.value(m) != v.value(Metric.CAPEX_PER_MW_NAMEPLATE_IT)) {
                row(sb, m, v, currency);
            }
        }
        StandardsAssessment standards = r.standards();
        row(sb, "site", standards.jurisdiction().country().isPresent() ? standards.jurisdiction().label() + ", from "
                + standards.jurisdiction().basis() : "country " + standards.jurisdiction().basis());
        List<String> applied = standards.frameworks().stream().filter(Applicability::assessed)
                .map(a -> a.framework().key() + (a.applies() ? "" : " (on request)") + outcome(standards, a.framework())).toList();
        row(sb, "rules assessed", applied.isEmpty() ? "none (docs/standards.md)" : String.join(", ", applied));
        for (SiteFigure f : r.evaluation().scenario().economics().siteFigures()) {
            row(sb, "  " + f.key(), Numbers.round(f.value(), 4).toPlainString() + " " + SiteDefaults.unit(f.key(), currency) + ": "
                    + f.source());
        }
        for (String w : r.warnings()) {
            sb.append("warning: ").append(w).append('\n');
        }
        return sb.toString();
    }

    /** ": 1 of 2 limits fail (energy reuse factor (ERF))", ": limits met", or why nothing was judged. */
    private static String outcome(StandardsAssessment s, Framework f) {
        List<Verdict> judged = s.verdicts().stream().filter(v -> v.framework() == f && v.outcome().isPresent()).toList();
        if (judged.isEmpty()) {
            return f == Framework.EU_REPORTING ? (s.euReportingApplies() ? ": reports" : ": does not report")
                    + (s.euWasteHeatUseRequired() ? ", must use its waste heat (Article 26(6))" : "")
                    : " (no limits judged; docs/standards.md)";
        }
        List<String> failed = judged.stream().filter(v -> !v.passes()).map(Verdict::figure).toList();
        return failed.isEmpty() ? ": " + judged.size() + " limit(s) met" : String.format(Locale.ROOT, ": %d of %d limits FAIL (%s)",
                failed.size(), judged.size(), String.join(", ", failed));
    }

    /** The doors at design: how much of the racks' heat they take to water, and what each group leaves in the room. */
    private static void doorRows(StringBuilder sb, RearDoorDesign d) {
        row(sb, "rear doors", String.format(Locale.ROOT, "%,d %s on %s at %.1f °C (exhaust %.1f °C): %,.0f kW to water, %,.0f kW "
                + "left in the room at design", d.doors(), d.type().replace("rear_door_", ""), d.water().replace('_', ' '),
                d.waterInC(), d.exhaustC(), Units.wToKw(d.toWaterW()), Units.wToKw(d.residualW())));
        for (RearDoorDesign.Group g : d.groups()) {
            row(sb, "  " + g.name(), String.format(Locale.ROOT, "per rack %.1f kW to air, %.1f kW to water, %.1f kW left in the room",
                    Units.wToKw(g.rackAirW()), Units.wToKw(g.toWaterW()), Units.wToKw(g.residualW())));
        }
    }

    private static void row(StringBuilder sb, Metric m, MetricValues v, String currency) {
        row(sb, m.label(), m.formatWithUnit(v.value(m), currency));
    }

    private static void row(StringBuilder sb, String label, String value) {
        sb.append(String.format(Locale.ROOT, "  %-31s %s%n", label, value));
    }
}

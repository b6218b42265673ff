package org.aidcsim.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.aidcsim.cooling.LiquidPath;
import org.aidcsim.engine.ChainPoint;
import org.aidcsim.economics.SiteDefaults;
import org.aidcsim.economics.SiteFigure;
import org.aidcsim.economics.YearCost;
import org.aidcsim.metrics.AnnualMetrics;
import org.aidcsim.metrics.HeatBalance;
import org.aidcsim.metrics.Metric;
import org.aidcsim.cooling.CoolingPlant;
import org.aidcsim.cooling.GroupLiquid;
import org.aidcsim.site.CapacityTable;
import org.aidcsim.metrics.MetricValues;
import org.aidcsim.standards.Applicability;
import org.aidcsim.standards.EuIndicator;
import org.aidcsim.standards.Framework;
import org.aidcsim.standards.StandardsAssessment;
import org.aidcsim.standards.Verdict;
import org.aidcsim.site.Evaluation;
import org.aidcsim.scenario.ScenarioSpec;
import org.aidcsim.units.Units;

/** report.html of one run: every figure labelled and rounded by the metric catalogue. */
public final class RunHtml {
    /** The end uses that add up to the facility energy. */
    static final List<Metric> END_USES = List.of(Metric.IT_ENERGY_MWH, Metric.POWER_LOSS_MWH, Metric.FAN_ENERGY_MWH,
            Metric.PUMP_ENERGY_MWH, Metric.CHILLER_ENERGY_MWH, Metric.MISC_ENERGY_MWH);

    private RunHtml() {
    }

    /** Draws a chart as an SVG document; a command may hand in drawings it made ahead, on other threads. */
    @FunctionalInterface
    public interface SvgSource {
        byte[] svg(ChartSpec spec) throws IOException;
    }

    /**
     * The charts of a run report in page order; the PUE charts exist when the run kept its hourly
     * series, and are also the run's chart files ({@code fileStem}).
     */
    public record Charts(ChartSpec energy, ChartSpec losses, Optional<ChartSpec> monthlyPue, Optional<ChartSpec> pueHeatMap) {
        public List<ChartSpec> all() {
            List<ChartSpec> all = new ArrayList<>(List.of(energy, losses));
            monthlyPue.ifPresent(all::add);
            pueHeatMap.ifPresent(all::add);
            return all;
        }
    }

    public static Charts charts(RunReport r) {
        Evaluation eval = r.evaluation();
        String name = eval.scenario().model().name();
        ChartSpec energy = new ChartSpec(StudyCharts.energyBeyondIt(name + ": energy beyond IT", List.of(name), List.of(eval.values())),
                900, 380, "The facility's energy beyond the IT load, by end use; the IT energy is in the table above.", null);
        ChartSpec losses = new ChartSpec(PowerCharts.lossesByStage(name + ": loss of each stage at design IT load", eval.design()),
                900, 420, "Loss of each stage at design IT load, grid first; the bars start at zero.", null);
        Optional<ChartSpec> monthly = eval.series().map(s -> new ChartSpec(
                CoolingCharts.monthlyPue(name + ": monthly PUE", s, eval.values().value(Metric.PUE)), 900, 480,
                "PUE of each month; the line is the annual PUE. Bars start at 1.0, the PUE of a site with no overhead.",
                "monthly-pue"));
        Optional<ChartSpec> heatMap = eval.series().map(s -> new ChartSpec(CoolingCharts.pueHeatMap(name + ": hourly PUE", s),
                1100, 520, "PUE of each hour: day of year across, hour of day up.", "pue-heatmap"));
        return new Charts(energy, losses, monthly, heatMap);
    }

    /**
     * The rack groups as run, with the catalogue system each names (its sources are in aidcsim
     * catalog) and, on a liquid loop, each group's share to liquid and its coolant flow per rack at design.
     */
    private static List<List<String>> itRows(Evaluation eval) {
        List<List<String>> rows = new ArrayList<>();
        List<ScenarioSpec.RackGroupSpec> groups = eval.scenario().scenario().spec().it().groups();
        CoolingPlant plant = eval.scenario().model().cooling();
        for (int k = 0; k < groups.size(); k++) {
            ScenarioSpec.RackGroupSpec g = groups.get(k);
            List<String> row = new ArrayList<>(List.of(g.name(), g.catalogRack().map(rack -> rack.systemKey()
                    + (rack.racksPerSystem() > 1 ? " (" + rack.role() + ")" : "")).orElse("—"), String.format(Locale.ROOT, "%,d", g.racks()),
                    String.format(Locale.ROOT, "%.1f kW", Units.wToKw(g.rackPowerW())), String.format(Locale.ROOT, "%.0f %%", 100 * g.utilization()),
                    String.format(Locale.ROOT, "%,.0f kW", Units.wToKw(g.racks() * g.rackPowerW() * g.utilization())),
                    g.supply().resolve(g.rackPowerW()).key()));
            GroupLiquid liquid = plant.groups().get(k);
            plant.liquid().ifPresent(l -> {
                row.add(String.format(Locale.ROOT, "%.0f %%", 100 * liquid.captureFraction()));
                row.add(liquid.onLiquid() ? String.format(Locale.ROOT, "%.1f L/min at %.1f K", Units.m3PerSToLitrePerMin(
                        liquid.designFlowPerRackM3PerS(l.coolant(), l.coolantSupplyTempC())), liquid.coolantDeltaTK()) : "air only");
            });
            rows.add(row);
        }
        return rows;
    }

    private static List<List<String>> heatBalanceRows(HeatBalance b) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("into the air path (IT heat not captured, losses in cooled rooms, support loads)", mwh(b.intoAirJ())));
        rows.add(List.of("into the liquid loop (IT heat captured, losses to it)", mwh(b.intoLiquidJ())));
        rows.add(List.of("fan work", mwh(b.fansJ())));
        rows.add(List.of("pump work", mwh(b.pumpsJ())));
        rows.add(List.of("chiller work", mwh(b.chillersJ())));
        rows.add(List.of("total in", mwh(b.inJ())));
        rows.add(List.of("rejected outdoors (dry coolers, towers, condensers, economizer exhaust)", mwh(b.rejectedJ())));
        rows.add(List.of("reused by the heat user", mwh(b.reusedJ())));
        rows.add(List.of("total out", mwh(b.outJ())));
        return rows;
    }

    private static String mwh(double joules) {
        return String.format(Locale.ROOT, "%,.1f MWh", Units.joulesToMwh(joules));
    }

    private static List<String> itHeaders(Evaluation eval) {
        List<String> h = new ArrayList<>(List.of("group", "system", "racks", "rack power", "utilization", "peak", "rack power supply"));
        if (eval.scenario().model().cooling().liquid().isPresent()) {
            h.addAll(List.of("heat to liquid", "coolant per rack at design"));
        }
        return h;
    }

    public static String build(RunReport r) throws IOException {
        return build(r, charts(r), ChartSpec::svg);
    }

    public static String build(RunReport r, Charts charts, SvgSource svgs) throws IOException {
        Evaluation eval = r.evaluation();
        String name = eval.scenario().model().name();
        HtmlReport h = new HtmlReport("aidcsim report: " + name, r.description().isEmpty() ? r.scenarioFile()
                : r.description() + " (" + r.scenarioFile() + ")");
        String currency = eval.economics().currency();
        h.heading("Key figures");
        h.table(List.of("metric", "value"), catalogueRows(eval.values(), Metric.Section.METRICS, currency), null);
        h.note("Backup: " + BackupSummary.sentence(eval.scenario()) + ".");
        h.heading("IT load");
        h.table(itHeaders(eval), itRows(eval), null);
        h.heading("Energy by end use");
        h.table(List.of("end use", "energy", "share of facility energy"), endUseRows(eval.values(), currency), null);
        h.chart(svgs.svg(charts.energy()), charts.energy().caption());
        h.heading("Power chain, grid to chips, at design IT load");
        h.table(List.of("stage", "kind", "units", "load", "efficiency", "loss at design", "energy lost", "heat to"),
                stageRows(eval.design(), eval.metrics()), null);
        h.note(String.format(Locale.ROOT, "Grid to rack inputs %.2f %%, grid to chips %.2f %% at design load.",
                100 * eval.design().facilityEfficiency(), 100 * eval.design().endToEndEfficiency()));
        h.chart(svgs.svg(charts.losses()), charts.losses().caption());
        h.heading("Capacity against the design basis");
        CapacityTable capacity = eval.scenario().capacity();
        h.table(CapacityRows.headers(capacity), CapacityRows.rows(capacity), null);
        h.note(CapacityRows.basis(capacity));
        h.heading("Cooling sizing");
        h.table(List.of("item", "value"), catalogueRows(eval.values(), Metric.Section.SIZING, currency), null);
        eval.scenario().model().cooling().liquid().ifPresent(l -> h.note(liquidLoopNote(l)));
        r.resolution().ifPresent(res -> h.note(String.format(Locale.ROOT, "At %.0f-second steps the facility peaks at %,.0f kW; "
                + "its highest hourly mean is %,.0f kW, so an hourly view hides %,.0f kW. The same site simulated hour by hour: "
                + "peak %,.0f kW, PUE %.4f (here %.4f).", res.stepS(), Units.wToKw(res.peakFacilityW()),
                Units.wToKw(res.peakOfHourlyMeansW()), Units.wToKw(res.hiddenPeakW()), Units.wToKw(res.hourlyPeakFacilityW()),
                res.hourlyPue(), res.pue())));
        h.heading("Heat balance of the run");
        h.table(List.of("heat", "energy"), heatBalanceRows(HeatBalance.of(eval.metrics())), null);
        h.note("Fan, pump and chiller work all end up as heat: in the air or water they move, at the condensers. What enters "
                + "both paths and what leaves the site add up; heat reused is counted once, with the pump work it carries.");
        standards(h, r.standards());
        h.heading("Cost and carbon (" + currency + ")");
        h.table(List.of("CAPEX", "amount (" + currency + ")"), moneyRows(eval.economics().capex(), eval.economics().capexTotal()), null);
        h.table(List.of("OPEX per year", "amount (" + currency + ")"), moneyRows(eval.economics().opexPerYear(),
                eval.economics().opexTotalPerYear()), null);
        h.note("TCO over " + eval.scenario().economics().years() + " years: "
                + Metric.TCO.formatWithUnit(eval.values().value(Metric.TCO), currency) + " ("
                + Metric.LEVELIZED_COST_PER_MWH_IT.formatWithUnit(eval.values().value(Metric.LEVELIZED_COST_PER_MWH_IT), currency)
                + " levelized, discounted cost over discounted IT energy); carbon "
                + Metric.CARBON_T_PER_YEAR.formatWithUnit(eval.values().value(Metric.CARBON_T_PER_YEAR), currency) + ". "
                + "CAPEX covers the build, at default unit costs unless the scenario gives its own (docs/sweeps-and-economics.md).");
        List<List<String>> figures = new ArrayList<>();
        for (SiteFigure f : eval.scenario().economics().siteFigures()) {
            figures.add(List.of(f.key(), Numbers.round(f.value(), 4).toPlainString(), SiteDefaults.unit(f.key(), currency),
                    f.source()));
        }
        h.table(List.of("site figure", "value", "unit", "source"), figures, null);
        if (eval.economics().rampsUp()) {
            List<List<String>> rows = new ArrayList<>();
            for (YearCost y : eval.economics().years()) {
                rows.add(List.of(Integer.toString(y.year()), String.format(Locale.ROOT, "%.0f %%", 100 * y.loadFraction()),
                        String.format(Locale.ROOT, "%,.1f MWh", Units.joulesToMwh(y.itEnergyJ())),
                        String.format(Locale.ROOT, "%.3f", y.pue()), String.format(Locale.ROOT, "%,.0f", y.opex()),
                        String.format(Locale.ROOT, "%,.0f t", y.carbonTonnes())));
            }
            h.table(List.of("year", "IT load", "IT energy", "PUE", "OPEX (" + currency + ")", "carbon"), rows, null);
            h.note("The load grows into the hall (economics.load_ramp): each year runs at its share of the design load on the "
                    + "plant built for the full load; PUE over the horizon "
                    + Metric.HORIZON_PUE.formatWithUnit(eval.values().value(Metric.HORIZON_PUE), currency) + ".");
        }
        if (charts.monthlyPue().isPresent() || charts.pueHeatMap().isPresent()) {
            h.heading("PUE through the year");
            for (ChartSpec pue : List.of(charts.monthlyPue(), charts.pueHeatMap()).stream().flatMap(Optional::stream).toList()) {
                h.chart(svgs.svg(pue), pue.caption());
            }
        }
        if (!r.warnings().isEmpty()) {
            h.heading("Warnings");
            h.table(List.of("warning"), r.warnings().stream().map(List::of).toList(), null);
        }
        h.heading("Scenario, with every default applied");
        h.yaml(eval.scenario().scenario().resolved());
        return h.render();
    }

    /** The section's catalogue metrics that the run estimated: label, value rounded with its unit. */
    static List<List<String>> catalogueRows(MetricValues values, Metric.Section section, String currency) {
        List<List<String>> rows = new ArrayList<>();
        for (Metric m : Metric.values()) {
            if (m.section() == section && !Double.isNaN(values.value(m))) {
                rows.add(List.of(m.label(), m.formatWithUnit(values.value(m), currency)));
            }
        }
        return rows;
    }

    /** Will this design be allowed here: which rules apply and why, each limit, the figure, pass or fail, the margin; the EU set. */
    private static void standards(HtmlReport h, StandardsAssessment a) {
        h.heading("Standards");
        h.note("Site: " + a.jurisdiction().countryName() + a.jurisdiction().country().map(c -> " (" + c + ")").orElse("")
                + a.jurisdiction().region().map(r -> ", region " + r).orElse("") + (a.jurisdiction().country().isPresent()
                        ? "; country from " + a.jurisdiction().basis() : ": " + a.jurisdiction().basis()) + ".");
        List<List<String>> frameworks = new ArrayList<>();
        for (Applicability f : a.frameworks()) {
            frameworks.add(List.of(f.framework().title(), f.status(), f.why()));
        }
        h.table(List.of("rules", "here", "why"), frameworks, null);
        List<List<String>> rows = new ArrayList<>();
        for (Verdict v : a.verdicts()) {
            String onRequest = a.framework(v.framework()).applies() ? "" : " (assessed on request)";
            rows.add(List.of(v.standard() + onRequest, v.scope(), v.figure(), Metric.PUE.format(v.value()),
                    (v.minimum() ? "≥ " : "≤ ") + Metric.PUE.format(v.limit()), v.outcome().orElse("does not apply"),
                    v.applies() ? Metric.PUE.format(v.margin()) : ""));
        }
        if (!rows.isEmpty()) {
            h.table(List.of("document", "applies to", "figure", "design", "limit", "verdict", "margin"), rows, null);
        }
        h.note(String.format(Locale.ROOT, "GB 40879-2021 grade of the annual PUE %s%s%s. ISO/IEC 30134 figures are in Key figures: "
                + "PUE categories 1-3, pPUE, WUE, CUE, REF, ERF. The PUE here is the model's annual figure; the documents define "
                + "how it is metered on a built site.",
                a.gb40879Grade() <= 3 ? String.valueOf(a.gb40879Grade()) : "none (above the maximum allowable PUE 1.50)",
                a.framework(Framework.GB_40879).assessed() ? "" : " (a figure only: the standard does not apply here)",
                a.framework(Framework.GB_40879).assessed() ? "; China scale class: " + a.scale().key()
                        + " (standards.china_scale, standards.china_hub_node)" : ""));
        h.note(String.format(Locale.ROOT, "ASHRAE 169 climate zone %s (CDD10 %.0f, HDD18 %.0f; letter: %s). ASHRAE 90.4: annualized "
                + "MLC %.3f, design MLC %.3f, ELC %.3f at 100 %% and %.3f at 50 %% IT load%s.", a.climateZone().label(),
                a.climateZone().cdd10(), a.climateZone().hdd18(), a.climateZone().moistureBasis(), a.ashrae().annualizedMlc(),
                a.ashrae().designMlc(), a.ashrae().elcFullLoad(), a.ashrae().elcHalfLoad(),
                a.verdicts().stream().anyMatch(v -> v.framework() == Framework.ASHRAE_90_4) ? ", judged in the table above"
                        : a.framework(Framework.ASHRAE_90_4).assessed() ? "; the standard's maxima are not reproduced: give them in "
                                + "standards.ashrae_90_4 for a verdict" : ""));
        if (a.framework(Framework.EU_REPORTING).assessed()) {
            List<List<String>> eu = new ArrayList<>();
            for (EuIndicator i : a.euIndicators()) {
                eu.add(List.of(i.name(), i.value().isPresent() ? Numbers.round(i.value().getAsDouble(), 3).toPlainString() : "—",
                        i.unit(), i.note()));
            }
            h.table(List.of("EU indicator (Delegated Regulation (EU) 2024/1364)", "value", "unit", "source"), eu, null);
            h.note((a.euReportingApplies() ? "EU reporting applies: installed IT power of 500 kW or more"
                    : "EU reporting does not apply here or below 500 kW of installed IT power") + " (Directive (EU) 2023/1791, "
                    + "Article 12). " + (a.euWasteHeatUseRequired() ? "With a total rated energy input above 1 MW, the site must "
                            + "use its waste heat or show that it cannot (Article 26(6))." : ""));
        }
    }

    /** The liquid loop's fluid, pressure drops and heat user in one sentence each. */
    static String liquidLoopNote(LiquidPath l) {
        StringBuilder sb = new StringBuilder("Coolant: " + l.coolant().name() + " (" + l.coolant().source() + ").");
        l.hydraulics().ifPresent(h -> sb.append(String.format(Locale.ROOT, " Pump head %.0f kPa: branch %.0f, manifolds %.0f, "
                + "piping DN%d %.0f, CDU exchanger %.0f kPa; %d pump(s) of %.0f L/min with %s kW motors.",
                Units.paToKpa(h.headPa()), Units.paToKpa(h.branchPa()), Units.paToKpa(h.manifoldPa()), h.pipe().nominalSizeMm(),
                Units.paToKpa(h.pipingPa()), Units.paToKpa(h.exchangerPa()), h.pumps().running(),
                Units.m3PerSToLitrePerMin(h.pumps().flowM3PerS()), Numbers.round(Units.wToKw(h.pumps().motorW()), 2).toPlainString())));
        l.heatReuse().ifPresent(r -> sb.append(r.direct()
                ? String.format(Locale.ROOT, " Heat reuse: %.0f °C return water straight to the %.0f °C user.", r.sourceTempC(),
                        r.params().supplyTempC())
                : String.format(Locale.ROOT, " Heat reuse: the user's heat pump lifts %.0f °C return water to %.0f °C at COP %.2f; "
                        + "its electricity is outside the PUE.", r.sourceTempC(), r.params().supplyTempC(), r.heatingCop())));
        return sb.toString();
    }

    private static List<List<String>> endUseRows(MetricValues v, String currency) {
        double facility = v.value(Metric.FACILITY_ENERGY_MWH);
        List<List<String>> rows = new ArrayList<>();
        for (Metric m : END_USES) {
            rows.add(List.of(m.label(), m.formatWithUnit(v.value(m), currency),
                    String.format(Locale.ROOT, "%.2f %%", facility > 0 ? 100 * v.value(m) / facility : 0)));
        }
        rows.add(List.of(Metric.FACILITY_ENERGY_MWH.label(), Metric.FACILITY_ENERGY_MWH.formatWithUnit(facility, currency), "100 %"));
        return rows;
    }

    private static List<List<String>> stageRows(ChainPoint design, AnnualMetrics m) {
        List<Double> lossJ = new ArrayList<>();
        List<Double> facility = m.stageLossEnergyJ();
        for (int i = facility.size() - 1; i >= 0; i--) {
            lossJ.add(facility.get(i));
        }
        lossJ.addAll(m.rackStageLossEnergyJ());
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < design.stagesFromGrid().size(); i++) {
            ChainPoint.StagePoint p = design.stagesFromGrid().get(i);
            String units = p.conductorSets() > 0
                    ? String.format(Locale.ROOT, "%d sets × %s mm², %,.0f kg", p.conductorSets(), plain(p.conductorSizeMm2()),
                            p.conductorMassKg())
                    : String.format(Locale.ROOT, "%,d (%s)", p.unitsInstalled(), p.redundancy()) + (Double.isNaN(p.unitRatingW()) ? ""
                            : String.format(Locale.ROOT, " × %,.1f kW", Units.wToKw(p.unitRatingW())));
            rows.add(List.of(p.name(), p.kind().key(), units,
                    Double.isNaN(p.loadFraction()) ? "–" : String.format(Locale.ROOT, "%.1f %%", 100 * p.loadFraction()),
                    String.format(Locale.ROOT, "%.2f %%", 100 * p.efficiency()),
                    String.format(Locale.ROOT, "%,.1f kW", Units.wToKw(p.lossW())),
                    String.format(Locale.ROOT, "%,.1f MWh", Units.joulesToMwh(lossJ.get(i))), p.heatSink()));
        }
        return rows;
    }

    private static List<List<String>> moneyRows(Map<String, Double> items, double total) {
        List<List<String>> rows = new ArrayList<>();
        items.forEach((k, v) -> rows.add(List.of(k.replace('_', ' '), String.format(Locale.ROOT, "%,.0f", v))));
        rows.add(List.of("total", String.format(Locale.ROOT, "%,.0f", total)));
        return rows;
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}

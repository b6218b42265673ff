package org.aidcsim.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.aidcsim.metrics.Metric;
import org.aidcsim.metrics.MetricValues;
import org.aidcsim.metrics.StepSeries;

/** report.html of one run. */
public final class RunHtml {
    private RunHtml() {
    }

    public static String build(RunReport r) throws IOException {
        ObjectNode tree = SummaryJsonWriter.tree(r);
        var eval = r.evaluation();
        String name = eval.scenario().model().name();
        HtmlReport h = new HtmlReport("aidcsim report: " + name, r.description().isEmpty() ? r.scenarioFile()
                : r.description() + " (" + r.scenarioFile() + ")");
        String currency = eval.economics().currency();
        h.heading("Key figures");
        h.table(List.of("metric", "value"), catalogueRows(eval.values(), Metric.Section.METRICS, currency), null);
        h.heading("Energy by end use");
        h.table(List.of("end use", "MWh"), keyValues(tree.path("energy_by_end_use_mwh")), null);
        h.chart(StudyCharts.energyByEndUse(name + ": energy by end use", List.of(name), List.of(eval)), 900, 420,
                "Energy by end use over the simulated period.");
        h.heading("Power chain, grid to chips, at design IT load");
        List<List<String>> stages = new ArrayList<>();
        for (JsonNode s : tree.path("power_chain").path("stages")) {
            stages.add(List.of(s.path("name").asText(), s.path("kind").asText(), s.has("units")
                    ? text(s.path("units")) + " (" + s.path("redundancy").asText() + ") × " + text(s.path("unit_rating_kw")) + " kW"
                    : text(s.path("conductor_mass_kg")) + " kg conductor", text(s.path("design_efficiency")),
                    text(s.path("design_loss_kw")), text(s.path("loss_mwh")), s.path("heat_to").asText()));
        }
        h.table(List.of("stage", "kind", "units", "efficiency", "loss kW", "loss MWh", "heat to"), stages, null);
        h.note(String.format(Locale.ROOT, "Grid to rack inputs %.2f %%, grid to chips %.2f %% at design load.",
                100 * eval.design().facilityEfficiency(), 100 * eval.design().endToEndEfficiency()));
        h.heading("Cooling sizing");
        h.table(List.of("item", "value"), catalogueRows(eval.values(), Metric.Section.SIZING, currency), null);
        h.heading("Cost and carbon (" + eval.economics().currency() + ")");
        h.table(List.of("CAPEX", "amount"), keyValues(tree.path("economics").path("capex")), null);
        h.table(List.of("OPEX per year", "amount"), keyValues(tree.path("economics").path("opex_per_year")), null);
        h.note("TCO over " + eval.scenario().economics().years() + " years: "
                + Metric.TCO.formatWithUnit(eval.values().value(Metric.TCO), currency) + "; carbon "
                + Metric.CARBON_T_PER_YEAR.formatWithUnit(eval.values().value(Metric.CARBON_T_PER_YEAR), currency) + ". "
                + "CAPEX covers the modelled equipment and white space, at default unit costs unless the scenario gives its own.");
        if (eval.series().isPresent()) {
            StepSeries s = eval.series().get();
            h.heading("PUE through the year");
            h.chart(CoolingCharts.monthlyPue(name + ": monthly PUE", s), 900, 420, "Monthly PUE.");
            h.chart(CoolingCharts.pueHeatMap(name + ": hourly PUE", s), 1000, 460, "Hourly PUE, day of year across, hour of day up.");
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

    static List<List<String>> keyValues(JsonNode object) {
        List<List<String>> rows = new ArrayList<>();
        object.fields().forEachRemaining(e -> rows.add(List.of(e.getKey().replace('_', ' '), text(e.getValue()))));
        return rows;
    }

    /** Numbers in plain notation (JSON's BigDecimals print 2500 as 2.5E+3). */
    static String text(JsonNode n) {
        return n.isNumber() ? n.decimalValue().toPlainString() : n.asText();
    }
}

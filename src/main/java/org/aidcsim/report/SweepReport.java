package org.aidcsim.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.aidcsim.metrics.Metric;
import org.aidcsim.metrics.MetricValues;
import org.aidcsim.scenario.LoadedScenario;
import org.aidcsim.sweep.Sweep;
import org.aidcsim.sweep.SweepDimension;

/**
 * A sweep's HTML report. It shows a bounded part of a sweep of any size: every variant when there
 * are few, the Pareto front otherwise; sweep.csv ({@link SweepCsv}) has them all.
 */
public final class SweepReport {
    /** The metrics the HTML table shows; the CSV has them all. */
    private static final List<Metric> TABLE = List.of(Metric.DESIGN_IT_POWER_KW, Metric.PUE, Metric.WUE_L_PER_KWH,
            Metric.CAPEX_PER_MW_NAMEPLATE_IT, Metric.LEVELIZED_COST_PER_MWH_IT, Metric.CAPEX, Metric.CARBON_T_PER_YEAR);

    /**
     * What the report shows.
     *
     * @param base the scenario swept
     * @param dims the swept fields
     * @param variantCount variants in the sweep
     * @param axes the two Pareto metrics
     * @param currency the scenario's currency, for money columns
     * @param rows the variants the table lists, by index
     * @param rowOnFront for each row, whether it is on the Pareto front
     * @param tableNote what the table holds when it is not every variant, or ""
     * @param failures the first variants that did not run
     * @param failedCount how many did not run in all
     * @param scatterSvg the Pareto chart, drawn
     * @param scatterCaption its caption
     * @param endUseSvg the energy-by-end-use chart, drawn
     * @param endUseCaption its caption
     * @param waterEnergySvg PUE against WUE by climate, drawn when the sweep varies the weather; empty otherwise
     * @param waterEnergyCaption its caption
     */
    public record Content(LoadedScenario base, List<SweepDimension> dims, int variantCount, Metric[] axes, String currency,
            List<Sweep.Variant> rows, boolean[] rowOnFront, String tableNote, List<Sweep.Variant> failures, long failedCount,
            byte[] scatterSvg, String scatterCaption, byte[] endUseSvg, String endUseCaption, byte[] waterEnergySvg,
            String waterEnergyCaption) {
    }

    /** The path of the weather file, whose values are climates. */
    public static final String WEATHER_FILE = "site.weather.file";

    /**
     * The water-energy points of a sweep over climates: each variant that ran at its climate (the
     * weather file's station) and its design (the other swept values, lettered in order of first
     * appearance); empty when no dimension is the weather file.
     *
     * @param designNames receives each letter's design, in letter order
     */
    public static List<CoolingCharts.WaterEnergyPoint> waterEnergyPoints(List<SweepDimension> dims, List<Sweep.Variant> rows,
            List<String> designNames) {
        int weather = -1;
        for (int k = 0; k < dims.size(); k++) {
            if (dims.get(k).path().equals(WEATHER_FILE)) {
                weather = k;
            }
        }
        List<CoolingCharts.WaterEnergyPoint> out = new ArrayList<>();
        if (weather < 0) {
            return out;
        }
        for (Sweep.Variant v : rows) {
            if (v.metrics().isEmpty()) {
                continue;
            }
            List<String> design = new ArrayList<>();
            for (int k = 0; k < dims.size(); k++) {
                if (k != weather) {
                    String path = dims.get(k).path();
                    design.add(path.substring(path.lastIndexOf('.') + 1) + " " + shortValue(v.values().get(k)));
                }
            }
            String name = design.isEmpty() ? "the scenario" : String.join(", ", design);
            if (!designNames.contains(name)) {
                designNames.add(name);
            }
            MetricValues m = v.metrics().get();
            out.add(new CoolingCharts.WaterEnergyPoint(station(v.values().get(weather)),
                    CoolingCharts.letter(designNames.indexOf(name)), m.value(Metric.PUE), m.value(Metric.WUE_L_PER_KWH)));
        }
        return out;
    }

    /**
     * A weather file's station, from an EPW name's place part ("USA_AZ_Davis-Monthan.AFB.722745_TMY3.epw" →
     * "Davis-Monthan", "USA_CA_San.Francisco.Intl.AP…" → "San Francisco", "CHN_Guangdong.Shaoguan.590820_CSWD.epw" →
     * "Guangdong Shaoguan"); the file's name otherwise.
     */
    public static String station(String file) {
        String name = shortValue(file).replaceFirst("\\.epw$", "");
        String[] parts = name.split("_");
        // the place is the part that ends in the station's WMO number (USA_AZ_Tucson.722745_…, CHN_Guangdong.Shaoguan.590820_…)
        String place = null;
        for (String p : parts) {
            if (p.matches(".*\\.\\d{5,6}$")) {
                place = p;
            }
        }
        if (place == null) {
            return name;
        }
        List<String> words = new ArrayList<>();
        for (String w : place.split("\\.")) {
            if (w.matches("\\d+|Intl|AP|AFB|Airport|Arpt|Rgnl|Muni|Intl-AP")) {
                break;
            }
            words.add(w);
        }
        return words.isEmpty() ? name : String.join(" ", words);
    }

    private SweepReport() {
    }

    /** A variant named by the values that define it ("cold_plate, 30"), file paths by their last part. */
    public static String variantName(Sweep.Variant v) {
        return String.join(", ", v.values().stream().map(SweepReport::shortValue).toList());
    }

    /**
     * A variant for a chart: its number and each field by its last name with its value
     * ("#8 rejection cooling_tower, facility_supply_temp_c 32"), files by their name without folder or extension.
     */
    public static String variantLabel(List<SweepDimension> dims, Sweep.Variant v) {
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < dims.size() && k < v.values().size(); k++) {
            String path = dims.get(k).path();
            String field = path.substring(path.lastIndexOf('.') + 1).replaceAll("\\[\\d+\\]$", "");
            String value = shortValue(v.values().get(k));
            parts.add(field + " " + (value.contains(".") && value.matches(".*\\.[A-Za-z]{2,4}$") ? value.substring(0,
                    value.lastIndexOf('.')) : value));
        }
        return "#" + v.index() + " " + String.join(", ", parts);
    }

    /** File paths read best by their last part; the CSV keeps them whole. */
    private static String shortValue(String val) {
        return val.contains("/") ? val.substring(val.lastIndexOf('/') + 1) : val;
    }

    public static String html(Content c) throws IOException {
        Metric[] axes = c.axes();
        HtmlReport h = new HtmlReport("aidcsim sweep: " + c.base().spec().name(), c.variantCount() + " variants over "
                + String.join(" × ", c.dims().stream().map(d -> d.path() + " (" + d.values().size() + ")").toList()));
        h.heading("Variants (Pareto front on " + axes[0].label() + " and " + axes[1].label() + " highlighted)");
        if (!c.tableNote().isEmpty()) {
            h.note(c.tableNote());
        }
        List<String> headers = new ArrayList<>(List.of("#"));
        c.dims().forEach(d -> headers.add(d.path()));
        TABLE.forEach(m -> headers.add(m.axisLabel(c.currency())));
        headers.add("status");
        List<List<String>> rows = new ArrayList<>();
        for (Sweep.Variant v : c.rows()) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(v.index())));
            v.values().forEach(val -> row.add(shortValue(val)));
            if (v.metrics().isPresent()) {
                MetricValues e = v.metrics().get();
                TABLE.forEach(m -> row.add(m.format(e.value(m))));
                row.add("ok");
            } else {
                TABLE.forEach(m -> row.add(""));
                row.add("failed, see below");
            }
            rows.add(row);
        }
        h.table(headers, rows, c.rowOnFront());
        if (c.failedCount() > 0) {
            h.heading("Variants that did not run");
            if (c.failedCount() > c.failures().size()) {
                h.note(String.format(Locale.ROOT, "The first %d of %d; sweep.csv gives the reason for each.", c.failures().size(),
                        c.failedCount()));
            }
            h.table(List.of("#", "reason"), c.failures().stream().map(v -> List.of("#" + v.index(), v.error())).toList(), null);
        }
        h.chart(c.scatterSvg(), c.scatterCaption());
        if (c.endUseSvg().length > 0) {
            h.chart(c.endUseSvg(), c.endUseCaption());
        }
        if (c.waterEnergySvg().length > 0) {
            h.chart(c.waterEnergySvg(), c.waterEnergyCaption());
        }
        h.heading("Base scenario, with every default applied");
        Map<String, Object> doc = new LinkedHashMap<>(c.base().resolved());
        h.yaml(doc);
        return h.render();
    }
}

package org.aidcsim.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.aidcsim.availability.AvailabilityResult;
import org.aidcsim.metrics.Metric;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/** Availability results as text, JSON and a chart. No physics. */
public final class AvailabilityReport {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private AvailabilityReport() {
    }

    /** The summary.json section for one design. */
    public static ObjectNode json(AvailabilityResult r, long seed) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("years", Numbers.full(r.years()));
        n.put("seed", seed);
        n.put(Metric.AVAILABILITY.key(), Numbers.full(r.availability()));
        n.put("availability_ci95_half_width", Numbers.full(r.availabilityHalfWidth()));
        if (Double.isFinite(r.nines())) {
            n.put("nines", Numbers.full(r.nines()));
        } else {
            n.putNull("nines");
        }
        n.put(Metric.DOWNTIME_MIN_PER_YEAR.key(), Numbers.full(r.downtimeMinutesPerYear()));
        n.put("downtime_min_per_year_ci95_half_width", Numbers.full(r.downtimeHalfWidth()));
        n.put("losses_per_year", Numbers.full(r.lossesPerYear()));
        n.put("losses_ci95_half_width", Numbers.full(r.lossesHalfWidth()));
        ObjectNode causes = n.putObject("downtime_share_by_cause");
        r.downtimeByCause().forEach((k, v) -> causes.put(k, Numbers.full(v)));
        n.put("component_years", Numbers.full(r.componentYears()));
        return n;
    }

    public static String toJson(ObjectNode root) {
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ObjectNode root() {
        return MAPPER.createObjectNode();
    }

    public static String table(String label, AvailabilityResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s: %,.0f years simulated%n", label, r.years()));
        sb.append(String.format(Locale.ROOT, "  availability        %.7f ± %.7f (%s nines)%n", r.availability(), r.availabilityHalfWidth(),
                Double.isFinite(r.nines()) ? String.format(Locale.ROOT, "%.2f", r.nines()) : "∞"));
        sb.append(String.format(Locale.ROOT, "  downtime            %.3f ± %.3f min per year%n", r.downtimeMinutesPerYear(),
                r.downtimeHalfWidth()));
        sb.append(String.format(Locale.ROOT, "  IT power losses     %.4f ± %.4f per year (one every %.1f years)%n", r.lossesPerYear(),
                r.lossesHalfWidth(), r.lossesPerYear() > 0 ? 1 / r.lossesPerYear() : Double.POSITIVE_INFINITY));
        int shown = 0;
        for (var e : r.downtimeByCause().entrySet()) {
            if (shown++ == 5) {
                break;
            }
            sb.append(String.format(Locale.ROOT, "  %-19s %5.1f %% of downtime <- %s%n", shown == 1 ? "started by" : "",
                    100 * e.getValue(), e.getKey()));
        }
        return sb.toString();
    }

    /** Downtime by design, as bars with their 95 % confidence intervals and values. */
    public static JFreeChart downtimeChart(String title, List<String> labels, List<AvailabilityResult> results) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        for (int i = 0; i < labels.size(); i++) {
            // The renderer draws ± its "deviation": here the 95 % half-width of the Monte Carlo estimate.
            data.add(results.get(i).downtimeMinutesPerYear(), results.get(i).downtimeHalfWidth(), "downtime", labels.get(i));
        }
        NumberAxis minutes = new NumberAxis("expected downtime (min per year), 95 % interval");
        minutes.setAutoRangeIncludesZero(true);
        minutes.setUpperMargin(0.15);
        StatisticalBarRenderer r = new StatisticalBarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setSeriesPaint(0, new Color(0xd62728));
        r.setErrorIndicatorPaint(Color.BLACK);
        r.setMaximumBarWidth(0.15);
        r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", new DecimalFormat("#,##0.00")));
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultItemLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        // Beside the top of the bar, clear of the interval's line through its middle.
        r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE1, TextAnchor.BOTTOM_LEFT));
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), minutes, r);
        // Downtime cannot be negative: an interval reaching below zero is cut there.
        double top = 0;
        for (AvailabilityResult res : results) {
            top = Math.max(top, res.downtimeMinutesPerYear() + res.downtimeHalfWidth());
        }
        minutes.setRange(0, top > 0 ? top * 1.15 : 1);
        if (labels.size() > 4) {
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        JFreeChart chart = new JFreeChart(title, plot);
        chart.removeLegend();
        PowerCharts.style(chart);
        return chart;
    }

    /** report.html of an availability estimate: a table per design and the downtime chart. */
    public static String html(String scenarioFile, List<String> labels, List<AvailabilityResult> results, JFreeChart chart)
            throws IOException {
        HtmlReport h = new HtmlReport("aidcsim availability", scenarioFile);
        h.heading("Availability of the IT load");
        List<String> headers = new ArrayList<>(List.of("design", "availability", "nines", "downtime (min/yr)", "losses per year",
                "years simulated"));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            AvailabilityResult r = results.get(i);
            rows.add(List.of(labels.get(i), String.format(Locale.ROOT, "%.6f %%", 100 * r.availability()),
                    Double.isFinite(r.nines()) ? String.format(Locale.ROOT, "%.2f", r.nines()) : "∞",
                    String.format(Locale.ROOT, "%,.2f ± %,.2f", r.downtimeMinutesPerYear(), r.downtimeHalfWidth()),
                    String.format(Locale.ROOT, "%.4f ± %.4f", r.lossesPerYear(), r.lossesHalfWidth()),
                    String.format(Locale.ROOT, "%,.0f", r.years())));
        }
        h.table(headers, rows, null);
        h.note("Intervals are 95 % confidence half-widths of the Monte Carlo estimate (docs/availability.md).");
        h.chart(chart, 900, 520, "Expected downtime of each design with its 95 % interval.");
        for (int i = 0; i < labels.size(); i++) {
            h.heading("What starts the downtime: " + labels.get(i));
            h.table(List.of("cause", "share of downtime"), results.get(i).downtimeByCause().entrySet().stream()
                    .map(e -> List.of(e.getKey(), String.format(Locale.ROOT, "%.1f %%", 100 * e.getValue()))).toList(), null);
        }
        return h.render();
    }
}

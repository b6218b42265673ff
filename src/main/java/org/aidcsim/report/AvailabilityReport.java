package org.aidcsim.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.Color;
import java.util.List;
import java.util.Locale;
import org.aidcsim.availability.AvailabilityResult;
import org.aidcsim.metrics.Metric;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

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

    /** Downtime by design, as bars. */
    public static JFreeChart downtimeChart(String title, List<String> labels, List<AvailabilityResult> results) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < labels.size(); i++) {
            data.addValue(results.get(i).downtimeMinutesPerYear(), "downtime", labels.get(i));
        }
        JFreeChart chart = ChartFactory.createBarChart(title, null, "expected downtime (min per year)", data, PlotOrientation.VERTICAL,
                false, true, false);
        BarRenderer r = (BarRenderer) chart.getCategoryPlot().getRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setSeriesPaint(0, new Color(0xd62728));
        if (labels.size() > 4) {
            chart.getCategoryPlot().getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        PowerCharts.style(chart);
        return chart;
    }
}

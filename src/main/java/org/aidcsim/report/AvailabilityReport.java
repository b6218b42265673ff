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
        n.put("years", Numbers.round(r.years(), 0));
        n.put("seed", seed);
        n.put("availability", Numbers.round(r.availability(), 9));
        n.put("availability_ci95_half_width", Numbers.round(r.availabilityHalfWidth(), 9));
        if (Double.isFinite(r.nines())) {
            n.put("nines", Numbers.round(r.nines(), 3));
        } else {
            n.putNull("nines");
        }
        n.put("downtime_minutes_per_year", Numbers.round(r.downtimeMinutesPerYear(), 4));
        n.put("downtime_ci95_half_width", Numbers.round(r.downtimeHalfWidth(), 4));
        n.put("losses_per_year", Numbers.round(r.lossesPerYear(), 5));
        n.put("losses_ci95_half_width", Numbers.round(r.lossesHalfWidth(), 5));
        ObjectNode causes = n.putObject("downtime_share_by_cause");
        r.downtimeByCause().forEach((k, v) -> causes.put(k, Numbers.round(v, 4)));
        n.put("component_years", Numbers.round(r.componentYears(), 0));
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

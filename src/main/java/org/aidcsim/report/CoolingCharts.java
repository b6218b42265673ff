package org.aidcsim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.aidcsim.metrics.Metric;
import org.aidcsim.metrics.Monthly;
import org.aidcsim.metrics.StepSeries.Column;
import org.aidcsim.metrics.StepSeries;
import org.aidcsim.sweep.DensityStudy;
import org.aidcsim.units.Units;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYDataImageAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Charts of cooling and PUE. Reads results; no physics. */
public final class CoolingCharts {
    private static final Color[] PALETTE = {new Color(0xd62728), new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c),
        new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f), new Color(0xbcbd22), new Color(0x17becf),
        new Color(0x393b79), new Color(0x637939)};
    /** Most lines a density chart draws; aidcsim density refuses more before it runs. */
    public static final int MAX_DENSITY_LINES = 12;
    /** Smallest PUE span a density chart shows. */
    private static final double MIN_PUE_SPAN = 0.05;
    /** Line dashes: solid, dashed, dotted, dash-dot; a technology's values take them in turn. */
    private static final BasicStroke[] DASHES = {new BasicStroke(2f),
        new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 5f}, 0f),
        new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {1f, 4f}, 0f),
        new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 4f, 1f, 4f}, 0f)};
    private static final Shape CROSS = ShapeUtils.createDiagonalCross(4f, 0.8f);
    private static final Shape DOT = new Ellipse2D.Double(-3, -3, 6, 6);

    private CoolingCharts() {
    }

    /**
     * PUE against rack density, one line per technology (and extra values): a colour per technology,
     * a dash per value. The PUE axis starts at 1.0, the PUE of a site with no overhead, like the
     * monthly chart. A density a line cannot reach is marked by a cross in its colour along the
     * bottom, and the first reason of each line is written under the chart.
     */
    public static JFreeChart pueVsDensity(String title, List<DensityStudy.Point> points) {
        Map<String, XYSeries> series = new LinkedHashMap<>();
        Map<String, List<Double>> refused = new LinkedHashMap<>();
        Map<String, String> why = new LinkedHashMap<>();
        Map<String, String> technologyOfLine = new LinkedHashMap<>();
        Map<String, Integer> techIndex = new LinkedHashMap<>();
        Map<String, Integer> styleOfLine = new LinkedHashMap<>();
        Map<String, Integer> colourOfLine = new LinkedHashMap<>();
        double maxPue = 1.0;
        for (DensityStudy.Point p : points) {
            String line = p.line();
            if (!series.containsKey(line)) {
                int t = techIndex.computeIfAbsent(p.technology(), k -> techIndex.size());
                colourOfLine.put(line, t);
                styleOfLine.put(line, (int) colourOfLine.values().stream().filter(x -> x == t).count() - 1);
                series.put(line, new XYSeries(line));
            }
            if (p.values().isPresent()) {
                double pue = p.values().get().value(Metric.PUE);
                series.get(line).add(p.rackPowerKw(), pue);
                maxPue = Math.max(maxPue, pue);
            } else {
                refused.computeIfAbsent(line, k -> new ArrayList<>()).add(p.rackPowerKw());
                why.putIfAbsent(line, String.format(Locale.ROOT, "from %s kW: %s", new DecimalFormat("0.#",
                        DecimalFormatSymbols.getInstance(Locale.ROOT)).format(p.rackPowerKw()), shortReason(p.reason())));
                technologyOfLine.put(line, p.technology());
            }
        }
        double top = 1.0 + Math.max(MIN_PUE_SPAN, (maxPue - 1.0) * 1.12);
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        int i = 0;
        for (var e : series.entrySet()) {
            data.addSeries(e.getValue());
            r.setSeriesPaint(i, PALETTE[colourOfLine.get(e.getKey()) % PALETTE.length]);
            r.setSeriesStroke(i, DASHES[styleOfLine.get(e.getKey()) % DASHES.length]);
            r.setSeriesShape(i, DOT);
            i++;
        }
        int row = 0;
        for (var e : refused.entrySet()) {
            // one row of crosses per line along the bottom, in the line's colour; no legend entry of its own
            double y = 1.0 + (top - 1.0) * (0.03 + 0.035 * row++);
            XYSeries marks = new XYSeries(e.getKey() + " (not feasible)");
            e.getValue().forEach(x -> marks.add((double) x, y));
            data.addSeries(marks);
            r.setSeriesPaint(i, PALETTE[colourOfLine.get(e.getKey()) % PALETTE.length]);
            r.setSeriesLinesVisible(i, false);
            r.setSeriesShape(i, CROSS);
            r.setSeriesVisibleInLegend(i, false);
            i++;
        }
        JFreeChart chart = ChartFactory.createXYLineChart(title, "rack power (kW)", "annual PUE", data,
                PlotOrientation.VERTICAL, true, true, false);
        XYPlot plot = chart.getXYPlot();
        plot.setRenderer(r);
        NumberAxis pue = (NumberAxis) plot.getRangeAxis();
        pue.setRange(1.0, top);
        pue.setNumberFormatOverride(new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        PowerCharts.style(chart);
        if (!why.isEmpty()) {
            PowerCharts.note(chart, "× along the bottom: not feasible. " + String.join(". ", notes(why, technologyOfLine,
                    series.keySet())) + ".");
        }
        return chart;
    }


    /**
     * One design in one climate on the water-energy plane.
     *
     * @param climate the climate's short name (its weather station)
     * @param design the design's letter in the chart (A, B, …)
     * @param pue annual PUE
     * @param wueLPerKwh annual WUE (L/kWh of IT)
     */
    public record WaterEnergyPoint(String climate, String design, double pue, double wueLPerKwh) {
    }

    /**
     * Annual PUE against WUE: one colour per climate, its designs joined in order of water so that
     * the line is the climate's water-energy tradeoff, each point lettered by its design (the
     * letters are named under the chart). PUE from 1.0, WUE from 0.
     *
     * @param designNames each letter's design, in letter order
     */
    public static JFreeChart pueVsWue(String title, List<WaterEnergyPoint> points, List<String> designNames) {
        Map<String, List<WaterEnergyPoint>> byClimate = new LinkedHashMap<>();
        points.forEach(p -> byClimate.computeIfAbsent(p.climate(), k -> new ArrayList<>()).add(p));
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        double maxPue = 1.0;
        double maxWue = 0.0;
        int i = 0;
        for (var e : byClimate.entrySet()) {
            XYSeries s = new XYSeries(e.getKey(), true, true);
            for (WaterEnergyPoint p : e.getValue()) {
                s.add(p.wueLPerKwh(), p.pue());
                maxPue = Math.max(maxPue, p.pue());
                maxWue = Math.max(maxWue, p.wueLPerKwh());
            }
            data.addSeries(s);
            r.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
            r.setSeriesStroke(i, DASHES[0]);
            r.setSeriesShape(i, DOT);
            i++;
        }
        JFreeChart chart = ChartFactory.createXYLineChart(title, "annual WUE (L/kWh of IT)", "annual PUE", data,
                PlotOrientation.VERTICAL, true, true, false);
        XYPlot plot = chart.getXYPlot();
        plot.setRenderer(r);
        NumberAxis pue = (NumberAxis) plot.getRangeAxis();
        pue.setRange(1.0, 1.0 + Math.max(MIN_PUE_SPAN, (maxPue - 1.0) * 1.15));
        pue.setNumberFormatOverride(new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        NumberAxis wue = (NumberAxis) plot.getDomainAxis();
        wue.setRange(0.0, Math.max(0.1, maxWue * 1.15));
        int c = 0;
        List<double[]> placed = new ArrayList<>();
        for (var e : byClimate.entrySet()) {
            // designs that land on the same spot share one label ("C,D"), which would otherwise overprint
            List<WaterEnergyPoint> left = new ArrayList<>(e.getValue());
            while (!left.isEmpty()) {
                WaterEnergyPoint p = left.get(0);
                List<WaterEnergyPoint> same = left.stream().filter(q -> Math.abs(q.wueLPerKwh() - p.wueLPerKwh())
                        < 0.03 * wue.getUpperBound() && Math.abs(q.pue() - p.pue()) < 0.02 * (pue.getUpperBound() - 1.0)).toList();
                left.removeAll(same);
                XYTextAnnotation label = new XYTextAnnotation(" " + String.join(",", same.stream().map(WaterEnergyPoint::design)
                        .toList()) + " ", p.wueLPerKwh(), p.pue());
                label.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 11));
                // above right of its point, else a free corner: another climate's label may stand at the same spot
                double dx = 0.03 * wue.getUpperBound();
                double dy = 0.02 * (pue.getUpperBound() - 1.0);
                int corner = 0;
                while (corner < LABEL_CORNERS.length - 1 && taken(placed, p.wueLPerKwh() + CORNER_X[corner] * dx,
                        p.pue() + CORNER_Y[corner] * dy, dx, dy)) {
                    corner++;
                }
                placed.add(new double[] {p.wueLPerKwh() + CORNER_X[corner] * dx, p.pue() + CORNER_Y[corner] * dy});
                label.setTextAnchor(LABEL_CORNERS[corner]);
                label.setPaint(PALETTE[c % PALETTE.length]);
                plot.addAnnotation(label);
            }
            c++;
        }
        PowerCharts.style(chart);
        List<String> legend = new ArrayList<>();
        for (int d = 0; d < designNames.size(); d++) {
            legend.add(letter(d) + ": " + designNames.get(d));
        }
        PowerCharts.note(chart, String.join("; ", legend) + ".");
        return chart;
    }

    /** Where a point's label goes, in turn: above right, below right, above left, below left (WUE 0 has no room on its left). */
    private static final TextAnchor[] LABEL_CORNERS = {TextAnchor.BOTTOM_LEFT, TextAnchor.TOP_LEFT, TextAnchor.BOTTOM_RIGHT,
        TextAnchor.TOP_RIGHT};
    private static final int[] CORNER_X = {1, 1, -1, -1};
    private static final int[] CORNER_Y = {1, -1, 1, -1};

    private static boolean taken(List<double[]> placed, double x, double y, double dx, double dy) {
        return placed.stream().anyMatch(q -> Math.abs(q[0] - x) < dx && Math.abs(q[1] - y) < dy);
    }

    /** The letter of design {@code index}: A … Z, then AA, AB, …. */
    public static String letter(int index) {
        return index < 26 ? String.valueOf((char) ('A' + index)) : letter(index / 26 - 1) + letter(index % 26);
    }

    /**
     * One note per technology whose every line stops at the same density for the same reason; one per
     * line otherwise.
     */
    private static List<String> notes(Map<String, String> why, Map<String, String> technologyOfLine, Set<String> lines) {
        List<String> out = new ArrayList<>();
        Set<String> said = new HashSet<>();
        for (var e : why.entrySet()) {
            String tech = technologyOfLine.get(e.getKey());
            List<String> siblings = lines.stream().filter(l -> l.equals(tech) || l.startsWith(tech + ", ")).toList();
            boolean shared = siblings.size() > 1 && siblings.stream().allMatch(l -> e.getValue().equals(why.get(l)));
            if (shared && said.add(tech)) {
                out.add(tech + (siblings.size() > 1 ? ", every line," : "") + " " + e.getValue());
            } else if (!shared) {
                out.add(e.getKey() + " " + e.getValue());
            }
        }
        return out;
    }

    /** A reason for a chart's note: without the field path it starts with and the advice after its first ";". */
    static String shortReason(String reason) {
        String r = reason.replaceFirst("^[a-z_]+(\\.[a-z_]+|\\[\\d+\\])*: ", "");
        int cut = r.indexOf("; ");
        return cut > 0 ? r.substring(0, cut) : r;
    }

    /** PUE of each month as bars. */
    /**
     * PUE of each month as bars standing on 1.0 (the PUE of a site with no overhead), with a line at
     * the annual PUE and a value on each bar.
     */
    public static JFreeChart monthlyPue(String title, StepSeries s, double annualPue) {
        double[] pue = Monthly.pue(s);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        double max = 1.0;
        for (int m = 0; m < 12; m++) {
            if (!Double.isNaN(pue[m])) {
                data.addValue(pue[m], "PUE", Monthly.NAMES[m]);
                max = Math.max(max, pue[m]);
            }
        }
        JFreeChart chart = ChartFactory.createBarChart(title, null, "PUE", data, PlotOrientation.VERTICAL, false, true, false);
        var plot = chart.getCategoryPlot();
        BarRenderer bars = (BarRenderer) plot.getRenderer();
        bars.setSeriesPaint(0, new Color(0x1f77b4));
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setBase(1.0);
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", new DecimalFormat("0.000")));
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultItemLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        axis.setRange(1.0, 1.0 + (max - 1.0) * 1.15 + 1e-3);
        axis.setNumberFormatOverride(new DecimalFormat("0.00"));
        if (Double.isFinite(annualPue)) {
            ValueMarker annual = new ValueMarker(annualPue, new Color(0xd62728), new BasicStroke(1.5f));
            annual.setLabel(String.format(Locale.ROOT, "annual %.3f", annualPue));
            annual.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            annual.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            annual.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            plot.addRangeMarker(annual);
        }
        PowerCharts.style(chart);
        return chart;
    }

    /** Hourly PUE as a heat map: day of year across, hour of day up. */
    public static JFreeChart pueHeatMap(String title, StepSeries s) {
        int n = s.size();
        int rowsPerDay = (int) Math.round(24 * Units.SECONDS_PER_HOUR / s.stepS());
        double[] pue = new double[n];
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double it = s.get(Column.IT_POWER_W, i);
            pue[i] = it > 0 ? s.get(Column.FACILITY_POWER_W, i) / it : Double.NaN;
            if (!Double.isNaN(pue[i])) {
                min = Math.min(min, pue[i]);
                max = Math.max(max, pue[i]);
            }
        }
        if (!(min < max)) {
            min = Double.isFinite(min) ? min - 0.01 : 1.0;
            max = min + 0.02;
        }
        LookupPaintScale scale = new LookupPaintScale(min, max, Color.LIGHT_GRAY);
        Color[] ramp = {new Color(0x313695), new Color(0x4575b4), new Color(0x74add1), new Color(0xabd9e9), new Color(0xfee090),
            new Color(0xfdae61), new Color(0xf46d43), new Color(0xd73027), new Color(0xa50026)};
        for (int k = 0; k < ramp.length; k++) {
            scale.add(min + (max - min) * k / ramp.length, ramp[k]);
        }
        // One image of the year (a cell per step, scaled up by whole pixels) rather than 8760 vector blocks: the chart
        // stays light in SVG and HTML and renders in a fraction of the time; axes and legend stay vector.
        int cellW = 4;
        int cellH = Math.max(1, 192 / rowsPerDay);
        BufferedImage image = new BufferedImage(365 * cellW, rowsPerDay * cellH, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        for (int i = 0; i < n; i++) {
            double startH = s.startTimeS(i) / Units.SECONDS_PER_HOUR;
            int day = (int) (Math.floor(startH / 24.0) % 365);
            int row = (int) Math.round((startH - 24.0 * Math.floor(startH / 24.0)) * Units.SECONDS_PER_HOUR / s.stepS());
            g.setColor((Color) scale.getPaint(Double.isNaN(pue[i]) ? min - 1 : pue[i]));
            g.fillRect(day * cellW, (rowsPerDay - 1 - row) * cellH, cellW, cellH);
        }
        g.dispose();
        NumberAxis days = new NumberAxis("day of year");
        days.setRange(0.5, 365.5);
        NumberAxis hours = new NumberAxis("hour of day");
        hours.setRange(0, 24);
        hours.setTickUnit(new NumberTickUnit(3));
        XYPlot plot = new XYPlot(new DefaultXYZDataset(), days, hours, null);
        plot.addAnnotation(new XYDataImageAnnotation(image, 0.5, 0, 365, 24), false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        JFreeChart chart = new JFreeChart(title, plot);
        chart.removeLegend();
        NumberAxis legendAxis = new NumberAxis("PUE");
        legendAxis.setRange(min, max);
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(4, 4, 40, 4);
        legend.setStripWidth(14);
        chart.addSubtitle(legend);
        PowerCharts.style(chart);
        return chart;
    }
}

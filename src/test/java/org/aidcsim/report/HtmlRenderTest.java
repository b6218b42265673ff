package org.aidcsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.aidcsim.cli.Main;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Renders the HTML reports of run, compare and sweep in headless Chromium (Debian's chromium,
 * which .ci/run installs): each page must load with no script error and show its charts. A
 * screenshot of each lands in target/report-screenshots/. Without Chromium the test is skipped
 * on a developer machine and fails in CI.
 */
class HtmlRenderTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path OUT = Path.of("target/report-screenshots");

    @BeforeAll
    static void needChromium() {
        boolean present = Files.isExecutable(CHROMIUM);
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("CI must install Debian's chromium (see .ci/run)");
        }
        Assumptions.assumeTrue(present, "chromium not installed: apt-get install chromium");
    }

    @Test
    void runReportRendersWithItsCharts() throws Exception {
        Path dir = OUT.resolve("run");
        assertEquals(0, cli("run", "-q", "scenarios/ai-hall-cold-plate.yaml", "-o", dir.toString()));
        check(dir.resolve("report.html"), 3, "run.png");
    }

    @Test
    void compareReportRendersWithItsCharts() throws Exception {
        Path dir = OUT.resolve("compare");
        assertEquals(0, cli("compare", "scenarios/ai-hall-cold-plate.yaml", "-a", "ac-ups-double-conversion,dc-800v-sst", "-o",
                dir.toString()));
        check(dir.resolve("report.html"), 2, "compare.png");
    }

    @Test
    void sweepReportRendersWithItsCharts() throws Exception {
        Path dir = OUT.resolve("sweep");
        assertEquals(0, cli("sweep", "scenarios/traditional-air-ups.yaml", "--set", "cooling.technology=air,cold_plate", "--set",
                "simulation.days=30", "-o", dir.toString()));
        check(dir.resolve("report.html"), 2, "sweep.png");
    }

    @Test
    void transientReportRendersWithItsChart() throws Exception {
        Path dir = OUT.resolve("transient");
        assertEquals(0, cli("transient", "scenarios/training-swing-smoothing.yaml", "-o", dir.toString()));
        check(dir.resolve("report.html"), 1, "transient.png");
    }

    @Test
    void availabilityReportRendersWithItsChart() throws Exception {
        Path dir = OUT.resolve("availability");
        assertEquals(0, cli("availability", "scenarios/outage-ride-through.yaml", "--years", "2000", "-a",
                "ac-ups-double-conversion,hvdc-240v,dc-800v-sst", "-o", dir.toString()));
        check(dir.resolve("report.html"), 1, "availability.png");
    }

    @Test
    void rideThroughReportRendersItsTemperatures() throws Exception {
        Path dir = OUT.resolve("ride-through");
        assertEquals(0, cli("transient", "scenarios/thermal-ride-through-cold-plate.yaml", "-o", dir.toString()));
        check(dir.resolve("report.html"), 2, "ride-through.png");
    }

    @Test
    void outageChartNumbersItsEventsApart() throws Exception {
        Path dir = OUT.resolve("transient-outage");
        assertEquals(0, cli("transient", "scenarios/outage-ride-through.yaml", "-o", dir.toString()));
        check(dir.resolve("report.html"), 1, "transient-outage.png");
    }

    /** The density and chain charts have no report of their own: their SVGs are put on a page and measured like the others. */
    @Test
    void chartsWithoutAReportRenderCleanly() throws Exception {
        Path one = OUT.resolve("density");
        assertEquals(0, cli("density", "scenarios/ai-hall-cold-plate.yaml", "-o", one.toString()));
        Path climates = OUT.resolve("density-climates");
        assertEquals(0, cli("density", "scenarios/ai-hall-cold-plate.yaml", "-t", "air,cold_plate,immersion", "--set",
                "site.weather.file=../weather/USA_AZ_Davis-Monthan.AFB.722745_TMY3.epw,../weather/USA_IL_Chicago-OHare.Intl.AP"
                + ".725300_TMY3.epw,../weather/CHN_Guangdong.Shaoguan.590820_CSWD.epw", "-o", climates.toString()));
        Path chain = OUT.resolve("chain");
        assertEquals(0, cli("chain", "scenarios/ai-hall-cold-plate.yaml", "-o", chain.toString()));
        HtmlReport page = new HtmlReport("density", "");
        page.chart(Files.readAllBytes(chain.resolve("chain-losses.svg")), "chain");
        page.chart(Files.readAllBytes(one.resolve("pue-vs-density.svg")), "one climate");
        page.chart(Files.readAllBytes(climates.resolve("pue-vs-density.svg")), "three climates");
        Path html = OUT.resolve("density-page.html");
        Files.writeString(html, page.render());
        check(html, 3, "density.png");
    }

    /** The overlap count is not blind: two labels on one marker position are counted. */
    @Test
    void labelsWrittenOverEachOtherAreCounted() throws Exception {
        XYSeriesCollection data = new XYSeriesCollection(new XYSeries("load"));
        data.getSeries(0).add(0, 1);
        data.getSeries(0).add(10, 1);
        JFreeChart chart = ChartFactory.createXYLineChart("overlap", "t", "p", data);
        for (String label : List.of("grid lost at 5 s", "generator fails at 5 s")) {
            ValueMarker marker = new ValueMarker(5);
            marker.setLabel(label);
            chart.getXYPlot().addDomainMarker(marker);
        }
        Path html = OUT.resolve("overlap-page.html");
        Files.createDirectories(OUT);
        Files.writeString(html, new HtmlReport("overlap", "").chart(chart, 600, 400, "two labels at one place").render());
        String dom = chromium("--virtual-time-budget=5000", "--dump-dom", html.toUri().toString());
        assertTrue(Integer.parseInt(attribute(dom, "data-text-overlaps")) > 0, "the overlap is seen");
    }

    private static void check(Path html, int charts, String screenshot) throws Exception {
        String dom = chromium("--virtual-time-budget=5000", "--dump-dom", html.toUri().toString());
        assertTrue(dom.contains("data-loaded=\"true\""), "the page finished loading");
        assertTrue(dom.contains("data-errors=\"0\""), "no script error on the page");
        var m = Pattern.compile("data-charts=\"(\\d+)\"").matcher(dom);
        assertTrue(m.find(), "chart count recorded");
        assertTrue(Integer.parseInt(m.group(1)) >= charts, "charts: " + m.group(1));
        // Geometry: no id used twice, no chart clipped to another's clip path, no chart text outside its chart.
        assertEquals("0", attribute(dom, "data-duplicate-ids"), "ids used twice");
        assertEquals("0", attribute(dom, "data-foreign-clips"), "clip paths pointing outside their own chart");
        assertEquals("0", attribute(dom, "data-text-outside"), "chart text outside its chart's box");
        assertEquals("0", attribute(dom, "data-text-overlaps"), "chart texts written over each other");
        assertTrue(Integer.parseInt(attribute(dom, "data-chart-texts")) > 10 * charts, "axes, ticks and legends are drawn");
        Path shot = OUT.resolve(screenshot).toAbsolutePath();
        chromium("--screenshot=" + shot, "--window-size=1280,2400", html.toUri().toString());
        assertTrue(Files.size(shot) > 10_000, "a screenshot with content");
    }

    private static String attribute(String dom, String name) {
        var m = Pattern.compile(name + "=\"(\\d+)\"").matcher(dom);
        assertTrue(m.find(), name + " recorded");
        return m.group(1);
    }

    private static String chromium(String... args) throws Exception {
        Path profile = Files.createTempDirectory("aidcsim-chromium");
        List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish");
        }
        return out;
    }

    private static int cli(String... args) {
        var sw = new StringWriter();
        return Main.execute(args, new PrintWriter(sw, true), new PrintWriter(sw, true));
    }
}

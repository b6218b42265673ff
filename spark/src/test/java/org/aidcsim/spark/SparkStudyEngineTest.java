package org.aidcsim.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.aidcsim.metrics.Metric;
import org.aidcsim.study.StudyEngine;
import org.aidcsim.study.StudyPlan;
import org.aidcsim.study.StudyRecorder;
import org.aidcsim.study.StudyRun;
import org.aidcsim.study.StudySource;
import org.aidcsim.study.StudySummary;
import org.aidcsim.sweep.Sweep;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same plan and seed on Spark local[2] and in process: the same samples, row for row, to the last bit. */
class SparkStudyEngineTest {
    @Test
    void sparkLocalTwoGivesTheInProcessRowsRowForRow(@TempDir Path dir) throws Exception {
        Path file = Path.of("..", "scenarios", "study-cold-plate.yaml").toAbsolutePath().normalize();
        // a month per sample keeps the test short; the plan is otherwise the example's
        String text = Files.readString(file) + "simulation: {days: 31}\n";
        StudySource source = new StudySource(file.toString(), text, 10, 7L);
        StudyPlan plan = source.plan();
        List<Sweep.Variant> local = new ArrayList<>();
        new StudyRun(plan).run(2, i -> { }, collect(local));
        List<Sweep.Variant> spark = new ArrayList<>();
        System.setProperty(SparkStudyEngine.PARQUET_PROPERTY, dir.toString());
        try {
            new SparkStudyEngine().run(source, plan, 2, i -> { }, collect(spark));
        } finally {
            System.clearProperty(SparkStudyEngine.PARQUET_PROPERTY);
        }
        assertEquals(10, spark.size());
        for (int i = 0; i < 10; i++) {
            Sweep.Variant a = local.get(i);
            Sweep.Variant b = spark.get(i);
            assertEquals(a.index(), b.index());
            assertEquals(a.values(), b.values());
            assertEquals(a.error(), b.error());
            double[] x = new double[Metric.values().length];
            double[] y = new double[Metric.values().length];
            for (Metric m : Metric.values()) {
                x[m.ordinal()] = a.metrics().orElseThrow().value(m);
                y[m.ordinal()] = b.metrics().orElseThrow().value(m);
            }
            assertArrayEquals(x, y, 0.0, "sample " + i);
        }
        SparkSession session = SparkSession.builder().master("local[1]").config("spark.ui.enabled", "false").getOrCreate();
        try {
            var parquet = session.read().parquet(dir.resolve("study.parquet").toString());
            assertEquals(10, parquet.count());
            assertEquals(local.get(3).metrics().orElseThrow().value(Metric.PUE),
                    parquet.filter("sample = 3").select("pue").first().getDouble(0), 0.0);
        } finally {
            session.stop();
        }
    }

    @Test
    void aStudyAtScaleKeepsItsRowsWhereTheyRunAndBringsBackItsFirstSamples(@TempDir Path dir) throws Exception {
        Path file = Path.of("..", "scenarios", "study-cold-plate.yaml").toAbsolutePath().normalize();
        String text = Files.readString(file) + "simulation: {days: 31}\n";
        int n = 24;
        StudySource source = new StudySource(file.toString(), text, n, 11L);
        StudyPlan plan = source.plan();
        List<Sweep.Variant> local = new ArrayList<>();
        new StudyRun(plan).run(2, i -> { }, collect(local));
        StudyRecorder held = new StudyRecorder(new StudyRun(plan));
        local.forEach(held::accept);
        List<Sweep.Variant> back = new ArrayList<>();
        SparkSession session = SparkSession.builder().master("local[2]").config("spark.ui.enabled", "false").getOrCreate();
        StudyEngine.AtScale scaled;
        try {
            scaled = SparkStudyEngine.runAtScale(session, source, n, 2, 5, dir.toString(), i -> { }, collect(back));
            assertEquals(n, session.read().parquet(scaled.rows()).count(), "every row written by the executors");
        } finally {
            session.stop();
        }
        assertEquals(List.of(0, 1, 2, 3, 4), back.stream().map(Sweep.Variant::index).toList());
        for (Sweep.Variant b : back) {
            Sweep.Variant a = local.get(b.index());
            assertEquals(a.values(), b.values());
            for (Metric m : Metric.values()) {
                assertEquals(a.metrics().orElseThrow().value(m), b.metrics().orElseThrow().value(m), 0.0, m + " of sample " + b.index());
            }
        }
        assertEquals(0, scaled.failed());
        for (StudySummary.Stats exact : held.stats()) {
            StudySummary.Stats s = scaled.stats().stream().filter(x -> x.metric() == exact.metric()).findFirst().orElseThrow();
            assertEquals(exact.count(), s.count(), exact.metric().key());
            assertEquals(exact.min(), s.min(), 0.0, exact.metric().key());
            assertEquals(exact.max(), s.max(), 0.0, exact.metric().key());
            assertEquals(exact.mean(), s.mean(), 1e-12 * Math.abs(exact.mean()), exact.metric().key() + ": the sum's order differs");
            double[] sorted = Arrays.stream(held.values(exact.metric())).filter(Double::isFinite).sorted().toArray();
            for (double[] pq : new double[][] {{0.1, s.p10()}, {0.5, s.p50()}, {0.9, s.p90()}}) {
                // percentile_approx returns a sample itself, within one rank of Hyndman and Fan's interpolated order statistic
                double h = (sorted.length - 1) * pq[0];
                double lo = sorted[Math.max(0, (int) Math.floor(h) - 1)];
                double hi = sorted[Math.min(sorted.length - 1, (int) Math.ceil(h) + 1)];
                assertTrue(pq[1] >= lo && pq[1] <= hi, exact.metric().key() + " P" + Math.round(100 * pq[0]) + " " + pq[1]
                        + " outside [" + lo + ", " + hi + "]");
            }
        }
    }

    private static Sweep.Sink<Sweep.Variant> collect(List<Sweep.Variant> into) {
        return new Sweep.Sink<>() {
            @Override
            public Sweep.Variant prepare(Sweep.Variant v) {
                return v;
            }

            @Override
            public void accept(Sweep.Variant v) {
                into.add(v);
            }
        };
    }
}

package org.aidcsim.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.aidcsim.metrics.Metric;
import org.aidcsim.study.StudyPlan;
import org.aidcsim.study.StudyRun;
import org.aidcsim.study.StudySource;
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

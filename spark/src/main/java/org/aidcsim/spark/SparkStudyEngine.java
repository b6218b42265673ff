package org.aidcsim.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.IntConsumer;
import org.aidcsim.study.StudyEngine;
import org.aidcsim.study.StudyPlan;
import org.aidcsim.study.StudyRun;
import org.aidcsim.study.StudySource;
import org.aidcsim.sweep.Sweep;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * A study's samples on Apache Spark: the sample numbers 0 … n−1 split into ordered partitions, each
 * partition evaluated on an executor with the same {@link StudyRun#sample} the in-process engine
 * calls, and the rows brought back to the driver partition by partition, in order, so that
 * study.csv is the in-process engine's row for row. Embedded {@code local[threads]} by default; under
 * {@code spark-submit}, the master it was given (docs/studies.md). The rows are also written as
 * study.parquet in the folder {@link #PARQUET_PROPERTY} names.
 */
public final class SparkStudyEngine implements StudyEngine {
    /** System property naming the folder study.parquet goes to: the study command sets it to its output folder. */
    public static final String PARQUET_PROPERTY = StudyEngine.OUTPUT_FOLDER_PROPERTY;
    /** Samples per partition: enough to amortise a task's start, few enough that the work spreads over every core. */
    static final int SAMPLES_PER_PARTITION = 2_000;

    @Override
    public String key() {
        return "spark";
    }

    @Override
    public void run(StudySource source, StudyPlan plan, int threads, IntConsumer progress, Sweep.Sink<Sweep.Variant> sink)
            throws IOException {
        SparkSession.Builder builder = SparkSession.builder().appName("aidcsim study " + plan.base().spec().name())
                .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false");
        if (System.getProperty("spark.master") == null) {
            builder.master("local[" + threads + "]");
        }
        SparkSession spark = builder.getOrCreate();
        try {
            run(spark, source, plan.samples(), threads, progress, sink);
        } finally {
            spark.stop();
        }
    }

    /** The study on a session the caller owns. */
    static void run(SparkSession spark, StudySource source, int n, int threads, IntConsumer progress, Sweep.Sink<Sweep.Variant> sink)
            throws IOException {
        int partitions = Math.max(Math.min(n, 4 * threads), (n + SAMPLES_PER_PARTITION - 1) / SAMPLES_PER_PARTITION);
        JavaRDD<SampleRow> rows = spark.range(0, n, 1, partitions).javaRDD().mapPartitions(indices -> {
            StudyRun run = ExecutorStudies.of(source);
            List<SampleRow> out = new ArrayList<>();
            while (indices.hasNext()) {
                out.add(SampleRow.of(run.sample(indices.next().intValue())));
            }
            return out.iterator();
        });
        String parquet = System.getProperty(PARQUET_PROPERTY);
        if (parquet != null) {
            rows.persist(StorageLevel.MEMORY_AND_DISK_SER());
        }
        int done = 0;
        // partition by partition, in order: the driver holds one partition at a time
        Iterator<SampleRow> it = rows.toLocalIterator();
        while (it.hasNext()) {
            SampleRow row = it.next();
            sink.accept(sink.prepare(row.variant()));
            progress.accept(++done);
        }
        if (parquet != null) {
            ParquetRows.write(spark, rows, source, parquet);
            rows.unpersist();
        }
    }
}

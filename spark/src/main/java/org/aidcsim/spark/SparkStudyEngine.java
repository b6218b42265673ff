package org.aidcsim.spark;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import org.aidcsim.study.StudyEngine;
import org.aidcsim.study.StudyPlan;
import org.aidcsim.study.StudyRun;
import org.aidcsim.study.StudySource;
import org.aidcsim.study.UncertainInput;
import org.aidcsim.sweep.Sweep;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;

/**
 * A study's samples on Apache Spark: the sample numbers 0 … n−1 split into ordered partitions, each
 * partition evaluated on an executor with the same {@link StudyRun#sample} the in-process engine
 * calls, and the rows brought back to the driver partition by partition, in order, so that
 * study.csv is the in-process engine's row for row. Embedded {@code local[threads]} by default; under
 * {@code spark-submit}, the master it was given (docs/studies.md). The rows are also written as
 * study.parquet in the folder {@link #PARQUET_PROPERTY} names.
 *
 * <p>A study of more than {@link StudyEngine#MAX_HELD_SAMPLES} samples runs {@link #runAtScale at scale}: the
 * executors write its rows as study.parquet where they evaluate them, the distributions are computed from those
 * files on the cluster, and only the first million rows come back to the driver, for the charts and the tornado.
 */
public final class SparkStudyEngine implements StudyEngine {
    /** System property naming the folder study.parquet goes to: the study command sets it to its output folder. */
    public static final String PARQUET_PROPERTY = StudyEngine.OUTPUT_FOLDER_PROPERTY;
    /** Samples per partition: enough to amortise a task's start, few enough that the work spreads over every core. */
    static final int SAMPLES_PER_PARTITION = 2_000;
    /**
     * Samples per partition at scale: about 25 s of work a task at 0.5 ms a sample, so that 10⁹ samples are 20,000
     * tasks (a driver schedules that many without strain) and as many Parquet files of 50,000 rows.
     */
    static final int SAMPLES_PER_PARTITION_AT_SCALE = 50_000;
    /**
     * The accuracy of the percentiles at scale: Spark's percentile_approx (a Greenwald-Khanna summary per partition,
     * merged) returns a value of the rows whose rank is within n / accuracy of the exact percentile's: 0.01 % of n.
     */
    static final int PERCENTILE_ACCURACY = 10_000;

    @Override
    public String key() {
        return "spark";
    }

    @Override
    public void run(StudySource source, StudyPlan plan, int threads, IntConsumer progress, Sweep.Sink<Sweep.Variant> sink)
            throws IOException {
        SparkSession spark = session(plan, threads);
        try {
            run(spark, source, plan.samples(), threads, progress, sink);
        } finally {
            spark.stop();
        }
    }

    /** The study on a session the caller owns. */
    static void run(SparkSession spark, StudySource source, int n, int threads, IntConsumer progress, Sweep.Sink<Sweep.Variant> sink)
            throws IOException {
        int partitions = partitions(n, threads, SAMPLES_PER_PARTITION);
        JavaRDD<SampleRow> rows = evaluated(spark, source, n, partitions);
        // Evaluated by one action over every partition at once, kept, then read back in order: toLocalIterator alone
        // runs one job per partition as the driver asks for it, which leaves all cores but one idle.
        rows.persist(StorageLevel.MEMORY_AND_DISK_SER());
        String parquet = System.getProperty(PARQUET_PROPERTY);
        TaskProgress counted = new TaskProgress(progress, (n + partitions - 1L) / partitions, n);
        spark.sparkContext().addSparkListener(counted);
        try {
            if (parquet != null) {
                ParquetRows.write(spark, rows, source, parquet);
            } else {
                rows.count();
            }
        } finally {
            spark.sparkContext().removeSparkListener(counted);
        }
        // partition by partition, in order: the driver holds one partition at a time
        Iterator<SampleRow> it = rows.toLocalIterator();
        while (it.hasNext()) {
            SampleRow row = it.next();
            sink.accept(sink.prepare(row.variant()));
        }
        rows.unpersist();
    }

    /** Ordered partitions of about {@code per} samples, at least four per worker thread so that every core has work. */
    static int partitions(int n, int threads, int per) {
        return (int) Math.max(Math.min(n, 4L * threads), (n + (long) per - 1) / per);
    }

    /** Every sample of the study, evaluated on the executors in ordered partitions (lazily: an action runs them). */
    private static JavaRDD<SampleRow> evaluated(SparkSession spark, StudySource source, int n, int partitions) {
        return spark.range(0, n, 1, partitions).javaRDD().mapPartitions(indices -> {
            StudyRun run = ExecutorStudies.of(source);
            List<SampleRow> out = new ArrayList<>();
            while (indices.hasNext()) {
                out.add(SampleRow.of(run.sample(indices.next().intValue())));
            }
            return out.iterator();
        });
    }

    @Override
    public boolean runsAtScale() {
        return true;
    }

    @Override
    public AtScale runAtScale(StudySource source, StudyPlan plan, int threads, int held, IntConsumer progress,
            Sweep.Sink<Sweep.Variant> thinned) throws IOException {
        String folder = System.getProperty(PARQUET_PROPERTY);
        if (folder == null) {
            throw new IllegalStateException("a study at scale writes its rows to the folder " + PARQUET_PROPERTY + " names");
        }
        SparkSession spark = session(plan, threads);
        try {
            return runAtScale(spark, source, plan.samples(), threads, held, folder, progress, thinned);
        } finally {
            spark.stop();
        }
    }

    /** The study at scale on a session the caller owns: rows to {@code folder}/study.parquet, the first {@code held} back. */
    static AtScale runAtScale(SparkSession spark, StudySource source, int n, int threads, int held, String folder,
            IntConsumer progress, Sweep.Sink<Sweep.Variant> thinned) throws IOException {
        int partitions = partitions(n, threads, SAMPLES_PER_PARTITION_AT_SCALE);
        // the one pass that evaluates: each executor writes the rows of its partitions
        TaskProgress counted = new TaskProgress(progress, (n + partitions - 1L) / partitions, n);
        spark.sparkContext().addSparkListener(counted);
        try {
            ParquetRows.write(spark, evaluated(spark, source, n, partitions), source, folder);
        } finally {
            spark.sparkContext().removeSparkListener(counted);
        }
        String path = folder + "/" + ParquetRows.FOLDER;
        Dataset<Row> all = spark.read().parquet(path);
        List<UncertainInput> inputs = ParquetRows.inputs(source);
        ParquetRows.Summary summary = ParquetRows.summary(all, PERCENTILE_ACCURACY);
        Iterator<Row> back = all.filter(functions.col("sample").lt(held)).orderBy("sample").toLocalIterator();
        while (back.hasNext()) {
            thinned.accept(thinned.prepare(ParquetRows.variant(back.next(), inputs.size())));
        }
        return new AtScale(summary.stats(), summary.failed(), String.format(Locale.ROOT, "by Spark's percentile_approx (each a "
                + "sample whose rank is within %s %% of the samples of the exact percentile's)",
                BigDecimal.valueOf(100.0 / PERCENTILE_ACCURACY).stripTrailingZeros().toPlainString()), path);
    }

    private static SparkSession session(StudyPlan plan, int threads) {
        SparkSession.Builder builder = SparkSession.builder().appName("aidcsim study " + plan.base().spec().name())
                .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false");
        if (System.getProperty("spark.master") == null) {
            builder.master("local[" + threads + "]");
        }
        return builder.getOrCreate();
    }
}

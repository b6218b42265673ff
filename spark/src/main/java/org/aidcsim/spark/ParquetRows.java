package org.aidcsim.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aidcsim.metrics.Metric;
import org.aidcsim.metrics.MetricValues;
import org.aidcsim.scenario.ScenarioException;
import org.aidcsim.study.StudySource;
import org.aidcsim.study.StudySummary;
import org.aidcsim.study.UncertainInput;
import org.aidcsim.sweep.Sweep;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** study.parquet: the columns of study.csv, typed: the sample, its inputs as written, status, every metric (null where it failed), error. */
final class ParquetRows {
    private ParquetRows() {
    }

    /** The folder of Parquet files, in the study's output folder. */
    static final String FOLDER = "study.parquet";

    /** The study's inputs, read again from its source: the driver checked the same text before. */
    static List<UncertainInput> inputs(StudySource source) {
        try {
            return source.plan().inputs();
        } catch (ScenarioException e) {
            throw new IllegalStateException(e);
        }
    }

    static void write(SparkSession spark, JavaRDD<SampleRow> rows, StudySource source, String folder) {
        List<UncertainInput> inputs = inputs(source);
        List<StructField> fields = new ArrayList<>();
        fields.add(DataTypes.createStructField("sample", DataTypes.IntegerType, false));
        inputs.forEach(in -> fields.add(DataTypes.createStructField(in.path(), DataTypes.StringType, false)));
        fields.add(DataTypes.createStructField("status", DataTypes.StringType, false));
        for (Metric m : Metric.values()) {
            fields.add(DataTypes.createStructField(m.key(), DataTypes.DoubleType, true));
        }
        fields.add(DataTypes.createStructField("error", DataTypes.StringType, false));
        StructType schema = DataTypes.createStructType(fields);
        JavaRDD<Row> typed = rows.map(r -> {
            Object[] v = new Object[3 + r.labels().length + Metric.values().length];
            int k = 0;
            v[k++] = r.index();
            for (String label : r.labels()) {
                v[k++] = label;
            }
            v[k++] = r.metrics() == null ? "failed" : "ok";
            for (int m = 0; m < Metric.values().length; m++) {
                v[k++] = r.metrics() == null || Double.isNaN(r.metrics()[m]) ? null : r.metrics()[m];
            }
            v[k] = r.error();
            return RowFactory.create(v);
        });
        spark.createDataFrame(typed, schema).write().mode(SaveMode.Overwrite).parquet(folder + "/" + FOLDER);
    }

    /** What the aggregation over every row gives: each metric's distribution and the count of failed samples. */
    record Summary(List<StudySummary.Stats> stats, long failed) {
    }

    /**
     * Every metric's distribution over the rows and the failed samples, in one aggregation where the rows are: count,
     * mean, minimum and maximum exact over the metric's finite values (as in process), P10/P50/P90 by percentile_approx
     * with {@code accuracy} (each a value of the rows whose rank is within n / accuracy of the exact percentile's); the
     * partial summaries merge on the executors, and the driver receives one row. A metric no row estimated is left out.
     */
    static Summary summary(Dataset<Row> all, int accuracy) {
        Metric[] metrics = Metric.values();
        List<Column> aggregates = new ArrayList<>();
        Column percentiles = functions.array(functions.lit(0.1), functions.lit(0.5), functions.lit(0.9));
        for (Metric m : metrics) {
            Column c = functions.col(m.key());
            // ±∞ left out as NaN is (written as null): StudySummary.stats keeps finite values only
            Column finite = functions.when(c.between(-Double.MAX_VALUE, Double.MAX_VALUE), c);
            aggregates.addAll(List.of(functions.count(finite), functions.avg(finite), functions.min(finite), functions.max(finite),
                    functions.percentile_approx(finite, percentiles, functions.lit(accuracy))));
        }
        aggregates.add(functions.sum(functions.when(functions.col("status").equalTo("failed"), 1).otherwise(0)));
        Row r = all.agg(aggregates.get(0), aggregates.subList(1, aggregates.size()).toArray(Column[]::new)).first();
        List<StudySummary.Stats> out = new ArrayList<>();
        for (int k = 0; k < metrics.length; k++) {
            int at = PER_METRIC * k;
            long count = r.getLong(at);
            if (count == 0) {
                continue;
            }
            List<Double> q = r.getList(at + 4);
            out.add(new StudySummary.Stats(metrics[k], (int) count, r.getDouble(at + 1), q.get(0), q.get(1), q.get(2),
                    r.getDouble(at + 2), r.getDouble(at + 3)));
        }
        long failed = r.isNullAt(PER_METRIC * metrics.length) ? 0 : r.getLong(PER_METRIC * metrics.length);
        return new Summary(out, failed);
    }

    /** Aggregates per metric in {@link #summary}: count, mean, min, max, percentiles. */
    private static final int PER_METRIC = 5;

    /** A row read back, as the in-process engine gives the sample: every metric to the bit (a null is NaN). */
    static Sweep.Variant variant(Row row, int inputs) {
        List<String> labels = new ArrayList<>();
        for (int k = 0; k < inputs; k++) {
            labels.add(row.getString(1 + k));
        }
        boolean ok = "ok".equals(row.getString(1 + inputs));
        Metric[] all = Metric.values();
        double[] metrics = new double[all.length];
        for (int m = 0; m < all.length; m++) {
            int at = 2 + inputs + m;
            metrics[m] = row.isNullAt(at) ? Double.NaN : row.getDouble(at);
        }
        return new Sweep.Variant(row.getInt(0), labels, ok ? Optional.of(MetricValues.of(metrics)) : Optional.empty(),
                row.getString(2 + inputs + all.length));
    }
}

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

    /**
     * Every metric's distribution over the rows, computed where they are: count, mean, minimum and maximum exact (one
     * pass over the metric columns), P10/P50/P90 by approxQuantile within {@code rankError} × the rows; a metric no
     * row estimated is left out, as in process.
     */
    static List<StudySummary.Stats> stats(Dataset<Row> all, double rankError) {
        Metric[] metrics = Metric.values();
        List<Column> aggregates = new ArrayList<>();
        for (Metric m : metrics) {
            Column c = functions.col(m.key());
            aggregates.addAll(List.of(functions.count(c), functions.avg(c), functions.min(c), functions.max(c)));
        }
        Row sums = all.agg(aggregates.get(0), aggregates.subList(1, aggregates.size()).toArray(Column[]::new)).first();
        List<Metric> estimated = new ArrayList<>();
        for (int k = 0; k < metrics.length; k++) {
            if (sums.getLong(4 * k) > 0) {
                estimated.add(metrics[k]);
            }
        }
        if (estimated.isEmpty()) {
            return List.of();
        }
        // nulls (a failed sample, a metric it does not estimate) are left out of the quantiles, as NaN is in process
        double[][] q = all.stat().approxQuantile(estimated.stream().map(Metric::key).toArray(String[]::new),
                new double[] {0.1, 0.5, 0.9}, rankError);
        List<StudySummary.Stats> out = new ArrayList<>();
        for (int e = 0; e < estimated.size(); e++) {
            int k = estimated.get(e).ordinal();
            out.add(new StudySummary.Stats(estimated.get(e), (int) sums.getLong(4 * k), sums.getDouble(4 * k + 1), q[e][0], q[e][1],
                    q[e][2], sums.getDouble(4 * k + 2), sums.getDouble(4 * k + 3)));
        }
        return out;
    }

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

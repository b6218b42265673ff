package org.aidcsim.spark;

import java.util.ArrayList;
import java.util.List;
import org.aidcsim.metrics.Metric;
import org.aidcsim.scenario.ScenarioException;
import org.aidcsim.study.StudySource;
import org.aidcsim.study.UncertainInput;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** study.parquet: the columns of study.csv, typed: the sample, its inputs as written, status, every metric (null where it failed), error. */
final class ParquetRows {
    private ParquetRows() {
    }

    static void write(SparkSession spark, JavaRDD<SampleRow> rows, StudySource source, String folder) {
        List<UncertainInput> inputs;
        try {
            inputs = source.plan().inputs();
        } catch (ScenarioException e) {
            throw new IllegalStateException(e);
        }
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
        spark.createDataFrame(typed, schema).write().mode(SaveMode.Overwrite).parquet(folder + "/study.parquet");
    }
}

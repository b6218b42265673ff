package org.aidcsim.report;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;
import org.aidcsim.metrics.Metric;
import org.aidcsim.metrics.MetricValues;
import org.aidcsim.sweep.Sweep;
import org.aidcsim.sweep.SweepDimension;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * sweep.csv, written as variants arrive so that a sweep's memory does not grow with its size. Rows
 * are formatted by the workers ({@link #row}), appended in index order to a scratch file beside the
 * target, and copied into place with their Pareto flag once the front is known ({@link #finish}):
 * the front can only be told when every variant has run, and a million rows do not fit in memory.
 *
 * <p>Columns: the variant's number, the swept values, the status, every catalogue metric at full
 * precision, whether the variant is on the Pareto front, and why it failed.
 */
public final class SweepCsv implements Closeable {
    /**
     * One formatted row, without its Pareto flag.
     *
     * @param index the variant
     * @param line the row's UTF-8 bytes, newline included
     * @param flagAt where the Pareto flag goes (after the metrics, before the error)
     */
    public record Row(int index, byte[] line, int flagAt) {
    }

    /** RFC 4180, one record per line ending in \\n. */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    private final List<SweepDimension> dims;
    private final Path scratch;
    private final DataOutputStream out;
    private int rows;

    /**
     * Opens the scratch file in {@code dir} (created if needed), under a hidden name removed by
     * {@link #close}.
     */
    public SweepCsv(List<SweepDimension> dims, Path dir) throws IOException {
        this.dims = List.copyOf(dims);
        Files.createDirectories(dir);
        this.scratch = Files.createTempFile(dir, ".sweep.csv.", ".rows");
        this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(scratch, StandardOpenOption.WRITE), 1 << 16));
    }

    /** The header line. */
    public static String header(List<SweepDimension> dims) {
        StringBuilder sb = new StringBuilder("variant");
        dims.forEach(d -> sb.append(',').append(quote(d.path())));
        sb.append(",status");
        for (Metric m : Metric.values()) {
            sb.append(',').append(m.key());
        }
        return sb.append(",pareto,error\n").toString();
    }

    /** Formats a variant's row; safe on any thread. */
    public static Row row(Sweep.Variant v) {
        StringBuilder sb = new StringBuilder(64 + 20 * Metric.values().length);
        sb.append(v.index());
        v.values().forEach(val -> sb.append(',').append(quote(val)));
        sb.append(',').append(v.metrics().isPresent() ? "ok" : "failed").append(',');
        Metric[] all = Metric.values();
        for (int i = 0; i < all.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            final Metric m = all[i];
            v.metrics().ifPresent(values -> Numbers.appendFull(sb, values.value(m)));
        }
        sb.append(',');
        // encoded in two parts, so that the flag's place is a byte offset whatever the values' characters
        byte[] before = sb.toString().getBytes(StandardCharsets.UTF_8);
        byte[] after = (',' + quote(v.error()) + '\n').getBytes(StandardCharsets.UTF_8);
        byte[] line = Arrays.copyOf(before, before.length + after.length);
        System.arraycopy(after, 0, line, before.length, after.length);
        return new Row(v.index(), line, before.length);
    }

    /** Appends the next row; rows must come in index order, from one thread at a time. */
    public void append(Row row) throws IOException {
        if (row.index() != rows) {
            throw new IllegalStateException("sweep row " + row.index() + " arrived where row " + rows + " was due");
        }
        out.writeInt(row.flagAt());
        out.writeInt(row.line().length);
        out.write(row.line());
        rows++;
    }

    /** Rows appended so far. */
    public int rows() {
        return rows;
    }

    /**
     * Writes {@code target} (atomically) from the scratch rows, each with its Pareto flag, and
     * reads back the variants {@code keep} names, with their metrics at full precision.
     *
     * @param onFront whether a variant is on the Pareto front
     * @param keep which variants to return whole (a bounded few: the report's table and charts)
     */
    public List<Sweep.Variant> finish(Path target, IntPredicate onFront, IntPredicate keep) throws IOException {
        out.flush();
        List<Sweep.Variant> kept = new ArrayList<>();
        AtomicFiles.write(target, sink -> {
            OutputStream csv = new BufferedOutputStream(sink, 1 << 16);
            csv.write(header(dims).getBytes(StandardCharsets.UTF_8));
            byte[] yes = "yes".getBytes(StandardCharsets.US_ASCII);
            byte[] no = "no".getBytes(StandardCharsets.US_ASCII);
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(scratch), 1 << 16))) {
                for (int i = 0; i < rows; i++) {
                    int flagAt = in.readInt();
                    byte[] line = new byte[in.readInt()];
                    in.readFully(line);
                    csv.write(line, 0, flagAt);
                    csv.write(onFront.test(i) ? yes : no);
                    csv.write(line, flagAt, line.length - flagAt);
                    if (keep.test(i)) {
                        kept.add(variant(i, line, flagAt));
                    }
                }
            } catch (EOFException e) {
                throw new IOException("the sweep's scratch file " + scratch + " ended early", e);
            }
            csv.flush();
        });
        return kept;
    }

    /** The variant of a row, read back: values from the dimensions, metrics and error from the row's fields. */
    private Sweep.Variant variant(int index, byte[] line, int flagAt) throws IOException {
        CSVRecord record;
        try (CSVParser parser = CSVParser.parse(new String(line, StandardCharsets.UTF_8), FORMAT)) {
            record = parser.getRecords().get(0);
        }
        int first = 2 + dims.size();
        int metrics = Metric.values().length;
        String error = record.get(first + metrics + 1);
        if (error.isEmpty()) {
            double[] values = new double[metrics];
            for (int m = 0; m < metrics; m++) {
                String field = record.get(first + m);
                values[m] = field.isEmpty() ? Double.NaN : Double.parseDouble(field);
            }
            return new Sweep.Variant(index, Sweep.labels(dims, index), Optional.of(MetricValues.of(values)), "");
        }
        return new Sweep.Variant(index, Sweep.labels(dims, index), Optional.empty(), error);
    }

    /** Removes the scratch file. */
    @Override
    public void close() throws IOException {
        try {
            out.close();
        } finally {
            Files.deleteIfExists(scratch);
        }
    }

    /** A field as RFC 4180 writes it (quoted when it holds a comma, a quote or a line break), by Commons CSV; empty stays empty. */
    public static String quote(String s) {
        return s.isEmpty() ? "" : FORMAT.format(s);
    }
}

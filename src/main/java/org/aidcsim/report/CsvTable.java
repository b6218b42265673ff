package org.aidcsim.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV file built row by row and printed by Apache Commons CSV as RFC 4180 has it (a field with a
 * comma, a quote or a line break quoted), one header line, '\n' between records. Numbers keep every
 * significant digit; a missing number (NaN, null) is an empty cell.
 */
public final class CsvTable {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    private final StringBuilder sb = new StringBuilder();
    private final CSVPrinter printer;
    private final int columns;

    public CsvTable(List<String> header) {
        try {
            printer = new CSVPrinter(sb, FORMAT);
            printer.printRecord(header);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        columns = header.size();
    }

    /** One record: text as it is, numbers at full precision (Double, BigDecimal, Integer…), null and NaN empty. */
    public CsvTable row(List<?> cells) {
        if (cells.size() != columns) {
            throw new IllegalArgumentException("expected " + columns + " cells, found " + cells.size());
        }
        List<String> text = new ArrayList<>(cells.size());
        for (Object c : cells) {
            text.add(cell(c));
        }
        try {
            printer.printRecord(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    private static String cell(Object c) {
        if (c == null) {
            return "";
        }
        if (c instanceof Double d) {
            StringBuilder s = new StringBuilder();
            Numbers.appendFull(s, d);
            return s.toString();
        }
        if (c instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return c.toString();
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}

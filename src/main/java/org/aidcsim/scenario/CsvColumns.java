package org.aidcsim.scenario;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The named columns of a CSV file as RFC 4180 defines it (quoted fields, doubled quotes), read
 * with Apache Commons CSV: columns are found by their header name whatever their order, with
 * spaces and case ignored; a byte-order mark has been dropped by the file reader. Semicolon files
 * and decimal commas, as spreadsheets in many locales export them, are refused with a message
 * that says so.
 */
final class CsvColumns {
    /**
     * One record's values of the named columns.
     *
     * @param line line of the file where the record ends
     * @param values in the order the names were asked for
     */
    record Row(long line, List<String> values) {
    }

    /** What is wrong, and on which line (0 when the whole file). */
    static final class Problem extends Exception {
        private static final long serialVersionUID = 1L;
        private final long line;

        Problem(long line, String message) {
            super(message);
            this.line = line;
        }

        long line() {
            return line;
        }
    }

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).setTrim(true).get();

    private CsvColumns() {
    }

    /**
     * @param names the columns wanted; a file of one column may name it otherwise when one is wanted
     */
    static List<Row> read(String text, List<String> names) throws Problem {
        String firstLine = text.lines().findFirst().orElse("");
        if (firstLine.isBlank()) {
            throw new Problem(1, "expected the header " + String.join(",", names) + ", found an empty " + (text.isBlank() ? "file"
                    : "first line"));
        }
        if (firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0) {
            throw new Problem(1, "a semicolon-separated file (expected comma-separated values with '.' as the decimal mark, "
                    + "as RFC 4180 defines them: export with ',' between fields, found \"" + firstLine + "\")");
        }
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            int[] index = columns(parser.getHeaderMap(), names, firstLine);
            List<Row> rows = new ArrayList<>();
            long lastLine = 1;
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw new Problem(openingQuoteLine(text, lastLine + 1), "not CSV as RFC 4180 defines it (expected quotes "
                            + "in pairs around a field, found a field quoted wrongly or a quote never closed)");
                }
                long line = parser.getCurrentLineNumber();
                lastLine = line;
                List<String> values = new ArrayList<>(index.length);
                for (int i : index) {
                    if (i >= record.size()) {
                        throw new Problem(line, "expected " + (index.length == 1 ? "a value" : index.length + " values") + " ("
                                + String.join(", ", names) + "), found \"" + String.join(",", record.values()) + "\"");
                    }
                    values.add(record.get(i));
                }
                rows.add(new Row(line, values));
            }
            return rows;
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            // a duplicate or empty column name in the header, a quote never closed
            throw new Problem(1, "not CSV as RFC 4180 defines it (expected a header of distinct column names and quotes in pairs, "
                    + "found \"" + firstLine + "\")");
        }
    }

    /**
     * The line from {@code from} on where a quote opens and is not closed on that line: where a quote
     * that runs to the end of the file starts (the parser only notices at the end). {@code from}
     * itself when no such line is found.
     */
    static long openingQuoteLine(String text, long from) {
        long n = 0;
        for (String l : (Iterable<String>) text.lines()::iterator) {
            n++;
            if (n >= from && l.chars().filter(c -> c == '"').count() % 2 == 1) {
                return n;
            }
        }
        return from;
    }

    /** The index of each wanted column in the header. */
    private static int[] columns(Map<String, Integer> header, List<String> names, String firstLine) throws Problem {
        int[] index = new int[names.size()];
        for (int n = 0; n < names.size(); n++) {
            Integer at = null;
            for (var e : header.entrySet()) {
                if (normal(e.getKey()).equals(normal(names.get(n)))) {
                    at = e.getValue();
                }
            }
            if (at == null && names.size() == 1 && header.size() == 1) {
                at = 0;
            }
            if (at == null) {
                throw new Problem(1, "expected the header " + String.join(",", names) + ", found \"" + firstLine + "\"");
            }
            index[n] = at;
        }
        return index;
    }

    private static String normal(String name) {
        return name.replace(" ", "").toLowerCase(Locale.ROOT);
    }

    /**
     * A field as a number; a decimal comma ("0,45", which a quoted field can hold) is named in the
     * message rather than read as two fields or as nothing.
     */
    static double number(String field) {
        if (field.indexOf(',') >= 0) {
            throw new NumberFormatException("decimal comma");
        }
        return Double.parseDouble(field);
    }
}

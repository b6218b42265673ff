package org.aidcsim.schema;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The fields of one line of a comma-separated file whose lines are records (EPW weather), read by
 * Apache Commons CSV as RFC 4180 has them: quoted fields keep their commas.
 */
public final class CsvFields {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private CsvFields() {
    }

    /** The fields of {@code line}; an empty line has one empty field, as splitting would give. */
    public static String[] of(String line) {
        if (line.indexOf('"') < 0) {
            // Without quotes RFC 4180 is a split on every comma, trailing empty fields kept: a weather year's
            // 8760 lines read this way in milliseconds, where a parser per line took most of a second.
            return line.split(",", -1);
        }
        try (CSVParser parser = CSVParser.parse(new StringReader(line), FORMAT)) {
            List<CSVRecord> records = parser.getRecords();
            return records.isEmpty() ? new String[] {""} : records.get(0).values();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a string cannot fail to read
        } catch (UncheckedIOException | IllegalStateException e) {
            // a quote left open: the line as a whole is one field, which the caller then finds wanting
            return new String[] {line};
        }
    }
}

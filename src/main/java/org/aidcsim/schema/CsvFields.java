package org.aidcsim.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

    /**
     * The records of a table shipped beside {@code owner} in the jar: lines starting with # are its
     * notes, the first other line its header; each record's fields trimmed.
     */
    public static List<String[]> resourceTable(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the jar");
            }
            List<String[]> rows = new ArrayList<>();
            boolean header = true;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = of(line.strip());
                for (int i = 0; i < f.length; i++) {
                    f[i] = f[i].trim();
                }
                rows.add(f);
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(name + " cannot be read", e);
        }
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

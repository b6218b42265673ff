package org.aidcsim.weather;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.aidcsim.schema.CsvFields;
import org.aidcsim.schema.TextFiles;

/**
 * Reads EnergyPlus Weather (EPW) files: 8 header lines, then one row of 35 comma-separated fields
 * per hour (EnergyPlus Auxiliary Programs, "Weather Converter Program", EPW data dictionary).
 *
 * <p>Real files carry quirks this reader tolerates: CRLF or LF line endings; a year column that
 * differs month by month in TMY3 files (rows are ordered by month/day/hour, never by year);
 * relative humidity up to a few percent above 100 (clamped); dew point slightly above dry bulb
 * (clamped to dry bulb); missing-value codes (dry bulb and dew point 99.9, RH 999, pressure
 * 999999), filled by linear interpolation across gaps of at most {@value #MAX_INTERPOLATED_GAP_H}
 * hours and rejected beyond that. Everything else malformed is rejected with its line number.
 */
public final class EpwReader {
    /** Longest run of missing hours filled by interpolation (h): a weather front rarely turns faster. */
    static final int MAX_INTERPOLATED_GAP_H = 6;
    private static final int HEADER_LINES = 8;
    private static final int MIN_FIELDS = 10;
    private static final int COL_MONTH = 1;
    private static final int COL_DAY = 2;
    private static final int COL_HOUR = 3;
    private static final int COL_DRY_BULB = 6;
    private static final int COL_DEW_POINT = 7;
    private static final int COL_RH = 8;
    private static final int COL_PRESSURE = 9;
    /** Liquid precipitation depth (mm), field 34; 999 where missing. */
    private static final int COL_PRECIPITATION = 33;
    private static final double PRECIPITATION_MISSING = 999;
    private static final int[] DAYS_IN_MONTH = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    /** The parsed series and what the reader had to repair. */
    public record Result(WeatherSeries series, List<String> warnings) {
        public Result {
            warnings = List.copyOf(warnings);
        }
    }

    private EpwReader() {
    }

    public static Result read(Path file) throws EpwFormatException {
        List<String> lines = new ArrayList<>(8800);
        byte[] bytes;
        try {
            bytes = TextFiles.readBytes(file, TextFiles.MAX_DATA_BYTES);
        } catch (TextFiles.UnreadableException e) {
            // "weather file not found", "weather file too large (…)", "weather file is a folder (…)"
            String m = e.getMessage();
            throw new EpwFormatException(file, 0, "weather " + (m.startsWith("file") ? m : "file " + m));
        }
        // EPW files are ASCII with the odd Latin-1 station name; BufferedReader.readLine splits on LF, CR
        // or CRLF, which covers every line ending seen in EPW files.
        try (BufferedReader reader = new BufferedReader(new StringReader(new String(bytes, StandardCharsets.ISO_8859_1)))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            throw new IllegalStateException("reading a string cannot fail", e);
        }
        return parse(file, lines);
    }

    /**
     * The station as the EPW header names it: city, state or province, country and WMO number
     * ("Chicago Ohare Intl Ap, IL, USA, WMO 725300"). The city field is the data set's own label
     * (TMY3 writes "Ohare" for O'Hare), so the WMO number tells the station for certain.
     */
    static String stationLabel(String[] location) {
        List<String> parts = new ArrayList<>();
        for (int i = 1; i <= 3 && i < location.length; i++) {
            String p = location[i].trim();
            if (!p.isEmpty() && !p.equals("-")) {
                parts.add(p);
            }
        }
        if (location.length > 5 && !location[5].trim().isEmpty()) {
            parts.add("WMO " + location[5].trim());
        }
        return String.join(", ", parts);
    }

    static Result parse(Path file, List<String> lines) throws EpwFormatException {
        if (lines.isEmpty() || !lines.get(0).startsWith("LOCATION")) {
            throw new EpwFormatException(file, 1, "not an EPW file (expected the first line to start with LOCATION, found "
                    + (lines.isEmpty() ? "an empty file" : quote(lines.get(0))) + ")");
        }
        String[] location = CsvFields.of(lines.get(0));
        String locationName = stationLabel(location);
        double elevationM = location.length > 9 ? parseOr(location[9], 0.0) : 0.0;

        RawRows raw = readRows(file, lines);
        List<double[]> rows = raw.rows();
        List<Integer> rowLines = raw.lineNumbers();
        Integer[] order = calendarOrder(file, raw);
        int n = rows.size();
        double[] dryBulb = new double[n];
        double[] dewPoint = new double[n];
        double[] rh = new double[n];
        double[] pressure = new double[n];
        int[] lineOf = new int[n];
        for (int i = 0; i < n; i++) {
            double[] r = rows.get(order[i]);
            lineOf[i] = rowLines.get(order[i]);
            dryBulb[i] = r[3] >= 99.9 ? Double.NaN : r[3];
            dewPoint[i] = r[4] >= 99.9 ? Double.NaN : r[4];
            rh[i] = r[5] >= 999 ? Double.NaN : r[5];
            pressure[i] = r[6] >= 999999 ? Double.NaN : r[6];
        }
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (order[i] != i) {
                // some files list months out of calendar order; read in calendar order, but say so
                warnings.add(String.format(Locale.ROOT, "rows out of calendar order, read sorted by month, day and hour "
                        + "(the first out of place is line %d)", rowLines.get(order[i])));
                break;
            }
        }
        fillGaps(file, dryBulb, lineOf, "dry bulb", warnings);
        fillGaps(file, dewPoint, lineOf, "dew point", warnings);
        fillGaps(file, pressure, lineOf, "pressure", warnings);
        double[] rhFraction = checkedRelativeHumidity(file, dryBulb, dewPoint, rh, pressure, lineOf, warnings);
        String name = file.getFileName().toString();
        return new Result(new WeatherSeries(name, locationName, elevationM, dryBulb, dewPoint, rhFraction, pressure,
                station(location, rows)), warnings);
    }

    /**
     * The header's country, region, WMO and latitude fields, and the monthly precipitation when no
     * hour lacks it and the year has some.
     */
    static Station station(String[] location, List<double[]> rows) {
        double[] monthly = new double[12];
        boolean complete = true;
        for (double[] r : rows) {
            double rain = r[7];
            if (!(rain >= 0 && rain < PRECIPITATION_MISSING)) {
                complete = false;
                break;
            }
            monthly[(int) r[0] - 1] += rain;
        }
        // A year of zeros is a placeholder, not a desert: every climate zone sees some rain.
        complete = complete && Arrays.stream(monthly).sum() > 0;
        double latitude = location.length > 6 ? parseOr(location[6], Double.NaN) : Double.NaN;
        return new Station(field(location, 3), field(location, 2), field(location, 5),
                latitude >= -90 && latitude <= 90 ? latitude : Double.NaN, complete ? Optional.of(monthly) : Optional.empty());
    }

    private static Optional<String> field(String[] location, int i) {
        if (i >= location.length) {
            return Optional.empty();
        }
        String v = location[i].trim();
        return v.isEmpty() || v.equals("-") ? Optional.empty() : Optional.of(v);
    }

    /** The data lines as numbers (month, day, hour, dry bulb, dew point, RH, pressure, precipitation) with their line numbers. */
    private record RawRows(List<double[]> rows, List<Integer> lineNumbers) {
    }

    private static RawRows readRows(Path file, List<String> lines) throws EpwFormatException {
        List<double[]> rows = new ArrayList<>(8784);
        List<Integer> rowLines = new ArrayList<>(8784);
        for (int i = HEADER_LINES; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            int lineNo = i + 1;
            String[] f = CsvFields.of(line);
            if (f.length < MIN_FIELDS) {
                throw new EpwFormatException(file, lineNo, "expected at least " + MIN_FIELDS
                        + " comma-separated fields (EPW has 35), found " + f.length);
            }
            int month = (int) number(file, lineNo, f, COL_MONTH, "month");
            int day = (int) number(file, lineNo, f, COL_DAY, "day");
            int hour = (int) number(file, lineNo, f, COL_HOUR, "hour");
            if (month < 1 || month > 12) {
                throw new EpwFormatException(file, lineNo, "month: expected 1..12, found " + month);
            }
            if (day < 1 || day > DAYS_IN_MONTH[month - 1]) {
                throw new EpwFormatException(file, lineNo, "day: expected 1.." + DAYS_IN_MONTH[month - 1] + ", found " + day);
            }
            if (hour < 1 || hour > 24) {
                throw new EpwFormatException(file, lineNo, "hour: expected 1..24 (EPW hour h covers (h-1, h]), found " + hour);
            }
            double dryBulb = number(file, lineNo, f, COL_DRY_BULB, "dry bulb");
            double dewPoint = number(file, lineNo, f, COL_DEW_POINT, "dew point");
            double rh = number(file, lineNo, f, COL_RH, "relative humidity");
            double pressure = number(file, lineNo, f, COL_PRESSURE, "pressure");
            // Precipitation is read only to tell a complete year; a missing or unreadable field counts as missing.
            double rain = f.length > COL_PRECIPITATION ? parseOr(f[COL_PRECIPITATION], PRECIPITATION_MISSING) : PRECIPITATION_MISSING;
            rows.add(new double[] {month, day, hour, dryBulb, dewPoint, rh, pressure, rain});
            rowLines.add(lineNo);
        }
        if (rows.size() != 8760 && rows.size() != 8784) {
            throw new EpwFormatException(file, 0, "expected 8760 hourly rows (8784 in a leap year) after the "
                    + HEADER_LINES + " header lines, found " + rows.size());
        }
        return new RawRows(rows, rowLines);
    }

    /** Row indices in month/day/hour order; a repeated hour is refused at its line. */
    private static Integer[] calendarOrder(Path file, RawRows raw) throws EpwFormatException {
        List<double[]> rows = raw.rows();
        List<Integer> rowLines = raw.lineNumbers();
        Integer[] order = new Integer[rows.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        // TMY years differ month by month: order by month/day/hour only.
        Arrays.sort(order, (a, b) -> Double.compare(key(rows.get(a)), key(rows.get(b))));
        for (int i = 1; i < order.length; i++) {
            if (key(rows.get(order[i])) == key(rows.get(order[i - 1]))) {
                double[] r = rows.get(order[i]);
                throw new EpwFormatException(file, rowLines.get(order[i]), String.format(Locale.ROOT,
                        "duplicate hour: month %d day %d hour %d already appears on line %d",
                        (int) r[0], (int) r[1], (int) r[2], rowLines.get(order[i - 1])));
            }
        }
        return order;
    }

    /**
     * Relative humidity as a fraction, from the file or, where missing, from dry bulb and dew point; a dew
     * point above the dry bulb is clamped to it; pressure and dry bulb outside physical bounds are refused.
     */
    private static double[] checkedRelativeHumidity(Path file, double[] dryBulb, double[] dewPoint, double[] rh,
            double[] pressure, int[] lineOf, List<String> warnings) throws EpwFormatException {
        int n = dryBulb.length;
        double[] rhFraction = new double[n];
        int clampedRh = 0;
        int clampedDew = 0;
        for (int i = 0; i < n; i++) {
            if (dewPoint[i] > dryBulb[i]) {
                dewPoint[i] = dryBulb[i];
                clampedDew++;
            }
            if (Double.isNaN(rh[i])) {
                rhFraction[i] = Psychrometrics.relativeHumidity(dryBulb[i], dewPoint[i]);
            } else {
                if (rh[i] > 100.0) {
                    clampedRh++;
                }
                rhFraction[i] = Math.max(0.0, Math.min(100.0, rh[i])) / 100.0;
            }
            if (!(pressure[i] > 30_000 && pressure[i] < 120_000)) {
                throw new EpwFormatException(file, lineOf[i], String.format(Locale.ROOT,
                        "pressure: expected station pressure 30000..120000 Pa, found %.0f", pressure[i]));
            }
            if (dryBulb[i] < -90 || dryBulb[i] > 70) {
                throw new EpwFormatException(file, lineOf[i], String.format(Locale.ROOT,
                        "dry bulb: expected -90..70 °C, found %.1f", dryBulb[i]));
            }
        }
        if (clampedRh > 0) {
            warnings.add(clampedRh + " hour(s) with relative humidity above 100 % clamped to 100 %");
        }
        if (clampedDew > 0) {
            warnings.add(clampedDew + " hour(s) with dew point above dry bulb clamped to dry bulb");
        }
        return rhFraction;
    }

    private static double key(double[] row) {
        return row[0] * 10_000 + row[1] * 100 + row[2];
    }

    private static void fillGaps(Path file, double[] v, int[] lineOf, String what, List<String> warnings)
            throws EpwFormatException {
        int n = v.length;
        int filled = 0;
        int i = 0;
        while (i < n) {
            if (!Double.isNaN(v[i])) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Double.isNaN(v[i])) {
                i++;
            }
            int gap = i - start;
            if (gap > MAX_INTERPOLATED_GAP_H || start == 0 || i == n) {
                throw new EpwFormatException(file, lineOf[start], what + ": " + gap
                        + " consecutive missing value(s) (EPW missing code) starting here; at most "
                        + MAX_INTERPOLATED_GAP_H + " inside the year can be interpolated");
            }
            double a = v[start - 1];
            double b = v[i];
            for (int k = start; k < i; k++) {
                v[k] = a + (b - a) * (k - start + 1) / (gap + 1);
            }
            filled += gap;
        }
        if (filled > 0) {
            warnings.add(what + ": " + filled + " missing hour(s) interpolated linearly");
        }
    }

    private static double number(Path file, int lineNo, String[] fields, int col, String what) throws EpwFormatException {
        String s = fields[col].trim();
        try {
            double v = Double.parseDouble(s);
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new EpwFormatException(file, lineNo, what + " (field " + (col + 1) + "): expected a number, found " + quote(s));
        }
    }

    private static double parseOr(String s, double fallback) {
        try {
            return Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static String quote(String s) {
        String shortened = s.length() > 40 ? s.substring(0, 40) + "…" : s;
        return "\"" + shortened + "\"";
    }
}

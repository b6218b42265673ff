package org.aidcsim.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.aidcsim.it.AnnualTraceProfile;
import org.aidcsim.it.TraceProfile;
import org.aidcsim.schema.Issue;
import org.aidcsim.schema.TextFiles;
import org.aidcsim.units.Units;

/**
 * Reads the series files a scenario names besides its weather (a load trace, hourly carbon
 * intensities), relative to the scenario file, with each problem placed at the field that names
 * the file and at the line of the file where it lies.
 */
public final class SeriesFiles {
    private static final int HOURS_PER_YEAR = 8760;
    /** The weather year: 365 days, 29 February left out. */
    private static final int DAYS_PER_YEAR = 365;

    private SeriesFiles() {
    }

    public static Optional<TraceProfile> trace(LoadedScenario s, String file, String at, List<Issue> issues) {
        Path path = s.file().toAbsolutePath().getParent().resolve(file).normalize();
        List<CsvColumns.Row> records;
        try {
            records = CsvColumns.read(TextFiles.readUtf8(path, TextFiles.MAX_DATA_BYTES), List.of("time_s", "power_kw"));
        } catch (TextFiles.UnreadableException e) {
            issues.add(s.issueAt(at, path + (e.line() > 0 ? ":" + e.line() : "") + ": trace file: " + e.getMessage()));
            return Optional.empty();
        } catch (CsvColumns.Problem e) {
            issues.add(s.issueAt(at, path + (e.line() > 0 ? ":" + e.line() : "") + ": " + e.getMessage()));
            return Optional.empty();
        }
        List<double[]> rows = new ArrayList<>();
        for (CsvColumns.Row r : records) {
            String found = String.join(",", r.values());
            double time;
            double kw;
            try {
                time = CsvColumns.number(r.values().get(0));
                kw = CsvColumns.number(r.values().get(1));
            } catch (NumberFormatException e) {
                issues.add(s.issueAt(at, path + ":" + r.line() + ": expected two numbers time_s ≥ 0 and power_kw ≥ 0"
                        + decimalMark(found) + ", found \"" + found + "\""));
                return Optional.empty();
            }
            if (!(kw >= 0) || !Double.isFinite(time) || !Double.isFinite(kw)) {
                issues.add(s.issueAt(at, path + ":" + r.line() + ": expected two numbers time_s ≥ 0 and power_kw ≥ 0, found \""
                        + found + "\""));
                return Optional.empty();
            }
            if (!rows.isEmpty() && time <= rows.get(rows.size() - 1)[0]) {
                issues.add(s.issueAt(at, path + ":" + r.line() + ": times must increase (expected > "
                        + rows.get(rows.size() - 1)[0] + ", found " + time + ")"));
                return Optional.empty();
            }
            rows.add(new double[] {time, Units.kwToW(kw)});
        }
        if (rows.size() < 2) {
            issues.add(s.issueAt(at, path + ": a trace needs at least two samples (found " + rows.size() + ")"));
            return Optional.empty();
        }
        return Optional.of(new TraceProfile(rows.stream().mapToDouble(r -> r[0]).toArray(),
                rows.stream().mapToDouble(r -> r[1]).toArray()));
    }

    /** " with '.' as the decimal mark" when a field holds a decimal comma. */
    /** Seconds from 1 January 00:00 of a 365-day year, whatever the trace's own year (29 February refused before). */
    private static long secondOfYear(LocalDateTime stamp) {
        int day = LocalDate.of(2001, stamp.getMonthValue(), stamp.getDayOfMonth()).getDayOfYear();
        return (day - 1) * (long) Units.SECONDS_PER_DAY + stamp.toLocalTime().toSecondOfDay();
    }

    /** Rows looked ahead for one that a gap is missing: a swap or a row moved a little, not a whole file sorted. */
    private static final int LOOK_AHEAD_ROWS = 1000;

    /**
     * The line of a row from {@code from} on (at most {@link #LOOK_AHEAD_ROWS} ahead) whose timestamp is
     * {@code wantedS} into the year, or -1: tells rows out of order from rows missing.
     */
    private static long laterRowAt(List<CsvColumns.Row> records, int from, long wantedS) {
        for (int j = from; j < Math.min(records.size(), from + LOOK_AHEAD_ROWS); j++) {
            try {
                LocalDateTime stamp = LocalDateTime.parse(records.get(j).values().get(0).trim(), TIMESTAMP);
                if (stamp.getMonthValue() == 2 && stamp.getDayOfMonth() == 29) {
                    continue;
                }
                if (secondOfYear(stamp) == wantedS) {
                    return records.get(j).line();
                }
            } catch (DateTimeParseException e) {
                // a row that is wrong in itself is reported when it is reached
            }
        }
        return -1;
    }

    private static String decimalMark(String found) {
        return found.chars().filter(c -> c == ',').count() > 1 || found.matches("\\d+,\\d+") ? " with '.' as the decimal mark" : "";
    }

    /** Longest trace: a year at 1-minute intervals. */
    static final int MAX_TRACE_ROWS = 525_600;
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd[ ]['T']HH:mm[:ss]", Locale.ROOT);

    /**
     * A measured annual load: one row per interval of a whole year, interval-start timestamps,
     * aligned to the weather year by month, day and time.
     *
     * @param unit "kw" for the group's power, "fraction" for a fraction of its peak
     * @param peakW the group's peak (W), against which kW are checked and divided
     */
    static Optional<AnnualTraceProfile> annualTrace(LoadedScenario s, String file, String at, String unit, double peakW,
            List<Issue> issues) {
        Path path = s.file().toAbsolutePath().getParent().resolve(file).normalize();
        Optional<ParsedTrace> read = parsedTrace(s, path, at, unit, issues);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        ParsedTrace trace = read.get();
        double[] fractions = new double[trace.values().length];
        for (int i = 0; i < fractions.length; i++) {
            double v = trace.values()[i];
            String where = path + ":" + trace.lines()[i] + ": ";
            double fraction = "kw".equals(unit) ? Units.kwToW(v) / peakW : v;
            if (!(v >= 0)) {
                issues.add(s.issueAt(at, where + "expected a value ≥ 0, found " + trace.texts()[i]));
                return Optional.empty();
            }
            if (fraction > 1 + 1e-9) {
                issues.add(s.issueAt(at, where + ("kw".equals(unit)
                        ? String.format(Locale.ROOT, "above the group's peak (expected at most %.1f kW = racks × rack_power_kw × "
                                + "utilization; a trace in W, or of the whole site?), found %s kW", Units.wToKw(peakW),
                                trace.texts()[i])
                        : "above 1 (expected a fraction of the group's peak from 0 to 1; a trace in kW or in %?), found "
                                + trace.texts()[i])));
                return Optional.empty();
            }
            fractions[i] = Math.min(1.0, fraction);
        }
        return Optional.of(new AnnualTraceProfile(trace.intervalS(), fractions));
    }

    /**
     * A trace file's rows, their timestamps checked (a whole year from 1 January, one interval that
     * divides the hour, no gap, duplicate or 29 February) and their values read as numbers.
     *
     * @param values each row's value, in the file's unit
     * @param texts each value as written, for messages
     * @param lines each row's line in the file
     */
    private record ParsedTrace(long intervalS, double[] values, String[] texts, long[] lines) {
    }

    private record TraceKey(Path file, long size, long modifiedMs, String unit) {
    }

    /**
     * Traces read once per process, as weather files are: a sweep compiles every variant of a site,
     * and reading a year of timestamps costs more than running it. A file changed on disk is read again.
     */
    private static final ConcurrentHashMap<TraceKey, ParsedTrace> TRACES = new ConcurrentHashMap<>();

    private static Optional<ParsedTrace> parsedTrace(LoadedScenario s, Path path, String at, String unit, List<Issue> issues) {
        TraceKey key = null;
        try {
            key = new TraceKey(path, Files.size(path), Files.getLastModifiedTime(path).toMillis(), unit);
            ParsedTrace cached = TRACES.get(key);
            if (cached != null) {
                return Optional.of(cached);
            }
        } catch (IOException e) {
            // not there or not readable: reading it says so, with the file's words
        }
        List<CsvColumns.Row> records;
        try {
            records = CsvColumns.read(TextFiles.readUtf8(path, TextFiles.MAX_DATA_BYTES), List.of("timestamp", unit));
        } catch (TextFiles.UnreadableException e) {
            issues.add(s.issueAt(at, path + (e.line() > 0 ? ":" + e.line() : "") + ": load trace: " + e.getMessage()));
            return Optional.empty();
        } catch (CsvColumns.Problem e) {
            issues.add(s.issueAt(at, path + (e.line() > 0 ? ":" + e.line() : "") + ": " + e.getMessage()));
            return Optional.empty();
        }
        if (records.size() > MAX_TRACE_ROWS) {
            issues.add(s.issueAt(at, path + ": too many rows (expected at most " + MAX_TRACE_ROWS + ", a year at 1-minute "
                    + "intervals, found " + records.size() + ")"));
            return Optional.empty();
        }
        if (records.size() < 2) {
            issues.add(s.issueAt(at, path + ": a trace covers a whole year (expected 8760 hourly rows or more, found "
                    + records.size() + ")"));
            return Optional.empty();
        }
        int n = records.size();
        double[] values = new double[n];
        String[] texts = new String[n];
        long[] lines = new long[n];
        long intervalS = 0;
        long previousS = -1;
        for (int i = 0; i < n; i++) {
            CsvColumns.Row r = records.get(i);
            String where = path + ":" + r.line() + ": ";
            long t;
            try {
                LocalDateTime stamp = LocalDateTime.parse(r.values().get(0).trim(), TIMESTAMP);
                if (stamp.getMonthValue() == 2 && stamp.getDayOfMonth() == 29) {
                    issues.add(s.issueAt(at, where + "29 February: the weather year has 365 days (expected the trace without "
                            + "that day, found " + r.values().get(0) + ")"));
                    return Optional.empty();
                }
                t = secondOfYear(stamp);
            } catch (DateTimeParseException e) {
                issues.add(s.issueAt(at, where + "expected a timestamp YYYY-MM-DD HH:MM, found \"" + r.values().get(0) + "\""));
                return Optional.empty();
            }
            if (i == 0 && t != 0) {
                issues.add(s.issueAt(at, where + "a trace starts on 1 January at 00:00 (expected 01-01 00:00, found "
                        + r.values().get(0) + ")"));
                return Optional.empty();
            }
            if (i == 1) {
                intervalS = t - previousS;
                if (intervalS < 60 || intervalS > 3600 || 3600 % intervalS != 0) {
                    issues.add(s.issueAt(at, where + "the interval must divide the hour and be at least 60 s (expected 60, 120, "
                            + "…, 3600 s, found " + intervalS + " s)"));
                    return Optional.empty();
                }
            } else if (i > 1 && t != previousS + intervalS) {
                long misplaced = t > previousS ? laterRowAt(records, i + 1, previousS + intervalS) : -1;
                String what = t == previousS ? "a duplicate of the row before"
                        : t < previousS ? "earlier than the row before (rows out of time order)"
                        : misplaced > 0 ? "out of time order: the row that belongs here is at line " + misplaced + ", after it"
                        : "a gap of " + ((t - previousS) / intervalS - 1) + " missing interval(s) before it";
                issues.add(s.issueAt(at, where + what + " (expected " + (previousS + intervalS) / 60 + " min into the year, found "
                        + t / 60 + ")"));
                return Optional.empty();
            }
            previousS = t;
            try {
                values[i] = CsvColumns.number(r.values().get(1));
            } catch (NumberFormatException e) {
                issues.add(s.issueAt(at, where + "expected a number" + decimalMark(r.values().get(1)) + ", found \""
                        + r.values().get(1) + "\""));
                return Optional.empty();
            }
            texts[i] = r.values().get(1);
            lines[i] = r.line();
        }
        long expected = intervalS > 0 ? (long) (DAYS_PER_YEAR * Units.SECONDS_PER_DAY) / intervalS : 0;
        if (n != expected) {
            issues.add(s.issueAt(at, path + ": a trace covers a whole year (expected " + expected + " rows of " + intervalS
                    + " s, to 31 December, found " + n + ")"));
            return Optional.empty();
        }
        ParsedTrace trace = new ParsedTrace(intervalS, values, texts, lines);
        if (key != null) {
            TRACES.put(key, trace);
        }
        return Optional.of(trace);
    }

    static double[] hourlyCarbon(LoadedScenario s, String file, String at) throws ScenarioException {
        return hourly(s, file, at, "g_co2_per_kwh", "carbon intensity file", "an intensity from 0 to 5000 g CO2/kWh", 5000);
    }

    /** 8760 hourly on-site generation powers (W) from a CSV with the header {@code kw}. */
    static double[] hourlyGenerationW(LoadedScenario s, String file, String at) throws ScenarioException {
        double[] kw = hourly(s, file, at, "kw", "on-site generation file", "a power from 0 to 10000000 kW", 1e7);
        for (int i = 0; i < kw.length; i++) {
            kw[i] = Units.kwToW(kw[i]);
        }
        return kw;
    }

    /** 8760 hourly shares in [0, 1] from a CSV with the header {@code fraction}. */
    static double[] hourlyFractions(LoadedScenario s, String file, String at) throws ScenarioException {
        return hourly(s, file, at, "fraction", "renewable share file", "a share from 0 to 1", Math.nextUp(1.0));
    }

    /** One column of 8760 hourly values in [0, {@code max}), after its header, with every problem located. */
    private static double[] hourly(LoadedScenario s, String file, String at, String header, String what, String expected, double max)
            throws ScenarioException {
        Path path = s.file().toAbsolutePath().getParent().resolve(file).normalize();
        List<CsvColumns.Row> records;
        try {
            records = CsvColumns.read(TextFiles.readUtf8(path, TextFiles.MAX_DATA_BYTES), List.of(header));
        } catch (TextFiles.UnreadableException ex) {
            throw new ScenarioException(List.of(s.issueAt(at, path + (ex.line() > 0 ? ":" + ex.line() : "")
                    + ": " + what + ": " + ex.getMessage())));
        } catch (CsvColumns.Problem ex) {
            if (ex.line() == 1 && ex.getMessage().startsWith("expected the header " + header + ", found an empty file")) {
                throw new ScenarioException(List.of(s.issueAt(at, path + ": expected 8760 hourly values after the header, found 0")));
            }
            throw new ScenarioException(List.of(s.issueAt(at, path + (ex.line() > 0 ? ":" + ex.line() : "") + ": "
                    + ex.getMessage())));
        }
        List<Double> values = new ArrayList<>();
        for (CsvColumns.Row r : records) {
            String found = r.values().get(0);
            try {
                double v = CsvColumns.number(found);
                if (!(v >= 0 && v < max)) {
                    throw new NumberFormatException();
                }
                values.add(v);
            } catch (NumberFormatException ex) {
                throw new ScenarioException(List.of(s.issueAt(at, path + ":" + r.line()
                        + ": expected " + expected + (found.contains(",") ? " with '.' as the decimal mark"
                        : "") + ", found \"" + found + "\"")));
            }
        }
        if (values.size() != HOURS_PER_YEAR) {
            throw new ScenarioException(List.of(s.issueAt(at, path + ": expected 8760 hourly values after the header, found "
                    + values.size())));
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}

package org.aidcsim.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aidcsim.it.TraceProfile;
import org.aidcsim.schema.Issue;
import org.aidcsim.schema.TextFiles;
import org.aidcsim.units.Units;

/**
 * Reads the series files a scenario names besides its weather (a load trace, hourly carbon
 * intensities), relative to the scenario file, with each problem placed at the field that names
 * the file and at the line of the file where it lies.
 */
final class SeriesFiles {
    private static final int HOURS_PER_YEAR = 8760;

    private SeriesFiles() {
    }

    static Optional<TraceProfile> trace(LoadedScenario s, String file, String at, List<Issue> issues) {
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
    private static String decimalMark(String found) {
        return found.chars().filter(c -> c == ',').count() > 1 || found.matches("\\d+,\\d+") ? " with '.' as the decimal mark" : "";
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

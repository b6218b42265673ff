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
        List<String> lines;
        try {
            lines = TextFiles.readUtf8(path, TextFiles.MAX_DATA_BYTES).lines().toList();
        } catch (TextFiles.UnreadableException e) {
            issues.add(s.issueAt(at, path + (e.line() > 0 ? ":" + e.line() : "") + ": trace file: " + e.getMessage()));
            return Optional.empty();
        }
        if (lines.isEmpty() || !lines.get(0).trim().replace(" ", "").equals("time_s,power_kw")) {
            issues.add(s.issueAt(at, path + ":1: expected the header time_s,power_kw, found "
                    + (lines.isEmpty() ? "an empty file" : "\"" + lines.get(0) + "\"")));
            return Optional.empty();
        }
        List<double[]> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split(",");
            try {
                double time = Double.parseDouble(f[0].trim());
                double kw = Double.parseDouble(f[1].trim());
                if (!(kw >= 0) || !Double.isFinite(time)) {
                    throw new NumberFormatException();
                }
                if (!rows.isEmpty() && time <= rows.get(rows.size() - 1)[0]) {
                    issues.add(s.issueAt(at, path + ":" + (i + 1) + ": times must increase (expected > "
                            + rows.get(rows.size() - 1)[0] + ", found " + time + ")"));
                    return Optional.empty();
                }
                rows.add(new double[] {time, Units.kwToW(kw)});
            } catch (RuntimeException e) {
                issues.add(s.issueAt(at, path + ":" + (i + 1) + ": expected two numbers time_s ≥ 0 and power_kw ≥ 0, found \""
                        + line + "\""));
                return Optional.empty();
            }
        }
        if (rows.size() < 2) {
            issues.add(s.issueAt(at, path + ": a trace needs at least two samples (found " + rows.size() + ")"));
            return Optional.empty();
        }
        return Optional.of(new TraceProfile(rows.stream().mapToDouble(r -> r[0]).toArray(),
                rows.stream().mapToDouble(r -> r[1]).toArray()));
    }

    static double[] hourlyCarbon(LoadedScenario s, String file, String at) throws ScenarioException {
        Path path = s.file().toAbsolutePath().getParent().resolve(file).normalize();
        List<String> lines;
        try {
            lines = TextFiles.readUtf8(path, TextFiles.MAX_DATA_BYTES).lines().toList();
        } catch (TextFiles.UnreadableException ex) {
            throw new ScenarioException(List.of(s.issueAt(at, path + (ex.line() > 0 ? ":" + ex.line() : "")
                    + ": carbon intensity file: " + ex.getMessage())));
        }
        List<Double> values = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.isEmpty()) {
                continue;
            }
            try {
                double v = Double.parseDouble(line.contains(",") ? line.substring(line.lastIndexOf(',') + 1).trim() : line);
                if (!(v >= 0 && v < 5000)) {
                    throw new NumberFormatException();
                }
                values.add(v);
            } catch (NumberFormatException ex) {
                throw new ScenarioException(List.of(s.issueAt(at, path + ":" + (i + 1)
                        + ": expected an intensity from 0 to 5000 g CO2/kWh, found \"" + line + "\"")));
            }
        }
        if (values.size() != HOURS_PER_YEAR) {
            throw new ScenarioException(List.of(s.issueAt(at, path + ": expected 8760 hourly values after the header, found "
                    + values.size())));
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}

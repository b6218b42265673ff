package org.aidcsim.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aidcsim.backup.Battery;
import org.aidcsim.backup.FuelCurve;
import org.aidcsim.backup.GeneratorPlant;
import org.aidcsim.backup.SupercapBank;
import org.aidcsim.economics.EconomicInputs;
import org.aidcsim.units.Units;

/** What pricing a scenario needs from its file: prices, finance, carbon, and its backup equipment. */
public final class EconomicsFactory {
    /**
     * @param inputs prices, finance and carbon
     * @param battery the battery, if any
     * @param supercap the supercapacitor bank, if any
     * @param generators the generators, if any
     * @param whiteSpaceM2 white-space floor area (m²)
     */
    public record PricedParts(EconomicInputs inputs, Optional<Battery> battery, Optional<SupercapBank> supercap,
            Optional<GeneratorPlant> generators, double whiteSpaceM2) {
    }

    private EconomicsFactory() {
    }

    public static PricedParts parts(CompiledScenario compiled) throws ScenarioException {
        LoadedScenario s = compiled.scenario();
        ScenarioSpec spec = s.spec();
        ScenarioSpec.EconomicsSpec e = spec.economics();
        Optional<double[]> hourly = Optional.empty();
        if (e.gridCarbonFile().isPresent()) {
            hourly = Optional.of(readCarbon(s, e.gridCarbonFile().get()));
        }
        EconomicInputs inputs = new EconomicInputs(e.currency(), e.years(), e.discountRate(), e.electricityPricePerKwh(),
                e.waterPricePerM3(), e.fuelPricePerL(), e.maintenanceFractionPerYear(), e.generatorTestHoursPerYear(),
                e.gridCarbonGPerKwh(), hourly, e.unitCosts());
        var backup = spec.backup();
        Optional<Battery> battery = backup.flatMap(ScenarioSpec.BackupSpec::battery).map(ModelFactory::battery);
        Optional<SupercapBank> supercap = backup.flatMap(ScenarioSpec.BackupSpec::supercap).filter(c -> c.maxCellVoltageV()
                .orElse(c.cellRatedVoltageV()) <= c.cellRatedVoltageV()).map(c -> {
                    double max = c.maxCellVoltageV().orElse(c.cellRatedVoltageV());
                    return new SupercapBank(c.cellCapacitanceF(), c.cellEsrMohm() / 1000.0, c.series(), c.parallel(), max,
                            Math.min(c.minCellVoltageV().orElse(max / 2), max * 0.999), c.converterEfficiency(),
                            Units.kwToW(c.converterRatingKw()));
                });
        Optional<GeneratorPlant> generators = backup.flatMap(ScenarioSpec.BackupSpec::generators).map(g -> {
            double unitW = Units.kwToW(g.unitRatingKw());
            double tankL = g.tankHoursAtFullLoad() * FuelCurve.QSK60.litresPerSecond(unitW, unitW) * 3600.0;
            return new GeneratorPlant(g.units(), unitW, g.startDelayS(), g.loadStepFraction(), g.loadStepIntervalS(),
                    g.rampKwPerS().map(Units::kwToW).orElse(Double.POSITIVE_INFINITY), FuelCurve.QSK60, tankL, 0);
        });
        double area = compiled.model().itLoad().rackCount() * spec.site().whiteSpaceM2PerRack();
        return new PricedParts(inputs, battery, supercap, generators, area);
    }

    private static double[] readCarbon(LoadedScenario s, String file) throws ScenarioException {
        Path path = s.file().toAbsolutePath().getParent().resolve(file).normalize();
        String at = "economics.grid_carbon_file";
        List<String> lines;
        try {
            lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException ex) {
            throw new ScenarioException(List.of(s.issueAt(at, path + ": carbon intensity file not found")));
        } catch (IOException ex) {
            throw new ScenarioException(List.of(s.issueAt(at, path + ": cannot read: " + ex.getMessage())));
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
        if (values.size() != 8760) {
            throw new ScenarioException(List.of(s.issueAt(at, path + ": expected 8760 hourly values after the header, found "
                    + values.size())));
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}

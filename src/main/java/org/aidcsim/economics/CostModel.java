package org.aidcsim.economics;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.aidcsim.backup.Battery;
import org.aidcsim.backup.GeneratorPlant;
import org.aidcsim.backup.SupercapBank;
import org.aidcsim.cooling.CoolingPlant;
import org.aidcsim.cooling.CoolingTower;
import org.aidcsim.cooling.LiquidPath;
import org.aidcsim.engine.ChainPoint;
import org.aidcsim.engine.SiteModel;
import org.aidcsim.metrics.AnnualMetrics;
import org.aidcsim.metrics.Sizing;

/**
 * Prices a sized site: each component's installed capacity times its unit cost; a year of energy,
 * water and maintenance; TCO = CAPEX + Σ_{y=1..N} OPEX / (1 + r)^y; carbon = Σ facility energy ×
 * grid intensity. Runs shorter than a year are scaled to a year.
 */
public final class CostModel {
    private static final double SECONDS_PER_YEAR = 365 * 86_400.0;

    private CostModel() {
    }

    /**
     * @param whiteSpaceM2 white-space floor area (m²)
     * @param hourlyFacilityW facility power of each step, for hourly carbon; empty to use the total
     */
    public static Economics price(SiteModel model, AnnualMetrics m, Sizing z, ChainPoint design, double whiteSpaceM2,
            Optional<Battery> battery, Optional<SupercapBank> supercap, Optional<GeneratorPlant> generators, EconomicInputs in,
            Optional<double[]> hourlyFacilityW) {
        UnitCosts u = in.unitCosts();
        Map<String, Double> capex = new LinkedHashMap<>();
        capex.put("building", whiteSpaceM2 * u.buildingPerM2());
        double power = 0;
        double shelves = 0;
        double conductors = 0;
        for (ChainPoint.StagePoint s : design.stagesFromGrid()) {
            double kw = s.unitsInstalled() * s.unitRatingW() / 1e3;
            switch (s.kind()) {
                case "switchgear" -> power += kw * u.switchgearPerKw();
                case "transformer" -> power += kw * u.transformerPerKw();
                case "ups" -> power += kw * u.upsPerKw();
                case "rectifier" -> power += kw * u.rectifierPerKw();
                case "sst" -> power += kw * u.sstPerKw();
                case "shelf", "dcdc" -> shelves += kw * u.shelfPerKw();
                case "feeder" -> conductors += s.conductorMassKg() * u.conductorPerKg();
                default -> {
                    // Board regulators belong to the servers; "other" stages carry no default price.
                }
            }
        }
        capex.put("power_chain", power);
        capex.put("rack_power", shelves);
        capex.put("conductors", conductors);
        CoolingPlant c = model.cooling();
        double airKw = c.air().crahFans().designHeatW() / 1e3;
        double rejectionKw = z.peakHeatRejectedW() / 1e3;
        boolean towers = c.air().chilledWater().rejector() instanceof CoolingTower;
        double cooling = airKw * u.crahPerKw() + z.peakChillerLoadW() / 1e3 * u.chillerPerKw()
                + rejectionKw * (towers ? u.towerPerKw() : u.dryCoolerPerKw());
        Optional<LiquidPath> liquid = c.liquid();
        if (liquid.isPresent()) {
            LiquidPath l = liquid.get();
            cooling += l.cduUnitsInstalled() * l.cduCapacityW() / 1e3 * u.cduPerKw();
            var tech = c.technology();
            boolean twoPhase = tech == org.aidcsim.cooling.CoolingTechnology.IMMERSION_TWO_PHASE;
            if (tech != org.aidcsim.cooling.CoolingTechnology.COLD_PLATE) {
                cooling += l.fluidVolumeM3() * 1000 * (twoPhase ? u.twoPhaseFluidPerL() : u.fluidPerL());
            }
            if (tech == org.aidcsim.cooling.CoolingTechnology.IMMERSION || twoPhase) {
                cooling += z.racks() * u.immersionTankPerRack();
            }
        }
        capex.put("cooling", cooling);
        double backup = battery.map(b -> b.energyJ() / 3.6e6 * u.batteryPerKwh()).orElse(0.0)
                + supercap.map(s -> s.windowEnergyJ() / 3.6e6 * u.supercapPerKwh()).orElse(0.0)
                + generators.map(g -> g.capacityW() / 1e3 * u.generatorPerKw()).orElse(0.0);
        capex.put("backup", backup);
        double capexTotal = capex.values().stream().mapToDouble(Double::doubleValue).sum();

        double yearScale = m.simulatedS() > 0 ? SECONDS_PER_YEAR / m.simulatedS() : 0;
        Map<String, Double> opex = new LinkedHashMap<>();
        double facilityKwhPerYear = m.facilityEnergyJ() / 3.6e6 * yearScale;
        opex.put("electricity", facilityKwhPerYear * in.electricityPerKwh());
        opex.put("water", m.waterKg() / 1000.0 * yearScale * in.waterPerM3());
        double fuel = generators.map(g -> in.generatorTestHoursPerYear() * litresPerHour(g, design.itPowerW()) * in.fuelPerL())
                .orElse(0.0);
        opex.put("fuel", fuel);
        opex.put("maintenance", capexTotal * in.maintenanceFractionPerYear());
        double opexTotal = opex.values().stream().mapToDouble(Double::doubleValue).sum();
        double tco = capexTotal;
        for (int y = 1; y <= in.years(); y++) {
            tco += opexTotal / Math.pow(1 + in.discountRate(), y);
        }
        double carbon;
        if (in.hourlyCarbonGPerKwh().isPresent() && hourlyFacilityW.isPresent()) {
            double[] g = in.hourlyCarbonGPerKwh().get();
            double[] p = hourlyFacilityW.get();
            double grams = 0;
            double stepH = m.simulatedS() / 3600.0 / p.length;
            for (int i = 0; i < p.length; i++) {
                grams += p[i] / 1e3 * stepH * g[(int) ((i * stepH) % g.length)];
            }
            carbon = grams / 1e6 * yearScale;
        } else {
            carbon = facilityKwhPerYear * in.gridCarbonGPerKwh() / 1e6;
        }
        return new Economics(capex, opex, tco, carbon, in.currency());
    }

    /** Fuel the plant burns per hour at {@code loadW} (L/h): tank / autonomy. */
    private static double litresPerHour(GeneratorPlant g, double loadW) {
        double autonomy = g.autonomyHours(loadW);
        return autonomy > 0 && Double.isFinite(autonomy) ? g.tankLitres() / autonomy : 0.0;
    }
}

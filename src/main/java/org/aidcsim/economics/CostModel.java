package org.aidcsim.economics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aidcsim.backup.BackupParams;
import org.aidcsim.backup.GeneratorPlant;
import org.aidcsim.catalog.PriceItem;
import org.aidcsim.cooling.CoolingPlant;
import org.aidcsim.cooling.CoolingTower;
import org.aidcsim.cooling.LiquidPath;
import org.aidcsim.engine.ChainPoint;
import org.aidcsim.engine.SiteModel;
import org.aidcsim.metrics.AnnualMetrics;
import org.aidcsim.metrics.Sizing;
import org.aidcsim.units.Units;

/**
 * Prices a sized site: each component's installed capacity times its unit cost; a year of energy,
 * water and maintenance; TCO = CAPEX + Σ_{y=1..N} OPEX_y / (1 + r)^y, each year at the load it
 * carries when the load ramps up; carbon = Σ facility energy × grid intensity. Runs shorter than a year are scaled to a year. What a stage or a cooling
 * technology is priced by is a trait of its kind ({@code StageKind.price()}, the technology's
 * coolant and housing), so this class never tells kinds apart by name.
 */
public final class CostModel {

    private CostModel() {
    }

    /**
     * @param backup the backup banks, priced by their energy or capacity
     * @param hourlyFacilityW facility power of each step, for hourly carbon; empty to use the total
     * @param ramp each year of the horizon at its own load when the load grows into the hall; empty for the
     *        design load every year (the run {@code m})
     */
    public static Economics price(SiteModel model, AnnualMetrics m, Sizing z, ChainPoint design, BackupParams backup,
            EconomicInputs in, Optional<double[]> hourlyFacilityW, List<LoadYear> ramp) {
        UnitCosts u = in.unitCosts();
        Map<String, Double> capex = new LinkedHashMap<>();
        // A build costs mostly by the capacity it serves, and only its shell by the floor it covers.
        capex.put("building_shell", model.whiteSpaceM2() * u.price(PriceItem.SHELL_PER_M2));
        capex.put("facility", Units.wToKw(model.designItPowerW()) * u.price(PriceItem.FACILITY_PER_KW_IT));
        double power = 0;
        double rackPower = 0;
        double conductors = 0;
        for (ChainPoint.StagePoint s : design.stagesFromGrid()) {
            Optional<PriceItem> item = s.kind().price();
            if (item.isEmpty()) {
                continue;
            }
            double cost = item.get().basis() == PriceItem.Basis.KG
                    ? s.conductorMassKg() * u.price(item.get())
                    : Units.wToKw(s.installedCapacityW()) * u.price(item.get());
            if (item.get().basis() == PriceItem.Basis.KG) {
                conductors += cost;
            } else if (s.inRack()) {
                rackPower += cost;
            } else {
                power += cost;
            }
        }
        capex.put("power_chain", power);
        capex.put("rack_power", rackPower);
        capex.put("conductors", conductors);
        capex.put("cooling", cooling(model.cooling(), z, u));
        double backupCost = backup.batteryBank().map(b -> Units.joulesToKwh(b.energyJ()) * u.price(PriceItem.BATTERY_PER_KWH))
                .orElse(0.0)
                + backup.supercapBank().map(s -> Units.joulesToKwh(s.windowEnergyJ()) * u.price(PriceItem.SUPERCAP_PER_KWH))
                        .orElse(0.0)
                + backup.generatorPlant().map(g -> Units.wToKw(g.capacityW()) * u.price(PriceItem.GENERATOR_PER_KW)).orElse(0.0);
        capex.put("backup", backupCost);
        double capexTotal = capex.values().stream().mapToDouble(Double::doubleValue).sum();

        Map<String, Double> opex = opex(model, m, design, backup, in, capexTotal);
        double opexTotal = opex.values().stream().mapToDouble(Double::doubleValue).sum();
        double carbon = carbonTonnes(model, m, in, hourlyFacilityW);
        // Every year runs the design load unless the load ramps up: then each year prices its own run.
        List<YearCost> years = new ArrayList<>();
        double tco = capexTotal;
        for (int y = 1; y <= in.years(); y++) {
            YearCost year;
            if (ramp.isEmpty()) {
                year = new YearCost(y, 1.0, m.itEnergyJ() * yearScale(m), m.facilityEnergyJ() * yearScale(m), opexTotal, carbon);
            } else {
                LoadYear ly = ramp.get(y - 1);
                double scale = yearScale(ly.metrics());
                year = new YearCost(y, ly.loadFraction(), ly.metrics().itEnergyJ() * scale, ly.metrics().facilityEnergyJ() * scale,
                        opex(model, ly.metrics(), design, backup, in, capexTotal).values().stream().mapToDouble(Double::doubleValue).sum(),
                        carbonTonnes(model, ly.metrics(), in, ly.stepFacilityW()));
            }
            years.add(year);
            tco += year.opex() / Math.pow(1 + in.discountRate(), y);
        }
        return new Economics(capex, opex, tco, carbon, in.currency(), years, !ramp.isEmpty(), in.discountRate());
    }

    /** Runs shorter than a year count as a year of the same. */
    private static double yearScale(AnnualMetrics m) {
        return m.simulatedS() > 0 ? Units.SECONDS_PER_YEAR / m.simulatedS() : 0;
    }

    /** A year of energy, water, test fuel and maintenance. */
    private static Map<String, Double> opex(SiteModel model, AnnualMetrics m, ChainPoint design, BackupParams backup, EconomicInputs in,
            double capexTotal) {
        double yearScale = yearScale(m);
        Map<String, Double> opex = new LinkedHashMap<>();
        opex.put("electricity", Units.joulesToKwh(m.facilityEnergyJ()) * yearScale * in.electricityPerKwh());
        opex.put("water", Units.kgWaterToM3(m.waterKg()) * yearScale * in.waterPerM3());
        double fuel = backup.generatorPlant()
                .map(g -> in.generatorTestHoursPerYear() * litresPerHour(g, design.itPowerW()) * in.fuelPerL()).orElse(0.0);
        opex.put("fuel", fuel);
        opex.put("maintenance", capexTotal * in.maintenanceFractionPerYear());
        return opex;
    }

    /** A year of operational CO₂ (t): hour by hour with hourly intensities, else the total at the constant one. */
    private static double carbonTonnes(SiteModel model, AnnualMetrics m, EconomicInputs in, Optional<double[]> hourlyFacilityW) {
        double yearScale = yearScale(m);
        if (in.hourlyCarbonGPerKwh().isPresent() && hourlyFacilityW.isPresent()) {
            double[] g = in.hourlyCarbonGPerKwh().get();
            double[] p = hourlyFacilityW.get();
            double grams = 0;
            double stepH = m.simulatedS() / Units.SECONDS_PER_HOUR / p.length;
            // A run that starts later in the year takes the intensities of its own hours.
            int startHour = model.window().startHour();
            for (int i = 0; i < p.length; i++) {
                grams += Units.wToKw(p[i]) * stepH * g[(int) ((startHour + i * stepH) % g.length)];
            }
            return Units.gramsToTonnes(grams) * yearScale;
        }
        return Units.gramsToTonnes(Units.joulesToKwh(m.facilityEnergyJ()) * yearScale * in.gridCarbonGPerKwh());
    }

    /** Air path, chillers, heat rejection, and for liquid technologies CDUs, coolant inventory and housings. */
    private static double cooling(CoolingPlant c, Sizing z, UnitCosts u) {
        double airKw = Units.wToKw(c.air().crahFans().designHeatW());
        double rejectionKw = Units.wToKw(z.peakHeatRejectedW());
        boolean towers = c.air().chilledWater().rejector() instanceof CoolingTower;
        double cost = airKw * u.price(PriceItem.CRAH_PER_KW) + Units.wToKw(z.peakChillerLoadW()) * u.price(PriceItem.CHILLER_PER_KW)
                + rejectionKw * u.price(towers ? PriceItem.TOWER_PER_KW : PriceItem.DRY_COOLER_PER_KW);
        // rear doors by the rack: the CRAHs above are sized on what the doors leave in the room
        cost += c.air().rearDoors().map(d -> d.doors() * u.price(d.type().endsWith("active")
                ? PriceItem.REAR_DOOR_ACTIVE_PER_RACK : PriceItem.REAR_DOOR_PASSIVE_PER_RACK)).orElse(0.0);
        if (c.liquid().isPresent()) {
            LiquidPath l = c.liquid().get();
            cost += Units.wToKw(l.cduUnitsInstalled() * l.cduRatedCapacityW()) * u.price(PriceItem.CDU_PER_KW);
            Optional<PriceItem> fluid = l.coolant().pricePerLitre();
            if (fluid.isPresent()) {
                cost += Units.m3ToLitres(l.fluidVolumeM3()) * u.price(fluid.get());
            }
            Optional<PriceItem> housing = c.technology().housingPerRack();
            if (housing.isPresent()) {
                cost += z.liquidRacks() * u.price(housing.get());
            }
        }
        return cost;
    }

    /** Fuel the plant burns per hour at {@code loadW} (L/h): tank / autonomy. */
    private static double litresPerHour(GeneratorPlant g, double loadW) {
        double autonomy = g.autonomyHours(loadW);
        return autonomy > 0 && Double.isFinite(autonomy) ? g.tankLitres() / autonomy : 0.0;
    }
}

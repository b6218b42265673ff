package org.aidcsim.scenario;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aidcsim.backup.Chemistry;
import org.aidcsim.cooling.CoolingTechnology;
import org.aidcsim.power.Architecture;
import org.aidcsim.power.ConductorMaterial;
import org.aidcsim.power.DistributionSystem;
import org.aidcsim.power.HeatSink;
import org.aidcsim.power.Redundancy;
import org.aidcsim.power.StageKind;

/**
 * A scenario as the file gives it, every default applied, in the file's units (the unit is in each
 * name). {@link ModelFactory} turns it into an SI model.
 */
public record ScenarioSpec(String name, Optional<String> description, SiteSpec site, ItSpec it, PowerSpec power,
        CoolingSpec cooling, Optional<BackupSpec> backup, Optional<TransientSpec> transientWindow, EconomicsSpec economics,
        AvailabilitySpec availability, SimulationSpec simulation, OutputsSpec outputs) {

    public record SiteSpec(WeatherSpec weather, double whiteSpaceM2PerRack, double supportPowerWPerM2) {
    }

    /** Outdoor conditions. */
    public sealed interface WeatherSpec permits EpwWeather, ConstantWeather {
    }

    /** @param file path of the EPW file, relative to the scenario file */
    public record EpwWeather(String file) implements WeatherSpec {
    }

    public record ConstantWeather(double dryBulbC, double relativeHumidity, double pressureKpa) implements WeatherSpec {
    }

    public record ItSpec(List<RackGroupSpec> groups) {
        public ItSpec {
            groups = List.copyOf(groups);
        }
    }

    public record RackGroupSpec(String name, int racks, double rackPowerKw, double utilization, ProfileSpec profile) {
    }

    /** Load profile. */
    public sealed interface ProfileSpec permits ConstantProfileSpec, DiurnalProfileSpec {
    }

    public record ConstantProfileSpec() implements ProfileSpec {
    }

    public record DiurnalProfileSpec(double minFraction, double peakHour) implements ProfileSpec {
    }

    /**
     * @param architecture a preset, or empty when {@code stages} are given
     * @param stages explicit stages from the grid to the chips; empty with a preset
     * @param designLoadFraction share of N capacity a stage carries at design
     * @param redundancy preset redundancy overrides by stage kind
     * @param feeder preset feeder options
     */
    public record PowerSpec(Optional<Architecture> architecture, List<StageSpec> stages, double designLoadFraction,
            Map<StageKind, Redundancy> redundancy, Optional<Architecture.Feeder> feeder) {
        public PowerSpec {
            stages = List.copyOf(stages);
            redundancy = Map.copyOf(redundancy);
        }
    }

    public record StageSpec(String name, StageKind kind, Optional<Boolean> inRack, Optional<HeatSink> heatTo,
            List<CurvePointSpec> efficiencyCurve, Optional<LossTermsSpec> lossTerms, Optional<ConductorSpec> conductor,
            Optional<Double> unitRatingKw, Optional<Integer> units, Redundancy redundancy) {
        public StageSpec {
            efficiencyCurve = List.copyOf(efficiencyCurve);
        }
    }

    public record CurvePointSpec(double loadFraction, double efficiency) {
    }

    public record LossTermsSpec(double noLoadFraction, double proportionalFraction, double quadraticFraction) {
    }

    public record ConductorSpec(DistributionSystem system, double voltageV, double lengthM, Optional<Double> crossSectionMm2,
            double voltageDropFraction, ConductorMaterial material, double temperatureC, int parallelRuns, double powerFactor) {
    }

    public record CoolingSpec(CoolingTechnology technology, Optional<LiquidSpec> liquid, AirSpec air,
            HeatRejectionSpec heatRejection) {
    }

    /**
     * @param facilityWaterClass ASHRAE TC 9.9 class name, W17 … W45 or W+
     */
    public record LiquidSpec(double captureFraction, String facilityWaterClass, double facilitySupplyTempC,
            double facilityDeltaTK, double facilityPumpHeadKpa, double loopDeltaTK, double loopPumpHeadKpa, double cduApproachK,
            double cduCapacityKw, Redundancy cduRedundancy, double fluidVolumeLPerRack, boolean removeServerFans,
            double serverFanPowerFraction) {
        /** Highest facility-water supply temperature of the class (°C); unbounded for W+. */
        public double classMaxSupplyC() {
            return facilityWaterClass.equals("W+") ? Double.POSITIVE_INFINITY : Double.parseDouble(facilityWaterClass.substring(1));
        }
    }

    /**
     * @param ashraeClass ASHRAE TC 9.9 air class, A1 … A4
     */
    public record AirSpec(double supplyAirTempC, String ashraeClass, double maxRackAirKw, boolean airsideEconomizer,
            double chilledWaterSupplyTempC, double chilledWaterDeltaTK, double crahAirDeltaTK, double crahPressurePa,
            double crahFanEfficiency, double chilledWaterPumpHeadKpa) {
    }

    /**
     * @param coolingTower true for open towers with water-cooled chillers, false for dry coolers with air-cooled chillers
     */
    public record HeatRejectionSpec(boolean coolingTower, boolean economizer, double dryCoolerApproachK, double dryCoolerFanWPerKw,
            double towerApproachK, double towerRangeK, double towerFanWPerKw, double condenserPumpHeadKpa, double hxApproachK,
            double cyclesOfConcentration, double chillerCarnotFraction, double chillerCondenserApproachK,
            double waterCooledChillerCarnotFraction, double waterCooledCondenserApproachK, double chillerEvaporatorApproachK,
            double pumpEfficiency, double minSpeedFraction) {
    }

    public record BackupSpec(Optional<SupercapSpec> supercap, Optional<BatterySpec> battery, Optional<GeneratorsSpec> generators,
            double transferTimeS, double retransferDelayS) {
    }

    public record SupercapSpec(double cellCapacitanceF, double cellRatedVoltageV, double cellEsrMohm, int series, int parallel,
            Optional<Double> maxCellVoltageV, Optional<Double> minCellVoltageV, double converterEfficiency, double converterRatingKw) {
    }

    public record BatterySpec(Chemistry chemistry, double energyKwh, double maxDischargeCRate, double maxChargeCRate,
            double floorSoc, double initialSoc, double responseS, double peukertReferenceHours, Optional<Double> peukertExponent,
            Optional<Double> chargeEfficiency, Optional<Double> dischargeEfficiency, Optional<Double> floatLossFraction) {
    }

    public record GeneratorsSpec(int units, double unitRatingKw, double startDelayS, double loadStepFraction,
            double loadStepIntervalS, Optional<Double> rampKwPerS, double tankHoursAtFullLoad) {
    }

    /** Transient load: a union told apart by {@code type}. */
    public sealed interface TransientLoadSpec permits ConstantLoadSpec, TrainingLoadSpec, InferenceLoadSpec, TraceLoadSpec {
    }

    public record ConstantLoadSpec(double fraction) implements TransientLoadSpec {
    }

    public record TrainingLoadSpec(double lowFraction, double highFraction, double periodS, double rampS) implements TransientLoadSpec {
    }

    public record InferenceLoadSpec(double baseFraction, double burstFraction, double burstDurationS, double meanIntervalS, long seed)
            implements TransientLoadSpec {
    }

    public record TraceLoadSpec(String file) implements TransientLoadSpec {
    }

    /** A transient event: {@code type} is grid_outage, voltage_sag or generator_fail_to_start. */
    public record EventSpec(String type, double atS, double durationS, double depthFraction, int units) {
    }

    public record SmoothingSpec(double rampLimitMwPerS, Optional<Double> peakLimitMw, double timeConstantS) {
    }

    public record TransientSpec(double durationS, double stepS, double outputStepS, TransientLoadSpec load, List<EventSpec> events,
            Optional<SmoothingSpec> smoothing, double sagToleranceFraction) {
        public TransientSpec {
            events = List.copyOf(events);
        }
    }

    /** Prices, finance, carbon; unit costs in the same currency. */
    public record EconomicsSpec(String currency, int years, double discountRate, double electricityPricePerKwh,
            double waterPricePerM3, double fuelPricePerL, double maintenanceFractionPerYear, double generatorTestHoursPerYear,
            double gridCarbonGPerKwh, Optional<String> gridCarbonFile, org.aidcsim.economics.UnitCosts unitCosts) {
    }

    /**
     * @param components failure data by type, defaults replaced where the file gives its own
     */
    public record AvailabilitySpec(double years, long seed, Optional<Double> batteryAutonomyS, int redundancyGroupUnits,
            boolean staticBypass, double generatorFailToStartProbability,
            Map<String, org.aidcsim.availability.FailureData> components) {
        public AvailabilitySpec {
            components = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(components));
        }
    }

    public record SimulationSpec(int startDay, int days, int stepS) {
    }

    public record OutputsSpec(boolean hourlyCsv, boolean charts) {
    }
}

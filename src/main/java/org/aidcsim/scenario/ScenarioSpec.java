package org.aidcsim.scenario;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aidcsim.catalog.CurveBasis;
import org.aidcsim.availability.AvailabilityParams;
import org.aidcsim.backup.BackupParams;
import org.aidcsim.cooling.CoolingParams;
import org.aidcsim.economics.EconomicInputs;
import org.aidcsim.it.DesignBasis;
import org.aidcsim.power.Architecture;
import org.aidcsim.power.HeatSink;
import org.aidcsim.catalog.RackType;
import org.aidcsim.catalog.RackSupply;
import org.aidcsim.power.Redundancy;
import org.aidcsim.power.StageKind;
import org.aidcsim.power.StageRecipe;
import org.aidcsim.standards.StandardsParams;

/**
 * A scenario as bound from its file, every default applied. Where a physics package has a
 * parameter record (cooling, backup, economics, availability) the spec holds it, already in SI;
 * the rest keeps the file's structure, with the unit in each name, for the checks and the
 * compilation that {@link SiteCompiler} does. {@code backup} is the file's backup section;
 * {@code backupOrigin} says whether the file gave one ({@code FILE}), said {@code none}
 * ({@code NONE}), or left it out ({@code ASSUMED}: the compiler assumes one where the chain needs it).
 */
public record ScenarioSpec(String name, Optional<String> description, SiteSpec site, ItSpec it, PowerSpec power,
        CoolingParams cooling, Optional<BackupParams> backup, BackupParams.Origin backupOrigin, Optional<TransientSpec> transientWindow,
        EconomicsSpec economics, AvailabilityParams availability, StandardsParams standards, SimulationSpec simulation,
        OutputsSpec outputs) {

    /**
     * @param country ISO 3166-1 code as the file gives it, when it does
     * @param region state or province, when the file gives it
     * @param supportPowerWPerM2 lighting and security per m² of white space
     * @param supportPowerFraction support loads of the rest of the building, as a share of the design IT power
     */
    public record SiteSpec(WeatherSpec weather, Optional<String> country, Optional<String> region, double whiteSpaceM2PerRack,
            double supportPowerWPerM2, double supportPowerFraction) {
    }

    /** Outdoor conditions. */
    public sealed interface WeatherSpec permits EpwWeather, ConstantWeather {
    }

    /**
     * @param file path of the EPW file, relative to the scenario file
     * @param warmingK every hour's dry bulb raised by this, relative humidity kept (K)
     */
    public record EpwWeather(String file, double warmingK) implements WeatherSpec {
    }

    public record ConstantWeather(double dryBulbC, double relativeHumidity, double pressureKpa) implements WeatherSpec {
    }

    /** @param designBasis the IT load the plant is sized on */
    public record ItSpec(List<RackGroupSpec> groups, DesignBasis designBasis) {
        public ItSpec {
            groups = List.copyOf(groups);
        }
    }

    /**
     * @param rackPowerW power one rack draws at its input at full utilization, as sold (W)
     * @param supply server supplies, power shelves or auto
     * @param serverPowerW power one server draws at full utilization (W)
     * @param itCapacityW the group's design IT capacity, when the file gives it instead of a rack count (W)
     * @param catalogRack the catalogue rack the group names (system and role), if any
     * @param liquidFraction share of the group's heat its liquid takes, in [0, 1]: the group's own, else the hall's
     *        {@code cooling.liquid.capture_fraction} when given, else (cold plates) its catalogue rack's, else the hall's
     *        default; 0 with air cooling
     * @param coolantDeltaTK coolant rise across its racks (K): the group's own, else (cold plates) its catalogue rack's,
     *        else the loop's {@code loop_delta_t_k}; NaN with air cooling
     */
    public record RackGroupSpec(String name, int racks, double rackPowerW, double utilization, ProfileSpec profile,
            RackSupply supply, double serverPowerW, Optional<Double> itCapacityW, Optional<RackType> catalogRack,
            double liquidFraction, double coolantDeltaTK) {

        /** The same group with its liquid figures resolved. */
        public RackGroupSpec withLiquid(double fraction, double deltaTK) {
            return new RackGroupSpec(name, racks, rackPowerW, utilization, profile, supply, serverPowerW, itCapacityW, catalogRack,
                    fraction, deltaTK);
        }
    }

    /** Load profile. */
    public sealed interface ProfileSpec permits ConstantProfileSpec, DiurnalProfileSpec, CheckpointProfileSpec,
            TraceProfileSpec {
    }

    public record ConstantProfileSpec() implements ProfileSpec {
    }

    public record DiurnalProfileSpec(double minFraction, double peakHour) implements ProfileSpec {
    }

    /**
     * @param jobS length of a job, when the group runs a campaign of jobs (s)
     * @param gapS idle time between jobs (s)
     * @param idleFraction draw between jobs; empty: the catalogue rack's idle fraction
     */
    public record CheckpointProfileSpec(double intervalS, double dipS, double dipFraction, Optional<Double> jobS, Optional<Double> gapS,
            Optional<Double> idleFraction) implements ProfileSpec {
    }

    /**
     * @param file CSV of the measured load, relative to the scenario file
     * @param unit what its values are: kw (of the whole group) or fraction (of the group's peak)
     */
    public record TraceProfileSpec(String file, String unit) implements ProfileSpec {
    }

    /**
     * @param architecture a preset, or empty when {@code stages} are given
     * @param stages explicit stages from the grid to the chips; empty with a preset
     * @param designLoadFraction share of N capacity a stage carries at design
     * @param redundancy preset redundancy overrides by stage kind
     * @param feeder preset feeder options
     */
    public record PowerSpec(Optional<Architecture> architecture, List<StageSpec> stages, double designLoadFraction,
            Map<StageKind, Redundancy> redundancy, Optional<Architecture.Feeder> feeder, Map<StageKind, StageOverrideSpec> overrides) {
        public PowerSpec {
            stages = List.copyOf(stages);
            redundancy = Map.copyOf(redundancy);
            overrides = Map.copyOf(overrides);
        }
    }

    /**
     * A preset stage's replacements as the file gives them (power.stage_overrides.KIND).
     *
     * @param unitRatingW output rating of one unit (W)
     */
    public record StageOverrideSpec(List<CurvePointSpec> efficiencyCurve, Optional<LossTermsSpec> lossTerms, String curveSource,
            CurveBasis curveBasis, Optional<Double> unitRatingW, Optional<Integer> units) {
        public StageOverrideSpec {
            efficiencyCurve = List.copyOf(efficiencyCurve);
        }
    }

    public record StageSpec(String name, StageKind kind, Optional<Boolean> inRack, Optional<HeatSink> heatTo,
            List<CurvePointSpec> efficiencyCurve, Optional<LossTermsSpec> lossTerms, Optional<StageRecipe.Conductor> conductor,
            Optional<Double> unitRatingW, Optional<Integer> units, Redundancy redundancy) {
        public StageSpec {
            efficiencyCurve = List.copyOf(efficiencyCurve);
        }
    }

    public record CurvePointSpec(double loadFraction, double efficiency) {
    }

    public record LossTermsSpec(double noLoadFraction, double proportionalFraction, double quadraticFraction) {
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

    /**
     * Storage inside the racks, per rack as the file gives it.
     *
     * @param kind capacitor_shelf or bbu
     * @param energyJPerRack usable energy per rack (J); empty: from the racks' catalogue systems
     * @param powerWPerRack largest power per rack (W); empty: the rack's design draw
     * @param rampLimitWPerSPerRack ramp limit of each rack's feed (W/s)
     * @param timeConstantS time constant of the average the racks' feed follows (s)
     * @param roundTripEfficiency energy out / energy in over a cycle
     */
    public record InRackSpec(String kind, Optional<Double> energyJPerRack, Optional<Double> powerWPerRack, double rampLimitWPerSPerRack,
            double timeConstantS, double roundTripEfficiency) {
    }

    public record TransientSpec(double durationS, double stepS, double outputStepS, TransientLoadSpec load, List<EventSpec> events,
            Optional<SmoothingSpec> smoothing, double sagToleranceFraction, Optional<InRackSpec> inRack,
            Optional<RideThroughSpec> cooling) {
        public TransientSpec {
            events = List.copyOf(events);
        }
    }

    /**
     * Cooling in the transient, in SI.
     *
     * @param onUps plant components fed by the UPS
     * @param onUtility plant components fed by the utility only
     * @param shutdownAtLimit true when the IT's heat stops at the first limit crossed
     * @param itMassJPerKPerRack heat capacity of a rack's IT equipment (J/K)
     * @param plateJPerKPerChip heat capacity of a chip's plate and held coolant (J/K)
     */
    public record RideThroughSpec(List<String> onUps, List<String> onUtility, double pumpRestartS, double pumpRampS,
            double chillerRestartS, double chillerRampS, double tankM3, boolean shutdownAtLimit, double roomHeightM,
            double itMassJPerKPerRack, double itMassTimeConstantS, double plateJPerKPerChip) {
        public RideThroughSpec {
            onUps = List.copyOf(onUps);
            onUtility = List.copyOf(onUtility);
        }
    }

    /**
     * @param inputs prices, finance and a constant grid intensity
     * @param gridCarbonFile CSV of hourly intensities, relative to the scenario file
     */
    /**
     * @param inputs prices and finance, with the world assumptions where the file gives no site figure
     * @param gridCarbonFile hourly intensities, when given
     * @param given the site figures the file gives, by key (grid_carbon_g_per_kwh, electricity_price_per_kwh,
     *        water_price_per_m3); the others come from the site's defaults
     */
    public record EconomicsSpec(EconomicInputs inputs, Optional<String> gridCarbonFile, Map<String, Double> given) {
        public EconomicsSpec {
            given = Map.copyOf(given);
        }
    }

    public record SimulationSpec(int startDay, int days, int stepS) {
    }

    public record OutputsSpec(boolean hourlyCsv, boolean charts) {
    }
}

package org.aidcsim.power;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.aidcsim.catalog.CableAmpacity;
import org.aidcsim.catalog.Keyed;
import org.aidcsim.catalog.LossModel;
import org.aidcsim.catalog.PowerCatalog.UnitRatings;

import static org.aidcsim.catalog.PowerCatalog.DCDC_HV_TO_54V;
import static org.aidcsim.catalog.PowerCatalog.HVDC_RECTIFIER_240V;
import static org.aidcsim.catalog.PowerCatalog.HVDC_RECTIFIER_336_380V;
import static org.aidcsim.catalog.PowerCatalog.HVDC_RECTIFIER_750V;
import static org.aidcsim.catalog.PowerCatalog.SHELF_ORV3;
import static org.aidcsim.catalog.PowerCatalog.SHELF_TITANIUM;
import static org.aidcsim.catalog.PowerCatalog.SST_MV_TO_800V_DC;
import static org.aidcsim.catalog.PowerCatalog.SWITCHGEAR_MV;
import static org.aidcsim.catalog.PowerCatalog.TRANSFORMER_MV_LV;
import static org.aidcsim.catalog.PowerCatalog.UPS_DOUBLE_CONVERSION;
import static org.aidcsim.catalog.PowerCatalog.UPS_ECO;
import static org.aidcsim.catalog.PowerCatalog.VRM_12V_TO_CORE;
import static org.aidcsim.catalog.PowerCatalog.VRM_54V_TO_CORE;


/**
 * Preset power architectures from the MV grid to the chips. docs/power-architectures.md explains
 * each preset, its stages and the source of every default.
 */
public enum Architecture implements Keyed {
    AC_UPS_DOUBLE_CONVERSION("ac-ups-double-conversion", "MV/LV transformer, double-conversion UPS (2N), 400 V AC, AC shelf"),
    AC_UPS_ECO("ac-ups-eco", "as double conversion, UPS in eco mode (eConversion)"),
    HVDC_240V("hvdc-240v", "MV/LV transformer, 240 V DC rectifiers (N+1), HVDC shelf"),
    HVDC_336V("hvdc-336v", "MV/LV transformer, 336 V DC rectifiers (N+1), HVDC shelf"),
    DC_380V("dc-380v", "MV/LV transformer, 380 V DC rectifiers (N+1), HVDC shelf"),
    HVDC_750V("hvdc-750v", "MV/LV transformer, 750 V DC cabinets (N+1), HV DC/DC shelf"),
    DC_800V_SST("dc-800v-sst", "solid-state transformer MV -> 800 V DC (N+1), HV DC/DC shelf");

    /**
     * Options a scenario may set on a preset.
     *
     * @param redundancy replaces the preset's redundancy for stages of these kinds
     * @param feeder the feeder between the electrical room and the racks
     */
    public record Options(Map<StageKind, Redundancy> redundancy, Feeder feeder, Map<StageKind, StageOverride> overrides) {
        public Options {
            redundancy = Map.copyOf(redundancy);
            overrides = Map.copyOf(overrides);
        }

        public Options(Map<StageKind, Redundancy> redundancy, Feeder feeder) {
            this(redundancy, feeder, Map.of());
        }

        /** Preset defaults. */
        public static Options defaults() {
            return new Options(Map.of(), Feeder.DEFAULT, Map.of());
        }
    }

    /**
     * The feeder from the electrical room to the racks, sized to a voltage drop at design load.
     *
     * @param lengthM route length (m)
     * @param dropFraction resistive voltage drop at design load, fraction
     * @param material conductor metal
     * @param temperatureC conductor temperature assumed for the voltage-drop sizing (°C)
     * @param airC air around the cables, for their current capacity (°C)
     */
    public record Feeder(double lengthM, double dropFraction, ConductorMaterial material, double temperatureC, double airC) {
        /**
         * 60 m route (assumption: electrical room to the middle of a hall), 1 % drop (common
         * practice for large feeders; IEC 60364-5-52 allows more), copper at 60 °C for the drop
         * (assumption: moderately loaded cable, below the 90 °C XLPE limit), cables in air at the
         * 30 °C of IEC 60364-5-52's tables (an air-conditioned electrical room and cable route).
         */
        public static final Feeder DEFAULT = new Feeder(60, 0.01, ConductorMaterial.COPPER, 60, CableAmpacity.REFERENCE_AIR_C);
    }

    /** Power factor of server power supplies with active PFC at mid to full load (80 PLUS requires ≥ 0.9 above 20 %). */
    public static final double AC_POWER_FACTOR = 0.95;

    private final String key;
    private final String summary;

    Architecture(String key, String summary) {
        this.key = key;
        this.summary = summary;
    }

    /** The name used in scenario files. */
    @Override
    public String key() {
        return key;
    }

    public String summary() {
        return summary;
    }

    public static Optional<Architecture> ofKey(String key) {
        return Keyed.ofKey(Architecture.class, key);
    }

    /** Stages from the grid to the chips. */
    public List<StageTemplate> stagesFromGrid(Options o) {
        List<StageTemplate> s = new ArrayList<>();
        if (this != DC_800V_SST) {
            s.add(converter("MV switchgear", StageKind.SWITCHGEAR, SWITCHGEAR_MV, OptionalDouble.empty(), Redundancy.N));
            s.add(converter("MV/LV transformer", StageKind.TRANSFORMER, TRANSFORMER_MV_LV,
                    OptionalDouble.of(UnitRatings.TRANSFORMER_W), Redundancy.N));
        }
        switch (this) {
            case AC_UPS_DOUBLE_CONVERSION, AC_UPS_ECO -> {
                s.add(converter(this == AC_UPS_ECO ? "UPS (eco mode)" : "UPS (double conversion)", StageKind.UPS,
                        this == AC_UPS_ECO ? UPS_ECO : UPS_DOUBLE_CONVERSION, OptionalDouble.of(UnitRatings.UPS_W), Redundancy.TWO_N));
                s.add(feeder("400 V AC feeder", DistributionSystem.AC3, 400, AC_POWER_FACTOR, o.feeder()));
                s.add(rackSupply("AC power shelf -> 54 V", SHELF_ORV3, UnitRatings.SHELF_W));
            }
            case HVDC_240V, HVDC_336V, DC_380V -> {
                double v = this == HVDC_240V ? 240 : this == HVDC_336V ? 336 : 380;
                String volts = (int) v + " V";
                s.add(converter(volts + " DC rectifier", StageKind.RECTIFIER,
                        this == HVDC_240V ? HVDC_RECTIFIER_240V : HVDC_RECTIFIER_336_380V,
                        OptionalDouble.of(UnitRatings.RECTIFIER_W), Redundancy.N_PLUS_1));
                s.add(feeder(volts + " DC feeder", DistributionSystem.DC, v, 1.0, o.feeder()));
                s.add(rackSupply("HVDC power shelf -> 54 V", SHELF_ORV3, UnitRatings.SHELF_W));
            }
            case HVDC_750V -> {
                s.add(converter("750 V DC cabinet", StageKind.RECTIFIER, HVDC_RECTIFIER_750V,
                        OptionalDouble.of(UnitRatings.RECTIFIER_W), Redundancy.N_PLUS_1));
                s.add(feeder("750 V DC feeder", DistributionSystem.DC, 750, 1.0, o.feeder()));
                s.add(StageTemplate.of("750 V -> 54 V DC/DC shelf", StageKind.DCDC, new StageRecipe.Converter(DCDC_HV_TO_54V,
                        OptionalDouble.of(UnitRatings.DCDC_W), Redundancy.N_PLUS_1, OptionalInt.empty())));
            }
            case DC_800V_SST -> {
                s.add(converter("SST 10 kV AC -> 800 V DC", StageKind.SST, SST_MV_TO_800V_DC,
                        OptionalDouble.of(UnitRatings.SST_W), Redundancy.N_PLUS_1));
                s.add(feeder("800 V DC busway", DistributionSystem.DC, 800, 1.0, o.feeder()));
                s.add(StageTemplate.of("800 V -> 54 V DC/DC shelf", StageKind.DCDC, new StageRecipe.Converter(DCDC_HV_TO_54V,
                        OptionalDouble.of(UnitRatings.DCDC_W), Redundancy.N_PLUS_1, OptionalInt.empty())));
            }
            default -> throw new IllegalStateException(key);
        }
        s.add(StageTemplate.of("board regulators -> core voltage", StageKind.VRM, new StageRecipe.BoardRegulators(
                new StageRecipe.Converter(VRM_54V_TO_CORE, OptionalDouble.empty(), Redundancy.N, OptionalInt.empty()),
                new StageRecipe.Converter(VRM_12V_TO_CORE, OptionalDouble.empty(), Redundancy.N, OptionalInt.empty()))));
        return s.stream().map(t -> o.redundancy().containsKey(t.kind()) ? t.withRedundancy(o.redundancy().get(t.kind())) : t)
                .map(t -> o.overrides().containsKey(t.kind()) ? t.withOverride(o.overrides().get(t.kind())) : t).toList();
    }

    private static StageTemplate converter(String name, StageKind kind, LossModel curve, OptionalDouble unitW, Redundancy r) {
        return StageTemplate.of(name, kind, new StageRecipe.Converter(curve, unitW, r, OptionalInt.empty()));
    }

    /**
     * Power shelves on the ORv3 curve, or each server's own supplies where the rack group uses them,
     * on the 80 PLUS Titanium curve their certification sets.
     */
    private static StageTemplate rackSupply(String name, LossModel curve, double unitW) {
        return StageTemplate.of(name, StageKind.SHELF, new StageRecipe.RackSupplyRecipe(new StageRecipe.Converter(curve,
                OptionalDouble.of(unitW), Redundancy.N_PLUS_1, OptionalInt.empty()), SHELF_TITANIUM));
    }

    private static StageTemplate feeder(String name, DistributionSystem system, double voltageV, double pf, Feeder f) {
        return StageTemplate.of(name, StageKind.FEEDER, StageRecipe.Conductor.builder().material(f.material()).system(system)
                .voltageV(voltageV).powerFactor(pf).lengthM(f.lengthM()).dropFraction(f.dropFraction()).parallelRuns(1)
                .temperatureC(f.temperatureC()).airC(f.airC()).busway(name.contains("busway")).build());
    }
}

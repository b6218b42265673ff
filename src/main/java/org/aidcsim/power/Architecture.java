package org.aidcsim.power;

import java.util.List;
import org.aidcsim.catalog.PowerCatalog;

/**
 * Preset power architectures, stages listed from the grid to the rack input. IT power is measured
 * at the rack input, so the rack power shelf and board regulators sit inside the IT load.
 * docs/power-architectures.md explains each preset.
 */
public enum Architecture {
    /** MV/LV transformer → double-conversion UPS → 400 V AC distribution. */
    AC_UPS_DOUBLE_CONVERSION("ac-ups-double-conversion", List.of(
            new StageTemplate("MV/LV transformer", PowerCatalog.TRANSFORMER_MV_LV, HeatSink.OUTDOORS),
            new StageTemplate("double-conversion UPS", PowerCatalog.UPS_DOUBLE_CONVERSION, HeatSink.ELECTRICAL_ROOM_AIR),
            new StageTemplate("400 V AC distribution", PowerCatalog.DISTRIBUTION_1PCT_DROP, HeatSink.WHITE_SPACE_AIR))),
    /** MV/LV transformer → 240 V DC rectifier (battery floats on the bus) → 240 V DC distribution. */
    HVDC_240V("hvdc-240v", List.of(
            new StageTemplate("MV/LV transformer", PowerCatalog.TRANSFORMER_MV_LV, HeatSink.OUTDOORS),
            new StageTemplate("240 V HVDC rectifier", PowerCatalog.HVDC_RECTIFIER_240V, HeatSink.ELECTRICAL_ROOM_AIR),
            new StageTemplate("240 V DC distribution", PowerCatalog.DISTRIBUTION_1PCT_DROP, HeatSink.WHITE_SPACE_AIR))),
    /** Solid-state transformer (MV AC → 800 V DC) → 800 V DC busway. */
    DC_800V_SST("dc-800v-sst", List.of(
            new StageTemplate("SST 10 kV AC -> 800 V DC", PowerCatalog.SST_MV_TO_800V_DC, HeatSink.ELECTRICAL_ROOM_AIR),
            new StageTemplate("800 V DC busway", PowerCatalog.DISTRIBUTION_1PCT_DROP, HeatSink.WHITE_SPACE_AIR)));

    private final String key;
    private final List<StageTemplate> stagesFromGrid;

    Architecture(String key, List<StageTemplate> stagesFromGrid) {
        this.key = key;
        this.stagesFromGrid = stagesFromGrid;
    }

    /** The name used in scenario files. */
    public String key() {
        return key;
    }

    /** Stages from the grid to the rack input. */
    public List<StageTemplate> stagesFromGrid() {
        return stagesFromGrid;
    }
}

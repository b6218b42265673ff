package org.aidcsim.power;

import org.aidcsim.catalog.Keyed;

/** What a power-chain stage is; decides where its loss goes and whether it sits in the rack by default. */
public enum StageKind implements Keyed {
    SWITCHGEAR("switchgear", false, HeatSink.ELECTRICAL_ROOM_AIR),
    TRANSFORMER("transformer", false, HeatSink.OUTDOORS),
    UPS("ups", false, HeatSink.ELECTRICAL_ROOM_AIR),
    RECTIFIER("rectifier", false, HeatSink.ELECTRICAL_ROOM_AIR),
    SST("sst", false, HeatSink.ELECTRICAL_ROOM_AIR),
    FEEDER("feeder", false, HeatSink.WHITE_SPACE_AIR),
    DCDC("dcdc", true, HeatSink.RACK),
    SHELF("shelf", true, HeatSink.RACK),
    VRM("vrm", true, HeatSink.RACK),
    OTHER("other", false, HeatSink.ELECTRICAL_ROOM_AIR);

    private final String key;
    private final boolean inRackByDefault;
    private final HeatSink defaultFacilitySink;

    StageKind(String key, boolean inRackByDefault, HeatSink defaultFacilitySink) {
        this.key = key;
        this.inRackByDefault = inRackByDefault;
        this.defaultFacilitySink = defaultFacilitySink;
    }

    /** The name used in scenario files. */
    @Override
    public String key() {
        return key;
    }

    /** Power shelves, rack DC/DC and board regulators sit inside the rack, behind the IT meter. */
    public boolean inRackByDefault() {
        return inRackByDefault;
    }

    /** Where the loss goes when the stage is not in the rack and the scenario does not say. */
    public HeatSink defaultFacilitySink() {
        return defaultFacilitySink;
    }

    public static java.util.Optional<StageKind> ofKey(String key) {
        return Keyed.ofKey(StageKind.class, key);
    }
}

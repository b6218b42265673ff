package org.aidcsim.power;

import java.util.Optional;
import org.aidcsim.catalog.Keyed;
import org.aidcsim.catalog.PriceItem;

/**
 * What a power-chain stage is, with every trait the rest of the model needs: where its loss goes
 * and whether it sits in the rack by default, what it is priced by, its failure-data type and how
 * a backup battery couples to it. A new kind is one constant here (docs/architecture.md).
 */
public enum StageKind implements Keyed {
    SWITCHGEAR("switchgear", false, HeatSink.ELECTRICAL_ROOM_AIR, PriceItem.SWITCHGEAR_PER_KW, "switchgear", Coupling.PATH),
    TRANSFORMER("transformer", false, HeatSink.OUTDOORS, PriceItem.TRANSFORMER_PER_KW, "transformer", Coupling.PATH),
    UPS("ups", false, HeatSink.ELECTRICAL_ROOM_AIR, PriceItem.UPS_PER_KW, "ups_module", Coupling.UPS),
    RECTIFIER("rectifier", false, HeatSink.ELECTRICAL_ROOM_AIR, PriceItem.RECTIFIER_PER_KW, "rectifier", Coupling.DC_BUS),
    SST("sst", false, HeatSink.ELECTRICAL_ROOM_AIR, PriceItem.SST_PER_KW, "sst", Coupling.DC_BUS),
    FEEDER("feeder", false, HeatSink.WHITE_SPACE_AIR, PriceItem.CONDUCTOR_PER_KG, "feeder", Coupling.PATH),
    DCDC("dcdc", true, HeatSink.RACK, PriceItem.SHELF_PER_KW, null, Coupling.PATH),
    SHELF("shelf", true, HeatSink.RACK, PriceItem.SHELF_PER_KW, null, Coupling.PATH),
    /** Board regulators are part of the servers: no price of their own, no failure data (they fail one server). */
    VRM("vrm", true, HeatSink.RACK, null, null, Coupling.PATH),
    /**
     * A facility stage of no listed kind: unpriced (give its cost elsewhere), and given the failure
     * data of a cable run, the least failure-prone facility equipment, unless the file overrides
     * availability.components.feeder.
     */
    OTHER("other", false, HeatSink.ELECTRICAL_ROOM_AIR, null, "feeder", Coupling.PATH);

    /** Where a backup battery sits relative to a stage of this kind. */
    public enum Coupling {
        /** A stage the power passes through; no storage of its own. */
        PATH,
        /** A UPS: the battery feeds its modules, and a static bypass may feed the load from the source. */
        UPS,
        /** A converter to a DC bus (rectifier, SST): the battery floats on its output bus. */
        DC_BUS
    }

    private final String key;
    private final boolean inRackByDefault;
    private final HeatSink defaultFacilitySink;
    private final PriceItem price;
    private final String reliabilityType;
    private final Coupling coupling;

    StageKind(String key, boolean inRackByDefault, HeatSink defaultFacilitySink, PriceItem price, String reliabilityType,
            Coupling coupling) {
        this.key = key;
        this.inRackByDefault = inRackByDefault;
        this.defaultFacilitySink = defaultFacilitySink;
        this.price = price;
        this.reliabilityType = reliabilityType;
        this.coupling = coupling;
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

    /**
     * What the stage's installed capacity (or, for conductors, its conductor mass) is priced by;
     * empty for kinds that are priced elsewhere, as each constant says.
     */
    public Optional<PriceItem> price() {
        return Optional.ofNullable(price);
    }

    /** The failure-data type of one unit (availability.components); empty for in-rack kinds. */
    public Optional<String> reliabilityType() {
        return Optional.ofNullable(reliabilityType);
    }

    public Coupling coupling() {
        return coupling;
    }

    /** True for cables and busways: a stage that carries power without converting it. */
    public boolean isConductor() {
        return this == FEEDER;
    }

    /** True for the stage that makes the protected bus: a UPS, or a converter to a DC bus. */
    public boolean makesProtectedBus() {
        return coupling != Coupling.PATH;
    }

    public static Optional<StageKind> ofKey(String key) {
        return Keyed.ofKey(StageKind.class, key);
    }
}

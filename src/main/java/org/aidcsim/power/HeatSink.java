package org.aidcsim.power;

import java.util.Optional;
import org.aidcsim.catalog.Keyed;

/** Where a stage's loss ends up as heat, so that the cooling model can take it in. */
public enum HeatSink implements Keyed {
    /** Ventilated outdoor substation or pad-mounted unit: leaves the site without mechanical cooling. */
    OUTDOORS("outdoors"),
    /** Air of an electrical room, cooled by the air plant. */
    ELECTRICAL_ROOM_AIR("electrical_room"),
    /** Air of the white space (busway, PDUs near the racks), cooled by the air plant. */
    WHITE_SPACE_AIR("white_space"),
    /** A liquid-cooled facility-side unit (e.g. a power sidecar on the coolant loop): into the liquid loop. */
    RACK_LIQUID("rack_liquid"),
    /** Inside the rack, behind the IT meter: part of the IT heat, placed as the cooling technology places IT heat. */
    RACK("rack");

    private final String key;

    HeatSink(String key) {
        this.key = key;
    }

    /** The name used in scenario files and reports. */
    @Override
    public String key() {
        return key;
    }

    /** True for heat the air plant must remove besides IT heat. */
    public boolean toAirPlant() {
        return this == ELECTRICAL_ROOM_AIR || this == WHITE_SPACE_AIR;
    }

    public static Optional<HeatSink> ofKey(String key) {
        return Keyed.ofKey(HeatSink.class, key);
    }
}

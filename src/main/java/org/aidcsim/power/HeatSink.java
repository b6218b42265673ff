package org.aidcsim.power;

/** Where a stage's loss ends up as heat, so that the cooling model can take it in. */
public enum HeatSink {
    /** Ventilated outdoor substation or pad-mounted unit: leaves the site without mechanical cooling. */
    OUTDOORS("outdoors"),
    /** Air of an electrical room, cooled by the air plant. */
    ELECTRICAL_ROOM_AIR("electrical_room"),
    /** Air of the white space (busway, PDUs near the racks), cooled by the air plant. */
    WHITE_SPACE_AIR("white_space");

    private final String key;

    HeatSink(String key) {
        this.key = key;
    }

    /** The name used in scenario files and reports. */
    public String key() {
        return key;
    }

    /** True when the cooling plant must remove this heat. */
    public boolean cooledByAirPlant() {
        return this != OUTDOORS;
    }
}

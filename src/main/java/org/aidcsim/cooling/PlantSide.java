package org.aidcsim.cooling;

/**
 * Where heat enters the plant: room air (IT heat not captured, power losses and support loads in
 * cooled spaces) or the liquid loop (captured IT heat, losses of liquid-cooled converters). Every
 * component lies downstream of one of them; the air and liquid sides report their chiller hours and
 * free cooling apart.
 */
public enum PlantSide {
    /** Heat released into cooled air. */
    AIR("room_air"),
    /** Heat released into the technology cooling loop. */
    LIQUID("rack_liquid");

    private final String key;

    PlantSide(String key) {
        this.key = key;
    }

    /** The name a scenario's plant uses for this inlet. */
    public String key() {
        return key;
    }
}

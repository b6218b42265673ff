package org.aidcsim.cooling;

/**
 * What one figure a plant component writes each step means, so that the plant can add up every
 * component's fans, pumps, chillers, water and heat without knowing the components: a new component
 * type declares its figures and is counted.
 */
public enum PlantFigure {
    /** Fan electric power (W). */
    FAN_W(true),
    /** Pump electric power (W). */
    PUMP_W(true),
    /** Chiller compressor power, air-cooled condenser fans included (W). */
    CHILLER_W(true),
    /** Heat on a chiller's evaporator (W). */
    CHILLER_LOAD_W(false),
    /** Make-up water: evaporation and blowdown (kg/s). */
    WATER_KG_PER_S(false),
    /** Heat leaving to the outdoors (W). */
    HEAT_REJECTED_W(false),
    /** Heat handed to a heat user outside the site: the reuse energy of ERF and ERE (W). */
    HEAT_EXPORTED_W(false),
    /** Heat the user receives, its heat pump's work included (W). */
    HEAT_DELIVERED_W(false),
    /** Electricity of the user's heat pump, outside the facility power (W). */
    HEAT_PUMP_W(false),
    /**
     * Share of a loop's load carried by its economizer, or of the air heat by outdoor air, in [0, 1].
     * A side's reported free fraction combines them in flow order, each a share of what the ones
     * before passed on: an airside economizer or evaporative handler, then the chilled water's
     * economizer.
     */
    FREE_FRACTION(false),
    /** Heat sent down the component's second outlet (W): a split such as a rear door taking part of the air heat. */
    DIVERTED_W(false),
    /** A state of the component reported as it is (a speed, a temperature); not added to any total. */
    STATE(false);

    private final boolean electric;

    PlantFigure(boolean electric) {
        this.electric = electric;
    }

    /** True for electricity the facility draws: part of the cooling power and of the PUE. */
    public boolean electric() {
        return electric;
    }
}

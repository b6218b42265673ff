package org.aidcsim.thermal;

/**
 * A cooling load in an outage: what it draws, what feeds it and how it comes back.
 *
 * @param name the plant component's name (cdu_pumps, facility_water_pump, crah_fans, chilled_water_pump, chilled_water,
 *        facility_water)
 * @param role what its stop does to the heat paths
 * @param powerW electric power at design (W): what the UPS carries when it is fed from there
 * @param feed the bus it is fed from
 * @param restartDelayS time from its bus coming back to its restart (s): controls and soft starters for pumps and fans,
 *        the restart sequence of a chiller
 * @param rampS time from restart to full duty (s)
 */
public record CoolingLoad(String name, Role role, double powerW, Feed feed, double restartDelayS, double rampS) {
    /** What a load does for the heat paths. */
    public enum Role {
        /** Moves coolant between the cold plates and the CDUs. */
        COOLANT_PUMPS,
        /** Moves facility water between the CDUs and the liquid loop's heat rejection. */
        FACILITY_PUMPS,
        /** The liquid loop's chillers, dry coolers or towers. */
        LIQUID_REJECTION,
        /** Moves room air through the coils. */
        ROOM_FANS,
        /** Moves chilled water between the coils and the air side's chillers. */
        CHILLED_WATER_PUMPS,
        /** The air side's chillers, dry coolers or towers. */
        AIR_REJECTION
    }

    public CoolingLoad {
        if (!(powerW >= 0 && restartDelayS >= 0 && rampS >= 0)) {
            throw new IllegalArgumentException("invalid cooling load " + name);
        }
    }

    /** The same load fed from another bus. */
    public CoolingLoad fedFrom(Feed other) {
        return new CoolingLoad(name, role, powerW, other, restartDelayS, rampS);
    }
}

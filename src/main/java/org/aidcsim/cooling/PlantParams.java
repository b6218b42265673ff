package org.aidcsim.cooling;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The plant as a scenario spells it out beyond its technology's default topology: how each named
 * pump is controlled, each named fan's minimum speed, and components added after a named one.
 *
 * @param pumps settings by pump name ({@code chilled_water_pump}, {@code cdu_pumps}, {@code facility_water_pump})
 * @param fanMinSpeedFractions minimum speed by fan name ({@code crah_fans}, and the heat rejection's
 *        fans by loop: {@code chilled_water}, {@code facility_water})
 * @param added components added to the default topology, in the order the file gives them
 */
public record PlantParams(Map<String, PumpSettings> pumps, Map<String, Double> fanMinSpeedFractions, List<AddedComponent> added) {
    /** Today's plant: every pump follows the load, every fan the heat rejection's minimum speed, nothing added. */
    public static final PlantParams DEFAULT = new PlantParams(Map.of(), Map.of(), List.of());

    public PlantParams {
        pumps = Map.copyOf(pumps);
        fanMinSpeedFractions = Map.copyOf(fanMinSpeedFractions);
        added = List.copyOf(added);
    }

    /**
     * How one pump runs.
     *
     * @param control its control law
     * @param minFlowFraction its lowest flow as a fraction of design; empty for the heat rejection's minimum speed
     */
    public record PumpSettings(PumpControl control, OptionalDouble minFlowFraction) {
    }

    /**
     * A component the file adds.
     *
     * @param type its type
     * @param name its name, unique in the plant
     * @param after the component it follows in the flow of heat
     * @param sizer sizes it on the heat that reaches it at design
     */
    public record AddedComponent(PlantComponentType type, String name, String after, Sizer sizer) {
    }

    /** Sizes an added component where it stands. */
    @FunctionalInterface
    public interface Sizer {
        PlantComponent size(PlantContext at);
    }
}

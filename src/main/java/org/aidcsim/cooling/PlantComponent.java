package org.aidcsim.cooling;

import java.util.List;
import java.util.Optional;

/**
 * A node of the plant's heat-flow graph: it takes the heat that reaches it, draws electricity (which
 * becomes heat in the stream it moves or outdoors), and passes heat on, rejects it, or hands it to a
 * heat user. The hourly step calls {@link #step} once per component in flow order; a component
 * keeps no state between calls and writes its figures into the step's array, so the step allocates
 * nothing and a sized plant may run on several threads at once.
 *
 * <p>Sizing is the same walk at design: {@link #designHeatOutW} says what leaves the component when
 * the design heat arrives, so the next component is sized on it.
 */
public interface PlantComponent {
    /** The component's name, unique in its plant (what a scenario's plant and summary.json call it). */
    String name();

    /** Its type's key, as a scenario names it ({@code pump}, {@code fan}, …). */
    String type();

    /** The meaning of each figure it writes, in order; the array's length is the number of figures. */
    List<PlantFigure> figures();

    /**
     * One step.
     *
     * @param heatInW heat arriving from upstream (W)
     * @param outdoor this step's weather
     * @param out the step's figures; this component's start at {@code at}, in the order of {@link #figures};
     *        it writes every one of them every step
     * @param at index of its first figure
     * @return heat passed to the next component (W), without any heat it diverts to its second
     *        outlet ({@link PlantFigure#DIVERTED_W}); 0 for a component that rejects all it receives
     */
    double step(double heatInW, Outdoor outdoor, double[] out, int at);

    /** Heat leaving to the next component when {@code designHeatInW} arrives at design (W). */
    double designHeatOutW(double designHeatInW);

    /** Electric power at design (W), for sizing reports. */
    double designPowerW();

    /**
     * True when its figures depend on the wet bulb (an evaporative tower), not only on the dry bulb
     * and dew point: hours are then told apart by wet bulb too when figures are reused.
     */
    default boolean usesWetBulb() {
        return false;
    }

    /** How it is controlled, as a scenario names it, when that is a choice (a pump's control law). */
    default Optional<String> control() {
        return Optional.empty();
    }

    /** The outdoor conditions of one step: a holder the plant refills every step, so that stepping allocates nothing. */
    final class Outdoor {
        /** Dry bulb (°C). */
        public double dryBulbC;
        /** Wet bulb (°C). */
        public double wetBulbC;
        /** Dew point (°C). */
        public double dewPointC;
    }
}

package org.aidcsim.thermal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleFunction;

/**
 * What a designer asks of a ride-through that crossed a limit: how big a buffer tank, or which
 * cooling loads on the UPS, would have kept every limit. Each answer is a search over runs of the
 * same outage: bisection on the tank's volume (a larger tank never warms faster), and the loads put
 * on the UPS one at a time in the order the heat meets them (coolant pumps first).
 */
public final class RideThroughAnswers {
    /** The largest tank searched (m³): beyond it a tank is a reservoir, not a buffer. */
    public static final double MAX_TANK_M3 = 10_000;
    /** Bisection ends within this share of the volume, or 0.1 m³. */
    private static final double TANK_TOLERANCE = 0.01;

    /**
     * The answers.
     *
     * @param smallestTankM3 the smallest tank that keeps every limit with the loads fed as the file says; empty when no
     *        tank up to {@link #MAX_TANK_M3} does (its pumps stop, or the heat outlasts any buffer)
     * @param upsLoads the fewest loads, in search order, that keep every limit on the UPS with the file's tank; empty when
     *        putting every pump and fan on the UPS does not
     * @param upsLoadsW their power (W): what the UPS carries beside the IT
     * @param upsEnergyJ what the battery gives them until their bus would be back (J)
     * @param smallestTankWithPumpsOnUpsM3 the smallest tank that keeps every limit with every pump on the UPS; empty as above
     * @param firstLimitWithPumpsOnUps the first limit crossed with every pump and fan on the UPS and the file's tank, and
     *        when: the seconds a flow loss gives against the minutes the chillers' restart gives; empty when none is crossed
     */
    public record Answers(Optional<Double> smallestTankM3, Optional<List<String>> upsLoads, double upsLoadsW, double upsEnergyJ,
            Optional<Double> smallestTankWithPumpsOnUpsM3, Optional<RideThrough.Crossing> firstLimitWithPumpsOnUps) {
    }

    private RideThroughAnswers() {
    }

    /**
     * @param run the same outage with other feeds or another tank
     * @param loads the loads as the file feeds them
     * @param tankM3 the file's tank
     * @param busDownS how long the generator bus is down in the outage (s): what the battery carries loads moved to the UPS for
     */
    public static Answers search(Runner run, List<CoolingLoad> loads, double tankM3, double busDownS) {
        Optional<Double> tank = smallestTank(m3 -> run.holds(loads, m3));
        List<CoolingLoad> moved = new ArrayList<>(loads);
        List<String> onUps = new ArrayList<>(loads.stream().filter(l -> l.feed() == Feed.UPS).map(CoolingLoad::name).toList());
        Optional<List<String>> upsSet = Optional.empty();
        if (run.holds(moved, tankM3)) {
            upsSet = Optional.of(List.copyOf(onUps));
        } else {
            for (CoolingLoad.Role role : SEARCH_ORDER) {
                for (int i = 0; i < moved.size(); i++) {
                    if (moved.get(i).role() == role && moved.get(i).feed() != Feed.UPS) {
                        moved.set(i, moved.get(i).fedFrom(Feed.UPS));
                        onUps.add(moved.get(i).name());
                    }
                }
                if (run.holds(moved, tankM3)) {
                    upsSet = Optional.of(List.copyOf(onUps));
                    break;
                }
            }
        }
        List<String> chosen = upsSet.orElse(List.of());
        double upsW = moved.stream().filter(l -> chosen.contains(l.name())).mapToDouble(CoolingLoad::powerW).sum();
        List<CoolingLoad> pumpsOnUps = loads.stream().map(l -> SEARCH_ORDER.contains(l.role()) ? l.fedFrom(Feed.UPS) : l).toList();
        Optional<Double> tankWithPumps = smallestTank(m3 -> run.holds(pumpsOnUps, m3));
        return new Answers(tank, upsSet, upsW, upsW * busDownS, tankWithPumps, run.firstCrossing(pumpsOnUps, tankM3));
    }

    /** The roles a search may put on the UPS, in the order the heat meets them; chillers stay on the generator bus. */
    private static final List<CoolingLoad.Role> SEARCH_ORDER = List.of(CoolingLoad.Role.COOLANT_PUMPS, CoolingLoad.Role.FACILITY_PUMPS,
            CoolingLoad.Role.ROOM_FANS, CoolingLoad.Role.CHILLED_WATER_PUMPS);

    /** Bisection on the tank: none if the largest does not hold, 0 if no tank is needed. */
    static Optional<Double> smallestTank(DoubleFunction<Boolean> holds) {
        if (holds.apply(0.0)) {
            return Optional.of(0.0);
        }
        if (!holds.apply(MAX_TANK_M3)) {
            return Optional.empty();
        }
        double lo = 0;
        double hi = MAX_TANK_M3;
        while (hi - lo > Math.max(0.1, TANK_TOLERANCE * hi)) {
            double mid = 0.5 * (lo + hi);
            if (holds.apply(mid)) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return Optional.of(hi);
    }

    /** Runs the same outage with other feeds or another tank. */
    @FunctionalInterface
    public interface Runner {
        /** The first limit the ride-through with {@code loads} and a tank of {@code tankM3} crosses; empty when it keeps every one. */
        Optional<RideThrough.Crossing> firstCrossing(List<CoolingLoad> loads, double tankM3);

        /** True when the ride-through with {@code loads} and a tank of {@code tankM3} keeps every limit. */
        default boolean holds(List<CoolingLoad> loads, double tankM3) {
            return firstCrossing(loads, tankM3).isEmpty();
        }
    }
}

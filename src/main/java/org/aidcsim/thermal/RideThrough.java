package org.aidcsim.thermal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The hall's temperatures through a transient window, by explicit integration of its lumped
 * masses: C·dT/dt = heat in − heat out at each mass, with every exchange computed once a substep
 * and taken from one mass and given to the other, so that energy is conserved to rounding. The
 * substep is a hundredth of the shortest time constant C/G of the network (and at most the row of
 * the electrical series), where explicit Euler stays stable and within 1 % of the exact exponential.
 * <p>
 * Paths: the chips heat their plates; the plates give heat to the coolant through the plate-to-inlet
 * conductance, which follows the coolant flow as flow^0.8 (the Dittus–Boelter film coefficient,
 * Incropera et al., eq. 8.60) and vanishes with no flow, when the plates and the coolant held in
 * them heat alone; the CDUs pass it to the facility water while both their pumps run; the loop's
 * rejection removes it as a controller would: the heat arriving plus the water's excess over the
 * setpoint within {@link #CONTROL_TIME_CONSTANT_S}, up to the capacity running. The room air trades
 * heat with the racks' and building's mass and gives it to the chilled water through the coils
 * while their fans and pumps run.
 */
public final class RideThrough {
    /** Time the rejection controllers take to pull their water back to the setpoint (s); an assumption of a PI loop. */
    public static final double CONTROL_TIME_CONSTANT_S = 60.0;
    /**
     * Substeps in the network's shortest time constant: explicit Euler's relative error after a time
     * t is about t·dt/(2τ²), under 1 % over three time constants at a hundred.
     */
    private static final int STEPS_PER_TIME_CONSTANT = 100;
    private static final int PLATE = 0;
    private static final int COOLANT = 1;
    private static final int FACILITY = 2;
    private static final int ROOM = 3;
    private static final int MASS = 4;
    private static final int CHILLED = 5;
    private static final int NODES = 6;

    /** A limit crossed: which, at what temperature, when (s from the window's start). */
    public record Crossing(String limit, double limitC, double atS) {
    }

    /**
     * A run.
     *
     * @param timeS start of each row (s)
     * @param chipCaseC the hottest chip's case at the end of each row (°C); NaN without a chip
     * @param coolantC coolant supply (°C); NaN without a liquid loop
     * @param facilityC facility water (°C); NaN without a liquid loop
     * @param roomC room air, what the IT takes in (°C)
     * @param chilledC chilled water (°C)
     * @param crossings the limits crossed, first crossing of each, in time order
     * @param heatInJ IT heat put into the masses over the window (J)
     * @param rejectedJ heat the rejection took out (J)
     * @param storedJ heat the masses gained, Σ C·ΔT (J)
     * @param shutdownS when the IT was shut down at a limit (s), NaN when it was not
     */
    public record Run(double[] timeS, double[] chipCaseC, double[] coolantC, double[] facilityC, double[] roomC, double[] chilledC,
            List<Crossing> crossings, double heatInJ, double rejectedJ, double storedJ, double shutdownS) {
        /** True when no limit was crossed. */
        public boolean holds() {
            return crossings.isEmpty();
        }

        /** When {@code limit} was first crossed (s), or NaN. */
        public double firstS(String limit) {
            return crossings.stream().filter(c -> c.limit().equals(limit)).mapToDouble(Crossing::atS).findFirst().orElse(Double.NaN);
        }
    }

    /** The limits a run watches. */
    public static final String CHIP_CASE = "chip case";
    public static final String COOLANT_SUPPLY = "coolant supply";
    public static final String SERVER_INLET_AIR = "server inlet air";

    /** Most substeps one run may take: the searches run it some thirty times. */
    public static final long MAX_SUBSTEPS = 2_000_000;

    private RideThrough() {
    }

    /** Substeps a run of {@code rows} rows of {@code rowS} takes on {@code hall} with a tank of {@code tankJPerK}. */
    public static long substeps(ThermalHall hall, double tankJPerK, double rowS, int rows) {
        Network n = new Network(hall, tankJPerK, 0.0);
        return rows * (long) Math.max(1, Math.ceil(rowS / n.maxStepS()));
    }

    /** The network's shortest time constant C/G (s). */
    public static double shortestTimeConstantS(ThermalHall hall) {
        return new Network(hall, 0.0, 0.0).maxStepS() * STEPS_PER_TIME_CONSTANT;
    }

    /**
     * @param hall the masses and paths at design
     * @param tankJPerK heat capacity of the buffer tanks (J/K), split between the liquid loop's facility water and the
     *        air side's chilled water in proportion to their design heats
     * @param loads the cooling loads, each with its feed
     * @param buses when each bus has power
     * @param rowS length of a row of the electrical series (s)
     * @param itPowerW the IT load served in each row (W): the heat the IT makes
     * @param shutdownAtLimit true to stop the IT's heat from the first limit crossed (a declared outcome)
     */
    public static Run run(ThermalHall hall, double tankJPerK, List<CoolingLoad> loads, BusTimeline buses, double rowS,
            double[] itPowerW, boolean shutdownAtLimit) {
        Network n = new Network(hall, tankJPerK, itPowerW.length > 0 ? itPowerW[0] : 0.0);
        int rows = itPowerW.length;
        double[] timeS = new double[rows];
        double[] chip = new double[rows];
        double[] coolant = new double[rows];
        double[] facility = new double[rows];
        double[] room = new double[rows];
        double[] chilled = new double[rows];
        List<Crossing> crossings = new ArrayList<>();
        double[] since = new double[loads.size()];
        Arrays.fill(since, Double.NEGATIVE_INFINITY);
        double[] duty = new double[CoolingLoad.Role.values().length];
        int substeps = (int) Math.max(1, Math.ceil(rowS / n.maxStepS()));
        double dt = rowS / substeps;
        double heatInJ = 0;
        double rejectedJ = 0;
        double initialJ = n.heldJ();
        double shutdownS = Double.NaN;
        for (int r = 0; r < rows; r++) {
            double t0 = r * rowS;
            timeS[r] = t0;
            double itW = Double.isNaN(shutdownS) ? itPowerW[r] : 0.0;
            for (int k = 0; k < substeps; k++) {
                double t = t0 + k * dt;
                dutiesAt(loads, buses, t, since, duty);
                double[] flows = n.step(itW, duty, dt);
                heatInJ += flows[0];
                rejectedJ += flows[1];
            }
            chip[r] = n.chipCaseC(itW);
            coolant[r] = n.temperature(COOLANT);
            facility[r] = n.temperature(FACILITY);
            room[r] = n.temperature(ROOM);
            chilled[r] = n.temperature(CHILLED);
            double end = t0 + rowS;
            watch(crossings, CHIP_CASE, hall.liquid().flatMap(ThermalHall.Liquid::chip).map(ThermalHall.Chip::caseLimitC), chip[r], end);
            watch(crossings, COOLANT_SUPPLY, hall.liquid().map(ThermalHall.Liquid::coolantSupplyLimitC), coolant[r], end);
            watch(crossings, SERVER_INLET_AIR, Optional.of(hall.air().inletLimitC()), room[r], end);
            if (shutdownAtLimit && Double.isNaN(shutdownS) && !crossings.isEmpty()) {
                shutdownS = crossings.get(0).atS();
            }
        }
        boolean liquid = hall.liquid().isPresent();
        return new Run(timeS, chip, liquid ? coolant : nan(rows), liquid ? facility : nan(rows), room, chilled, List.copyOf(crossings),
                heatInJ, rejectedJ, n.heldJ() - initialJ, shutdownS);
    }

    private static double[] nan(int rows) {
        double[] out = new double[rows];
        Arrays.fill(out, Double.NaN);
        return out;
    }

    private static void watch(List<Crossing> crossings, String limit, Optional<Double> limitC, double valueC, double atS) {
        if (limitC.isPresent() && Double.isFinite(limitC.get()) && valueC > limitC.get()
                && crossings.stream().noneMatch(c -> c.limit().equals(limit))) {
            crossings.add(new Crossing(limit, limitC.get(), atS));
        }
    }

    /** The duty of each role at {@code t}: the smallest duty of the loads that play it (all of them are needed). */
    private static void dutiesAt(List<CoolingLoad> loads, BusTimeline buses, double t, double[] since, double[] duty) {
        Arrays.fill(duty, 1.0);
        for (int i = 0; i < loads.size(); i++) {
            CoolingLoad load = loads.get(i);
            boolean up = buses.up(load.feed(), t);
            if (!up) {
                since[i] = Double.NaN;
            } else if (Double.isNaN(since[i])) {
                since[i] = t;
            }
            double d = up ? buses.duty(load, t, since[i]) : 0.0;
            int role = load.role().ordinal();
            duty[role] = Math.min(duty[role], d);
        }
    }

    /** The masses and their exchanges. */
    private static final class Network {
        private final ThermalHall hall;
        private final double[] capacity = new double[NODES];
        private final double[] temp = new double[NODES];
        private final boolean liquid;
        private final double[] out = new double[2];

        Network(ThermalHall hall, double tankJPerK, double initialItW) {
            this.hall = hall;
            this.liquid = hall.liquid().isPresent();
            ThermalHall.Air a = hall.air();
            // the steady state of the sized plant with the IT at its first load: each water at its setpoint, every mass
            // above it by the heat it passes over its conductance (the design state at the design load)
            double load = hall.itDesignW() > 0 ? initialItW / hall.itDesignW() : 0.0;
            if (liquid) {
                ThermalHall.Liquid l = hall.liquid().get();
                capacity[PLATE] = l.plateCapacityJPerK();
                capacity[COOLANT] = l.coolantCapacityJPerK();
                capacity[FACILITY] = l.facilityCapacityJPerK() + tankJPerK * liquidShare(hall);
                temp[FACILITY] = l.facilitySupplyC();
                temp[COOLANT] = temp[FACILITY] + load * l.designHeatW() / l.cduConductanceWPerK();
                temp[PLATE] = temp[COOLANT] + load * l.designHeatW() / l.plateConductanceWPerK();
            }
            capacity[ROOM] = a.airCapacityJPerK();
            capacity[MASS] = a.massCapacityJPerK();
            capacity[CHILLED] = a.chilledWaterCapacityJPerK() + tankJPerK * (1 - liquidShare(hall));
            temp[CHILLED] = a.chilledWaterSupplyC();
            double coilRiseK = a.coilConductanceWPerK() > 0 ? load * a.designHeatW() / a.coilConductanceWPerK() : 0.0;
            temp[ROOM] = a.chilledWaterSupplyC() + coilRiseK;
            temp[MASS] = temp[ROOM];
        }

        /** The tank's share on the facility water: the liquid loop's share of the design heat; the rest is on the chilled water. */
        private static double liquidShare(ThermalHall hall) {
            double liquidW = hall.liquid().map(ThermalHall.Liquid::designHeatW).orElse(0.0);
            double total = liquidW + hall.air().designHeatW();
            return total > 0 ? liquidW / total : 0.0;
        }

        double temperature(int node) {
            return temp[node];
        }

        /** Σ C·T over the masses (J, from 0 °C): what changes by heat in − heat out. */
        double heldJ() {
            double sum = 0;
            for (int i = 0; i < NODES; i++) {
                sum += capacity[i] * temp[i];
            }
            return sum;
        }

        /** A hundredth of the shortest time constant C/G (s). */
        double maxStepS() {
            double tau = Double.POSITIVE_INFINITY;
            ThermalHall.Air a = hall.air();
            if (liquid) {
                ThermalHall.Liquid l = hall.liquid().get();
                tau = Math.min(tau, l.plateCapacityJPerK() / l.plateConductanceWPerK());
                tau = Math.min(tau, l.coolantCapacityJPerK() / (l.plateConductanceWPerK() + l.cduConductanceWPerK()));
                tau = Math.min(tau, capacity[FACILITY] / (l.cduConductanceWPerK() + capacity[FACILITY] / CONTROL_TIME_CONSTANT_S));
            }
            tau = Math.min(tau, a.airCapacityJPerK() / ((a.massCapacityJPerK() > 0 ? a.massConductanceWPerK() : 0.0)
                    + a.coilConductanceWPerK()));
            if (a.massCapacityJPerK() > 0 && a.massConductanceWPerK() > 0) {
                tau = Math.min(tau, a.massCapacityJPerK() / a.massConductanceWPerK());
            }
            tau = Math.min(tau, capacity[CHILLED] / (a.coilConductanceWPerK() + capacity[CHILLED] / CONTROL_TIME_CONSTANT_S));
            return tau / STEPS_PER_TIME_CONSTANT;
        }

        double chipCaseC(double itW) {
            if (!liquid || hall.liquid().get().chip().isEmpty()) {
                return Double.NaN;
            }
            ThermalHall.Chip c = hall.liquid().get().chip().get();
            return temp[PLATE] + c.powerW() * (itW / hall.itDesignW()) * c.conductiveKPerW();
        }

        /**
         * One substep; returns {heat in, heat rejected} over it (J). Every exchange is computed from
         * the temperatures at the substep's start, then applied to both its masses.
         */
        double[] step(double itW, double[] duty, double dt) {
            double load = hall.itDesignW() > 0 ? itW / hall.itDesignW() : 0.0;
            ThermalHall.Air a = hall.air();
            double[] dq = new double[NODES];
            double inW = 0;
            double rejectedW = 0;
            if (liquid) {
                ThermalHall.Liquid l = hall.liquid().get();
                double qIn = l.designHeatW() * load;
                double flow = duty[CoolingLoad.Role.COOLANT_PUMPS.ordinal()];
                double plate = l.plateConductanceWPerK() * Math.pow(flow, 0.8) * (temp[PLATE] - temp[COOLANT]);
                double facilityFlow = duty[CoolingLoad.Role.FACILITY_PUMPS.ordinal()];
                double cdu = l.cduConductanceWPerK() * Math.min(flow, facilityFlow) * (temp[COOLANT] - temp[FACILITY]);
                double capacityW = l.rejectionCapacityW() * Math.min(duty[CoolingLoad.Role.LIQUID_REJECTION.ordinal()], facilityFlow);
                double rejection = controlled(cdu, capacity[FACILITY], temp[FACILITY] - l.facilitySupplyC(), capacityW);
                dq[PLATE] = qIn - plate;
                dq[COOLANT] = plate - cdu;
                dq[FACILITY] = cdu - rejection;
                inW += qIn;
                rejectedW += rejection;
            }
            double qAir = a.designHeatW() * load;
            double mass = capacity[MASS] > 0 ? a.massConductanceWPerK() * (temp[ROOM] - temp[MASS]) : 0.0;
            double waterFlow = duty[CoolingLoad.Role.CHILLED_WATER_PUMPS.ordinal()];
            double coil = a.coilConductanceWPerK() * Math.min(duty[CoolingLoad.Role.ROOM_FANS.ordinal()], waterFlow)
                    * (temp[ROOM] - temp[CHILLED]);
            double capacityW = a.rejectionCapacityW() * Math.min(duty[CoolingLoad.Role.AIR_REJECTION.ordinal()], waterFlow);
            double rejection = controlled(coil, capacity[CHILLED], temp[CHILLED] - a.chilledWaterSupplyC(), capacityW);
            dq[ROOM] = qAir - mass - coil;
            dq[MASS] = mass;
            dq[CHILLED] = coil - rejection;
            inW += qAir;
            rejectedW += rejection;
            for (int i = 0; i < NODES; i++) {
                if (capacity[i] > 0) {
                    temp[i] += dq[i] * dt / capacity[i];
                }
            }
            out[0] = inW * dt;
            out[1] = rejectedW * dt;
            return out;
        }

        /** A rejection under control: the heat arriving plus the excess over the setpoint within the control time, 0 to capacity. */
        private static double controlled(double arrivingW, double capacityJPerK, double excessK, double capacityW) {
            double wanted = arrivingW + capacityJPerK * excessK / CONTROL_TIME_CONSTANT_S;
            return Math.max(0.0, Math.min(capacityW, wanted));
        }
    }
}

package org.aidcsim.cooling;

/**
 * What the cooling plant does in one step: the plant's totals, then every component's figures in
 * the order its {@link PlantGraph} lays them out. One array, reused every step so that the annual
 * loop allocates nothing, and saved or restored whole (an hour whose inputs recur keeps its
 * figures): a new component needs no change here. Read it before the next step overwrites it.
 */
public final class CoolingStep {
    /** The plant's totals, at the head of the array, each the sum of its components' figures of one meaning. */
    public enum Total {
        /** Heat the air path must remove: IT heat not captured, power losses and misc loads (W). */
        HEAT_TO_AIR_W,
        /** Heat into the liquid loop: captured IT heat and liquid-cooled power losses (W). */
        HEAT_TO_LIQUID_W,
        /** All fans (W). */
        FANS_W,
        /** All pumps (W). */
        PUMPS_W,
        /** All chiller compressors (W). */
        CHILLERS_W,
        /** Heat on the chillers' evaporators (W). */
        CHILLER_LOAD_W,
        /** Site water: evaporation and blowdown (kg/s). */
        WATER_KG_PER_S,
        /** Heat leaving to the outdoors (W). */
        HEAT_REJECTED_W,
        /** Heat leaving to a heat user: the reuse energy of ERF and ERE (W). */
        HEAT_EXPORTED_W,
        /** Heat the user receives, its heat pump's work included (W). */
        HEAT_DELIVERED_W,
        /** Electricity of the user's heat pump, outside the facility power (W). */
        HEAT_PUMP_W,
        /** Chillers on the air side (W). */
        AIR_CHILLERS_W,
        /** Chillers on the liquid side (W). */
        LIQUID_CHILLERS_W,
        /** Economizer share of the air side's last water loop, in [0, 1]. */
        AIR_FREE_FRACTION,
        /** Economizer share of the liquid side's last water loop, in [0, 1]. */
        LIQUID_FREE_FRACTION;

        /** The total a component figure adds to; null for a figure no total sums (a fraction, a state). */
        static Total of(PlantFigure f) {
            return switch (f) {
                case FAN_W -> FANS_W;
                case PUMP_W -> PUMPS_W;
                case CHILLER_W -> CHILLERS_W;
                case CHILLER_LOAD_W -> CHILLER_LOAD_W;
                case WATER_KG_PER_S -> WATER_KG_PER_S;
                case HEAT_REJECTED_W -> HEAT_REJECTED_W;
                case HEAT_EXPORTED_W -> HEAT_EXPORTED_W;
                case HEAT_DELIVERED_W -> HEAT_DELIVERED_W;
                case HEAT_PUMP_W -> HEAT_PUMP_W;
                case FREE_FRACTION, DIVERTED_W, STATE -> null;
            };
        }

        static Total chillers(PlantSide side) {
            return side == PlantSide.AIR ? AIR_CHILLERS_W : LIQUID_CHILLERS_W;
        }

        static Total freeFraction(PlantSide side) {
            return side == PlantSide.AIR ? AIR_FREE_FRACTION : LIQUID_FREE_FRACTION;
        }
    }

    /*
     * The totals' places as constants (an enum's ordinal is a memory load for the compiler, a
     * constant is not): for the accessors below and the unrolled default plant, which writes the
     * totals from its components' figures. Checked against Total's order when the class loads.
     */
    static final int HEAT_TO_AIR = 0;
    static final int HEAT_TO_LIQUID = 1;
    static final int FANS = 2;
    static final int PUMPS = 3;
    static final int CHILLERS = 4;
    static final int CHILLER_LOAD = 5;
    static final int WATER = 6;
    static final int REJECTED = 7;
    static final int EXPORTED = 8;
    static final int DELIVERED = 9;
    static final int HEAT_PUMP = 10;
    static final int AIR_CHILLERS = 11;
    static final int LIQUID_CHILLERS = 12;
    static final int AIR_FREE = 13;
    static final int LIQUID_FREE = 14;

    static {
        if (Total.HEAT_TO_AIR_W.ordinal() != HEAT_TO_AIR || Total.HEAT_TO_LIQUID_W.ordinal() != HEAT_TO_LIQUID
                || Total.AIR_FREE_FRACTION.ordinal() != AIR_FREE || Total.LIQUID_FREE_FRACTION.ordinal() != LIQUID_FREE
                || Total.FANS_W.ordinal() != FANS || Total.PUMPS_W.ordinal() != PUMPS || Total.CHILLERS_W.ordinal() != CHILLERS
                || Total.CHILLER_LOAD_W.ordinal() != CHILLER_LOAD || Total.WATER_KG_PER_S.ordinal() != WATER
                || Total.HEAT_REJECTED_W.ordinal() != REJECTED || Total.HEAT_EXPORTED_W.ordinal() != EXPORTED
                || Total.HEAT_DELIVERED_W.ordinal() != DELIVERED || Total.HEAT_PUMP_W.ordinal() != HEAT_PUMP
                || Total.AIR_CHILLERS_W.ordinal() != AIR_CHILLERS || Total.LIQUID_CHILLERS_W.ordinal() != LIQUID_CHILLERS) {
            throw new AssertionError("CoolingStep's constants do not follow Total");
        }
    }

    private double[] v = new double[Total.values().length];
    /** The step's weather, refilled by the plant. */
    final PlantComponent.Outdoor outdoor = new PlantComponent.Outdoor();

    /** The array, grown to {@code size} doubles the first time a plant steps into it. */
    double[] sizedFor(int size) {
        if (v.length != size) {
            v = new double[size];
        }
        return v;
    }

    /** A total of this step. */
    public double total(Total t) {
        return v[t.ordinal()];
    }

    /** Figure {@code index} of the step: a component's, at its {@link PlantGraph#figuresAt} plus its place. */
    public double figure(int index) {
        return v[index];
    }

    /** Doubles {@link #saveTo} writes. */
    public int savedSize() {
        return v.length;
    }

    /** Writes every figure of the step to {@code to} from {@code at}. */
    public void saveTo(double[] to, int at) {
        System.arraycopy(v, 0, to, at, v.length);
    }

    /** Reads back what {@link #saveTo} wrote. */
    public void restoreFrom(double[] from, int at) {
        System.arraycopy(from, at, v, 0, v.length);
    }

    public double heatToLiquidW() {
        return v[HEAT_TO_LIQUID];
    }

    public double heatToAirW() {
        return v[HEAT_TO_AIR];
    }

    /** All fans: air handlers, dry coolers, towers (W). */
    public double fansW() {
        return v[FANS];
    }

    /** All pumps (W). */
    public double pumpsW() {
        return v[PUMPS];
    }

    /** All chiller compressors (W). */
    public double chillersW() {
        return v[CHILLERS];
    }

    /** Chiller compressors of one side (W). */
    public double chillersW(PlantSide side) {
        return v[side == PlantSide.AIR ? AIR_CHILLERS : LIQUID_CHILLERS];
    }

    /** Economizer share of one side's last water loop, in [0, 1]. */
    public double freeFraction(PlantSide side) {
        return v[side == PlantSide.AIR ? AIR_FREE : LIQUID_FREE];
    }

    /** Heat on the chillers' evaporators (W). */
    public double chillerLoadW() {
        return v[CHILLER_LOAD];
    }

    /** Total electric power of the cooling plant (W). */
    public double totalW() {
        return v[FANS] + v[PUMPS] + v[CHILLERS];
    }

    /** Site water: cooling-tower evaporation and blowdown (kg/s). */
    public double waterKgPerS() {
        return v[WATER];
    }

    /** Heat leaving to the outdoors: every loop and economizer air (W). */
    public double heatRejectedW() {
        return v[REJECTED];
    }

    /** Heat leaving the facility water to a heat user (W). */
    public double heatExportedW() {
        return v[EXPORTED];
    }

    /** Heat the user receives at its temperature (W). */
    public double heatDeliveredW() {
        return v[DELIVERED];
    }

    /** Electricity of the user's heat pump (W). */
    public double heatPumpW() {
        return v[HEAT_PUMP];
    }
}

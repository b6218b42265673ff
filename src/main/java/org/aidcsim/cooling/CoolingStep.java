package org.aidcsim.cooling;

/**
 * What the cooling plant does in one step. A mutable holder reused every step so that the annual
 * loop allocates nothing; read it before the next step overwrites it.
 */
public final class CoolingStep {
    /** Heat into the liquid loop: captured IT heat and liquid-cooled power losses (W). */
    public double heatToLiquidW;
    /** Heat the air path must remove: IT heat not captured, power losses and misc loads (W). */
    public double heatToAirW;
    /** CRAH / air-handler fan power (W). */
    public double crahFanW;
    /** CDU secondary, tank or spray pump power (W). */
    public double liquidLoopPumpW;
    /** Share of the air path's heat removed by outdoor air (airside economizer), in [0, 1]. */
    public double airsideFraction;
    /** Heat carried straight outdoors by economizer air (W). */
    public double outdoorAirHeatW;
    /** Heat leaving the facility water to a heat user: the reuse energy of ERF and ERE (W). */
    public double heatExportedW;
    /** Heat the user receives at its temperature, the heat pump's work included (W). */
    public double heatDeliveredW;
    /** Electricity of the user's heat pump, outside the facility power (W). */
    public double heatPumpW;
    /** Chilled-water loop serving the air path. */
    public final HeatRejectionLoop.LoopStep airLoop = new HeatRejectionLoop.LoopStep();
    /** Facility-water loop serving the liquid path (zeros for air cooling). */
    public final HeatRejectionLoop.LoopStep liquidLoop = new HeatRejectionLoop.LoopStep();

    /** Doubles {@link #saveTo} writes. */
    public static final int SAVED_SIZE = 9 + 2 * HeatRejectionLoop.LoopStep.SAVED_SIZE;

    /** Writes every figure of the step to {@code to} from {@code at}: an hour whose inputs recur keeps its figures. */
    public void saveTo(double[] to, int at) {
        to[at] = heatToLiquidW;
        to[at + 1] = heatToAirW;
        to[at + 2] = crahFanW;
        to[at + 3] = liquidLoopPumpW;
        to[at + 4] = airsideFraction;
        to[at + 5] = outdoorAirHeatW;
        to[at + 6] = heatExportedW;
        to[at + 7] = heatDeliveredW;
        to[at + 8] = heatPumpW;
        airLoop.saveTo(to, at + 9);
        liquidLoop.saveTo(to, at + 9 + HeatRejectionLoop.LoopStep.SAVED_SIZE);
    }

    /** Reads back what {@link #saveTo} wrote. */
    public void restoreFrom(double[] from, int at) {
        heatToLiquidW = from[at];
        heatToAirW = from[at + 1];
        crahFanW = from[at + 2];
        liquidLoopPumpW = from[at + 3];
        airsideFraction = from[at + 4];
        outdoorAirHeatW = from[at + 5];
        heatExportedW = from[at + 6];
        heatDeliveredW = from[at + 7];
        heatPumpW = from[at + 8];
        airLoop.restoreFrom(from, at + 9);
        liquidLoop.restoreFrom(from, at + 9 + HeatRejectionLoop.LoopStep.SAVED_SIZE);
    }

    /** All fans: CRAHs, dry coolers, towers (W). */
    public double fansW() {
        return crahFanW + airLoop.fanW + liquidLoop.fanW;
    }

    /** All pumps (W). */
    public double pumpsW() {
        return liquidLoopPumpW + airLoop.pumpW() + liquidLoop.pumpW();
    }

    /** All chiller compressors (W). */
    public double chillersW() {
        return airLoop.chillerW + liquidLoop.chillerW;
    }

    /** Heat on the chillers' evaporators (W). */
    public double chillerLoadW() {
        return airLoop.chillerLoadW + liquidLoop.chillerLoadW;
    }

    /** Total electric power of the cooling plant (W). */
    public double totalW() {
        return fansW() + pumpsW() + chillersW();
    }

    /** Site water: cooling-tower evaporation and blowdown (kg/s). */
    public double waterKgPerS() {
        return airLoop.waterKgPerS + liquidLoop.waterKgPerS;
    }

    /** Heat leaving to the outdoors: both loops and economizer air (W). */
    public double heatRejectedW() {
        return airLoop.heatRejectedW + liquidLoop.heatRejectedW + outdoorAirHeatW;
    }
}

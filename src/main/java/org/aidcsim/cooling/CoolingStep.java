package org.aidcsim.cooling;

/**
 * What the cooling plant does in one step. A mutable holder reused every step so that the annual
 * loop allocates nothing; read it before the next step overwrites it.
 */
public final class CoolingStep {
    /** IT heat captured by the liquid loop (W). */
    public double heatToLiquidW;
    /** Heat the air path must remove: IT heat not captured, power losses and misc loads (W). */
    public double heatToAirW;
    /** CRAH / CRAC fan power (W). */
    public double crahFanW;
    /** CDU secondary or tank/spray fluid pump power (W). */
    public double liquidLoopPumpW;
    /** Chilled-water loop serving the air path. */
    public final HeatRejectionLoop.LoopStep airLoop = new HeatRejectionLoop.LoopStep();
    /** Facility-water loop serving the liquid path (zeros for air cooling). */
    public final HeatRejectionLoop.LoopStep liquidLoop = new HeatRejectionLoop.LoopStep();

    /** All fans: CRAHs and dry coolers (W). */
    public double fansW() {
        return crahFanW + airLoop.dryCoolerFanW + liquidLoop.dryCoolerFanW;
    }

    /** All pumps (W). */
    public double pumpsW() {
        return liquidLoopPumpW + airLoop.pumpW + liquidLoop.pumpW;
    }

    /** All chiller compressors (W). */
    public double chillersW() {
        return airLoop.chillerW + liquidLoop.chillerW;
    }

    /** Total electric power of the cooling plant (W). */
    public double totalW() {
        return fansW() + pumpsW() + chillersW();
    }

    /** Heat rejected to the outdoors by both loops (W). */
    public double heatRejectedW() {
        return airLoop.heatRejectedW + liquidLoop.heatRejectedW;
    }

    void clearLiquid() {
        heatToLiquidW = 0;
        liquidLoopPumpW = 0;
        liquidLoop.pumpW = 0;
        liquidLoop.chillerW = 0;
        liquidLoop.dryCoolerFanW = 0;
        liquidLoop.freeFraction = 0;
        liquidLoop.heatRejectedW = 0;
    }
}

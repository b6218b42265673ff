package org.aidcsim.standards;

import java.util.List;
import org.aidcsim.power.PowerChain;

/**
 * Where ISO/IEC 30134-2 measures the IT energy of each PUE category, found in the model's chain
 * (stages ordered from the rack inputs back to the grid):
 * <ul>
 * <li>category 1 (basic): at the output of the UPS, or of the converter that makes the protected
 * bus (rectifier, solid-state transformer): IT energy plus the losses of every stage between that
 * converter and the racks;</li>
 * <li>category 2 (intermediate): at the outputs of the PDUs: IT energy plus the losses of the rack
 * feeders, the conductor stages next to the racks;</li>
 * <li>category 3 (advanced): at the IT equipment input, the model's own IT energy.</li>
 * </ul>
 * A chain without a protected bus has no category 1 point (NaN).
 */
public final class MeasurementPoints {
    private MeasurementPoints() {
    }

    /** IT energy (J) as category 1 measures it; NaN when the chain has no UPS or protected-bus converter. */
    public static double itEnergyCategory1J(PowerChain chain, double itEnergyJ, List<Double> stageLossEnergyJ) {
        double energy = itEnergyJ;
        for (int i = 0; i < chain.size(); i++) {
            if (chain.stage(i).kind().makesProtectedBus()) {
                return energy;
            }
            energy += stageLossEnergyJ.get(i);
        }
        return Double.NaN;
    }

    /** IT energy (J) as category 2 measures it: at the PDU outputs, before the rack feeders. */
    public static double itEnergyCategory2J(PowerChain chain, double itEnergyJ, List<Double> stageLossEnergyJ) {
        double energy = itEnergyJ;
        for (int i = 0; i < chain.size() && chain.stage(i).kind().isConductor(); i++) {
            energy += stageLossEnergyJ.get(i);
        }
        return energy;
    }
}

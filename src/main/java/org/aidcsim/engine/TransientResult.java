package org.aidcsim.engine;

/**
 * What a transient run found. Energies in J, powers in W, times in s (NaN where a layer never
 * acted or does not exist).
 *
 * @param loadEnergyJ energy the critical load asked for
 * @param gridEnergyJ energy from the utility (recharge and float included)
 * @param generatorEnergyJ energy from the generators
 * @param batteryDischargeJ energy the battery gave
 * @param batteryChargeJ energy the battery took
 * @param supercapDischargeJ energy the supercapacitors gave
 * @param supercapChargeJ energy the supercapacitors took
 * @param unservedEnergyJ energy the load asked for and did not get
 * @param longestUnservedS longest continuous stretch with unserved load
 * @param supercapTakeoverS first time the supercapacitors carried load
 * @param batteryTakeoverS first time the battery carried load
 * @param generatorTakeoverS first time the generators carried load
 * @param minSoc lowest battery state of charge
 * @param minSupercapVoltageV lowest bank voltage
 * @param fuelUsedL diesel burned
 * @param gridMaxRampWPerS steepest grid-side change while on utility
 * @param gridPeakToPeakW grid-side max − min while on utility
 * @param loadMaxRampWPerS steepest change of the load itself: the grid side without smoothing
 * @param loadPeakToPeakW load max − min
 * @param storageEnergyNeededJ spread of the storage's cumulative energy: the usable energy smoothing needs
 * @param storagePowerNeededW largest storage power, either way
 */
public record TransientResult(double loadEnergyJ, double gridEnergyJ, double generatorEnergyJ, double batteryDischargeJ,
        double batteryChargeJ, double supercapDischargeJ, double supercapChargeJ, double unservedEnergyJ,
        double longestUnservedS, double supercapTakeoverS, double batteryTakeoverS, double generatorTakeoverS, double minSoc,
        double minSupercapVoltageV, double fuelUsedL, double gridMaxRampWPerS, double gridPeakToPeakW, double loadMaxRampWPerS,
        double loadPeakToPeakW, double storageEnergyNeededJ, double storagePowerNeededW) {

    /** True when no load went unserved. */
    public boolean ridesThrough() {
        return unservedEnergyJ <= 0;
    }
}

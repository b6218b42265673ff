package org.aidcsim.engine;

import java.util.Optional;

import org.aidcsim.units.Named;

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
 * @param gridMaxRampWPerS steepest grid-side change while on utility, from one step on utility to the next
 * @param gridPeakToPeakW grid-side max − min while on utility
 * @param loadMaxRampWPerS steepest change of the load itself: the grid side without smoothing
 * @param loadPeakToPeakW load max − min
 * @param storageEnergyNeededJ spread of the storage's cumulative energy: the usable energy smoothing needs
 * @param storagePowerNeededW largest storage power, either way
 * @param offUtilityS time the load was not on the utility: outages, transfers, generator operation
 * @param gridDropW largest power the grid lost at once when the load left it (an outage or a sag)
 * @param gridPickupW largest power the grid took back at once when the load returned to it
 * @param facilityStorageLossJ energy the facility's supercapacitors and battery lost in conversion over the window
 *        (what they took − what they gave − what they hold more at the end)
 * @param inRack what the storage inside the racks did, when the site has some
 */
public record TransientResult(double loadEnergyJ, double gridEnergyJ, double generatorEnergyJ, double batteryDischargeJ,
        double batteryChargeJ, double supercapDischargeJ, double supercapChargeJ, double unservedEnergyJ,
        double longestUnservedS, double supercapTakeoverS, double batteryTakeoverS, double generatorTakeoverS, double minSoc,
        double minSupercapVoltageV, double fuelUsedL, double gridMaxRampWPerS, double gridPeakToPeakW, double loadMaxRampWPerS,
        double loadPeakToPeakW, double storageEnergyNeededJ, double storagePowerNeededW, double offUtilityS, double gridDropW,
        double gridPickupW, double facilityStorageLossJ, Optional<InRack> inRack) {

    /**
     * The storage inside the racks over the window.
     *
     * @param dischargeJ energy it gave the racks
     * @param chargeJ energy it took from the rack feed
     * @param lossJ energy it lost in conversion
     * @param energyNeededJ spread of its cumulative energy at the rack bus: the usable energy the smoothing used
     * @param powerNeededW largest power it gave or took
     * @param feedMaxRampWPerS steepest change of the racks' feed: what the facility sees
     * @param feedPeakToPeakW the racks' feed max − min
     * @param minStoredFraction lowest share of its usable energy it held
     */
    public record InRack(double dischargeJ, double chargeJ, double lossJ, double energyNeededJ, double powerNeededW,
            double feedMaxRampWPerS, double feedPeakToPeakW, double minStoredFraction) {
    }

    /** True when no load went unserved. */
    public boolean ridesThrough() {
        return unservedEnergyJ <= 0;
    }

    /** A builder that names every field, so that two values cannot be swapped silently. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link TransientResult} field by field. */
    public static final class Builder {
        private Double loadEnergyJ;
        private Double gridEnergyJ;
        private Double generatorEnergyJ;
        private Double batteryDischargeJ;
        private Double batteryChargeJ;
        private Double supercapDischargeJ;
        private Double supercapChargeJ;
        private Double unservedEnergyJ;
        private Double longestUnservedS;
        private Double supercapTakeoverS;
        private Double batteryTakeoverS;
        private Double generatorTakeoverS;
        private Double minSoc;
        private Double minSupercapVoltageV;
        private Double fuelUsedL;
        private Double gridMaxRampWPerS;
        private Double gridPeakToPeakW;
        private Double loadMaxRampWPerS;
        private Double loadPeakToPeakW;
        private Double storageEnergyNeededJ;
        private Double storagePowerNeededW;
        private Double offUtilityS;
        private Double gridDropW;
        private Double gridPickupW;
        private double facilityStorageLossJ;
        private Optional<InRack> inRack = Optional.empty();

        private Builder() {
        }

        public Builder loadEnergyJ(double value) { loadEnergyJ = value; return this; }
        public Builder gridEnergyJ(double value) { gridEnergyJ = value; return this; }
        public Builder generatorEnergyJ(double value) { generatorEnergyJ = value; return this; }
        public Builder batteryDischargeJ(double value) { batteryDischargeJ = value; return this; }
        public Builder batteryChargeJ(double value) { batteryChargeJ = value; return this; }
        public Builder supercapDischargeJ(double value) { supercapDischargeJ = value; return this; }
        public Builder supercapChargeJ(double value) { supercapChargeJ = value; return this; }
        public Builder unservedEnergyJ(double value) { unservedEnergyJ = value; return this; }
        public Builder longestUnservedS(double value) { longestUnservedS = value; return this; }
        public Builder supercapTakeoverS(double value) { supercapTakeoverS = value; return this; }
        public Builder batteryTakeoverS(double value) { batteryTakeoverS = value; return this; }
        public Builder generatorTakeoverS(double value) { generatorTakeoverS = value; return this; }
        public Builder minSoc(double value) { minSoc = value; return this; }
        public Builder minSupercapVoltageV(double value) { minSupercapVoltageV = value; return this; }
        public Builder fuelUsedL(double value) { fuelUsedL = value; return this; }
        public Builder gridMaxRampWPerS(double value) { gridMaxRampWPerS = value; return this; }
        public Builder gridPeakToPeakW(double value) { gridPeakToPeakW = value; return this; }
        public Builder loadMaxRampWPerS(double value) { loadMaxRampWPerS = value; return this; }
        public Builder loadPeakToPeakW(double value) { loadPeakToPeakW = value; return this; }
        public Builder storageEnergyNeededJ(double value) { storageEnergyNeededJ = value; return this; }
        public Builder storagePowerNeededW(double value) { storagePowerNeededW = value; return this; }
        public Builder offUtilityS(double value) { offUtilityS = value; return this; }
        public Builder gridDropW(double value) { gridDropW = value; return this; }
        public Builder gridPickupW(double value) { gridPickupW = value; return this; }
        public Builder facilityStorageLossJ(double value) { facilityStorageLossJ = value; return this; }
        public Builder inRack(Optional<InRack> value) { inRack = value; return this; }

        public TransientResult build() {
            Named.require("loadEnergyJ", loadEnergyJ != null);
            Named.require("gridEnergyJ", gridEnergyJ != null);
            Named.require("generatorEnergyJ", generatorEnergyJ != null);
            Named.require("batteryDischargeJ", batteryDischargeJ != null);
            Named.require("batteryChargeJ", batteryChargeJ != null);
            Named.require("supercapDischargeJ", supercapDischargeJ != null);
            Named.require("supercapChargeJ", supercapChargeJ != null);
            Named.require("unservedEnergyJ", unservedEnergyJ != null);
            Named.require("longestUnservedS", longestUnservedS != null);
            Named.require("supercapTakeoverS", supercapTakeoverS != null);
            Named.require("batteryTakeoverS", batteryTakeoverS != null);
            Named.require("generatorTakeoverS", generatorTakeoverS != null);
            Named.require("minSoc", minSoc != null);
            Named.require("minSupercapVoltageV", minSupercapVoltageV != null);
            Named.require("fuelUsedL", fuelUsedL != null);
            Named.require("gridMaxRampWPerS", gridMaxRampWPerS != null);
            Named.require("gridPeakToPeakW", gridPeakToPeakW != null);
            Named.require("loadMaxRampWPerS", loadMaxRampWPerS != null);
            Named.require("loadPeakToPeakW", loadPeakToPeakW != null);
            Named.require("storageEnergyNeededJ", storageEnergyNeededJ != null);
            Named.require("storagePowerNeededW", storagePowerNeededW != null);
            Named.require("offUtilityS", offUtilityS != null);
            Named.require("gridDropW", gridDropW != null);
            Named.require("gridPickupW", gridPickupW != null);
            return new TransientResult(loadEnergyJ, gridEnergyJ, generatorEnergyJ, batteryDischargeJ, batteryChargeJ,
                    supercapDischargeJ, supercapChargeJ, unservedEnergyJ, longestUnservedS, supercapTakeoverS,
                    batteryTakeoverS, generatorTakeoverS, minSoc, minSupercapVoltageV, fuelUsedL, gridMaxRampWPerS,
                    gridPeakToPeakW, loadMaxRampWPerS, loadPeakToPeakW, storageEnergyNeededJ, storagePowerNeededW,
                    offUtilityS, gridDropW, gridPickupW, facilityStorageLossJ, inRack);
        }
    }
}

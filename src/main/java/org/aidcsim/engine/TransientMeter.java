package org.aidcsim.engine;

import java.util.Optional;

/**
 * The tallies of one transient run: energies by source, takeover times, storage states, the grid's
 * and the load's ramps and swings, the storage envelope. Fed once per (part of a) step; allocates
 * nothing. Rates divide by the time between the two samples' midpoints, which is the step for
 * whole steps and stays honest for a step split at an event.
 */
final class TransientMeter {
    private final double unservedThresholdW;
    private double loadJ;
    private double gridJ;
    private double generatorJ;
    private double batteryOutJ;
    private double batteryInJ;
    private double supercapOutJ;
    private double supercapInJ;
    private double unservedJ;
    private double unservedRunS;
    private double longestUnservedS;
    private double supercapTakeoverS = Double.NaN;
    private double batteryTakeoverS = Double.NaN;
    private double generatorTakeoverS = Double.NaN;
    private double minSoc;
    private double minSupercapV;
    private double gridMaxRampWPerS;
    private double gridMinW = Double.POSITIVE_INFINITY;
    private double gridMaxW = Double.NEGATIVE_INFINITY;
    private double loadMaxRampWPerS;
    private double loadMinW = Double.POSITIVE_INFINITY;
    private double loadMaxW = Double.NEGATIVE_INFINITY;
    private double storageJ;
    private double storageMinJ;
    private double storageMaxJ;
    private double storagePeakW;
    private double offUtilityS;
    private double dropW;
    private double pickupW;
    private double prevLoadW;
    private double prevGridW;
    private boolean prevOnUtility = true;

    /**
     * @param basePowerW the load at profile fraction 1; unserved power below a billionth of it is rounding
     * @param initialLoadW the load just before the window (W)
     * @param initialGridW what the grid fed just before the window (W)
     */
    TransientMeter(double basePowerW, double initialLoadW, double initialGridW, StorageDispatch storage) {
        this.unservedThresholdW = 1e-9 * basePowerW;
        this.prevLoadW = initialLoadW;
        this.prevGridW = initialGridW;
        this.minSoc = storage.battery != null ? storage.battery.soc() : Double.NaN;
        this.minSupercapV = storage.supercap != null ? storage.supercap.voltageV() : Double.NaN;
    }

    /**
     * Adds one part of a step.
     *
     * @param timeS its start (s)
     * @param dtS its length (s)
     * @param spacingS time between this part's midpoint and the previous one's (s)
     * @param first whether it is the run's first part (no previous sample to take a rate from)
     */
    void add(double timeS, double dtS, double spacingS, boolean first, double demandW, StorageDispatch s, SupplyState state) {
        // Split in parts the JIT can inline whole into the step (each well under its 325-byte limit).
        loadJ += demandW * dtS;
        gridJ += s.gridW * dtS;
        generatorJ += s.generatorW * dtS;
        addStorage(timeS, dtS, s, state);
        if (s.generatorW > 0 && Double.isNaN(generatorTakeoverS)) {
            generatorTakeoverS = timeS;
        }
        addUnserved(s.unservedW, dtS);
        addSupply(s.gridW, dtS, spacingS, state == SupplyState.UTILITY);
        addLoad(demandW, spacingS, first);
    }

    /** The grid as the utility sees it: ramps and swing while on it, the drop when the load leaves it and the pick-up when it returns. */
    private void addSupply(double grid, double dtS, double spacingS, boolean onUtility) {
        if (!onUtility) {
            offUtilityS += dtS;
            if (prevOnUtility && prevGridW > dropW) {
                dropW = prevGridW;
            }
        } else {
            if (prevOnUtility) {
                double rampWPerS = Math.abs(grid - prevGridW) / spacingS;
                if (rampWPerS > gridMaxRampWPerS) {
                    gridMaxRampWPerS = rampWPerS;
                }
            } else if (grid > pickupW) {
                pickupW = grid;
            }
            if (grid < gridMinW) {
                gridMinW = grid;
            }
            if (grid > gridMaxW) {
                gridMaxW = grid;
            }
            prevGridW = grid;
        }
        prevOnUtility = onUtility;
    }

    private void addLoad(double demandW, double spacingS, boolean first) {
        if (!first) {
            double rampWPerS = Math.abs(demandW - prevLoadW) / spacingS;
            if (rampWPerS > loadMaxRampWPerS) {
                loadMaxRampWPerS = rampWPerS;
            }
        }
        if (demandW < loadMinW) {
            loadMinW = demandW;
        }
        if (demandW > loadMaxW) {
            loadMaxW = demandW;
        }
        prevLoadW = demandW;
    }

    private void addStorage(double timeS, double dtS, StorageDispatch s, SupplyState state) {
        if (s.batteryW > 0) {
            batteryOutJ += s.batteryW * dtS;
            if (Double.isNaN(batteryTakeoverS) && state != SupplyState.UTILITY) {
                batteryTakeoverS = timeS;
            }
        } else {
            batteryInJ -= s.batteryW * dtS;
        }
        if (s.supercapW > 0) {
            supercapOutJ += s.supercapW * dtS;
            if (Double.isNaN(supercapTakeoverS) && state != SupplyState.UTILITY) {
                supercapTakeoverS = timeS;
            }
        } else {
            supercapInJ -= s.supercapW * dtS;
        }
        addStorageState(s, dtS);
    }

    /** The lowest states of charge and the envelope of the energy storage gave (−) or took (+) since the start. */
    private void addStorageState(StorageDispatch s, double dtS) {
        if (s.battery != null && s.battery.soc() < minSoc) {
            minSoc = s.battery.soc();
        }
        if (s.supercap != null && s.supercap.voltageV() < minSupercapV) {
            minSupercapV = s.supercap.voltageV();
        }
        double storageW = s.batteryW + s.supercapW;
        storageJ += storageW * dtS;
        if (storageJ < storageMinJ) {
            storageMinJ = storageJ;
        }
        if (storageJ > storageMaxJ) {
            storageMaxJ = storageJ;
        }
        if (Math.abs(storageW) > storagePeakW) {
            storagePeakW = Math.abs(storageW);
        }
    }

    private void addUnserved(double unservedW, double dtS) {
        if (unservedW > unservedThresholdW) {
            unservedJ += unservedW * dtS;
            unservedRunS += dtS;
            if (unservedRunS > longestUnservedS) {
                longestUnservedS = unservedRunS;
            }
        } else {
            unservedRunS = 0;
        }
    }

    TransientResult result(StorageDispatch s, Optional<TransientResult.InRack> inRack) {
        return TransientResult.builder().loadEnergyJ(loadJ).gridEnergyJ(gridJ).generatorEnergyJ(generatorJ)
                .batteryDischargeJ(batteryOutJ).batteryChargeJ(batteryInJ).supercapDischargeJ(supercapOutJ)
                .supercapChargeJ(supercapInJ).unservedEnergyJ(unservedJ).longestUnservedS(longestUnservedS)
                .supercapTakeoverS(supercapTakeoverS).batteryTakeoverS(batteryTakeoverS).generatorTakeoverS(generatorTakeoverS)
                .minSoc(minSoc).minSupercapVoltageV(minSupercapV)
                .fuelUsedL(s.generators != null ? s.generators.fuelUsedL() : 0.0).gridMaxRampWPerS(gridMaxRampWPerS)
                .gridPeakToPeakW(gridMaxW >= gridMinW ? gridMaxW - gridMinW : 0.0).loadMaxRampWPerS(loadMaxRampWPerS)
                .loadPeakToPeakW(loadMaxW - loadMinW).storageEnergyNeededJ(storageMaxJ - storageMinJ)
                .storagePowerNeededW(storagePeakW).offUtilityS(offUtilityS).gridDropW(dropW).gridPickupW(pickupW)
                .facilityStorageLossJ(s.storageLossJ(supercapInJ, supercapOutJ, batteryInJ, batteryOutJ))
                .inRack(inRack).build();
    }
}

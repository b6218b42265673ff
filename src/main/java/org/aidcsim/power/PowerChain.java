package org.aidcsim.power;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * The power chain of a hall: facility stages from the rack inputs back to the grid, evaluated on
 * the hall's total IT power, and in-rack stages from each rack input in to the chips, evaluated
 * rack group by rack group (their loss is inside the IT power).
 */
public final class PowerChain {
    private final PowerStage[] facility;
    private final RackChain[] rackChains;
    private final PowerStage[][] rackStages;
    private final int rackStageCount;

    /**
     * @param facilityFromLoad facility stages, index 0 feeding the racks
     * @param rackChains one per rack group, in group order; all with the same stage list
     */
    public PowerChain(List<PowerStage> facilityFromLoad, List<RackChain> rackChains) {
        this.facility = facilityFromLoad.toArray(new PowerStage[0]);
        this.rackChains = rackChains.toArray(new RackChain[0]);
        this.rackStages = new PowerStage[this.rackChains.length][];
        int count = this.rackChains.length == 0 ? 0 : this.rackChains[0].stagesFromRackInput().size();
        for (int g = 0; g < this.rackChains.length; g++) {
            rackStages[g] = this.rackChains[g].stagesFromRackInput().toArray(new PowerStage[0]);
            if (rackStages[g].length != count) {
                throw new IllegalArgumentException("every rack group needs the same in-rack stages");
            }
        }
        this.rackStageCount = count;
    }

    /** Facility stages. */
    public int size() {
        return facility.length;
    }

    public PowerStage stage(int i) {
        return facility[i];
    }

    /** Facility stages from the rack inputs back to the grid. */
    public List<PowerStage> stages() {
        return List.of(facility);
    }

    public int rackStageCount() {
        return rackStageCount;
    }

    public List<RackChain> rackChains() {
        return List.of(rackChains);
    }

    /**
     * Walks from the rack inputs back to the grid: each stage's input is its output plus its loss.
     *
     * @param itPowerW power delivered to the rack inputs (W)
     * @param stageLossW filled with each facility stage's loss (W); length ≥ {@link #size()}
     * @return power drawn from the grid by this chain (W)
     */
    public double inputPowerW(double itPowerW, double[] stageLossW) {
        double power = itPowerW;
        for (int i = 0; i < facility.length; i++) {
            double loss = facility[i].lossW(power);
            stageLossW[i] = loss;
            power += loss;
        }
        return power;
    }

    /**
     * Facility-stage loss released into the heat sinks {@code where} selects, at IT power
     * {@code itPowerW} (W): what the cooling plant must take from the chain besides IT heat.
     */
    public double lossW(double itPowerW, Predicate<HeatSink> where) {
        double power = itPowerW;
        double selected = 0;
        for (PowerStage stage : facility) {
            double loss = stage.lossW(power);
            if (where.test(stage.heatSink())) {
                selected += loss;
            }
            power += loss;
        }
        return selected;
    }

    /**
     * What one run remembers of in-rack solutions: per group a small direct-mapped table keyed by
     * the rack input. Loads repeat (flat, or the same 24 hourly values every day), and the same
     * input gives the same answer. Per run, never shared between threads.
     */
    public final class RackMemo {
        private static final int SLOTS = 64;
        private final double[][] inputW = new double[rackChains.length][SLOTS];
        private final double[][][] lossW = new double[rackChains.length][SLOTS][rackStageCount];
        private final double[][] chipW = new double[rackChains.length][SLOTS];

        private RackMemo() {
            for (double[] row : inputW) {
                Arrays.fill(row, Double.NaN);
            }
        }

        private int slot(double input) {
            long bits = Double.doubleToLongBits(input);
            return (int) ((bits ^ (bits >>> 29) ^ (bits >>> 41)) & (SLOTS - 1));
        }
    }

    public RackMemo newMemo() {
        return new RackMemo();
    }

    /** Like {@link RackMemo}, for the facility stages: keyed by the hall's IT power. Per run. */
    public final class FacilityMemo {
        private static final int SLOTS = 64;
        private final double[] itW = new double[SLOTS];
        private final double[][] lossW = new double[SLOTS][facility.length];
        private final double[] inputW = new double[SLOTS];

        private FacilityMemo() {
            Arrays.fill(itW, Double.NaN);
        }
    }

    public FacilityMemo newFacilityMemo() {
        return new FacilityMemo();
    }

    /** As {@link #inputPowerW(double, double[])}, remembering answers in {@code memo}. */
    public double inputPowerW(double itPowerW, double[] stageLossW, FacilityMemo memo) {
        long bits = Double.doubleToLongBits(itPowerW);
        int slot = (int) ((bits ^ (bits >>> 29) ^ (bits >>> 41)) & (FacilityMemo.SLOTS - 1));
        double[] losses = memo.lossW[slot];
        if (itPowerW != memo.itW[slot]) {
            memo.inputW[slot] = inputPowerW(itPowerW, losses);
            memo.itW[slot] = itPowerW;
        }
        System.arraycopy(losses, 0, stageLossW, 0, facility.length);
        return memo.inputW[slot];
    }

    /** As {@link #chipPowerW(double[], double[], RackMemo)}, solving every group afresh: for loads that do not repeat. */
    public double chipPowerW(double[] groupItPowerW, double[] rackStageLossW) {
        for (int k = 0; k < rackStageCount; k++) {
            rackStageLossW[k] = 0;
        }
        double chip = 0;
        for (int g = 0; g < rackChains.length; g++) {
            int racks = rackChains[g].racks();
            if (racks == 0) {
                continue;
            }
            double power = groupItPowerW[g] / racks;
            PowerStage[] stages = rackStages[g];
            for (int k = 0; k < stages.length; k++) {
                double out = stages[k].loss().outputForInputW(power);
                rackStageLossW[k] += (power - out) * racks;
                power = out;
            }
            chip += power * racks;
        }
        return chip;
    }

    /**
     * Walks from each rack input in to the chips: each stage's output solves output + loss = input.
     *
     * @param groupItPowerW IT power of each rack group at the rack inputs (W)
     * @param rackStageLossW filled with each in-rack stage's loss summed over groups (W)
     * @param memo this run's memory of the last solution per group
     * @return power delivered to the chips (W)
     */
    public double chipPowerW(double[] groupItPowerW, double[] rackStageLossW, RackMemo memo) {
        for (int k = 0; k < rackStageCount; k++) {
            rackStageLossW[k] = 0;
        }
        if (rackStageCount == 0) {
            double sum = 0;
            for (double p : groupItPowerW) {
                sum += p;
            }
            return sum;
        }
        double chip = 0;
        for (int g = 0; g < rackChains.length; g++) {
            int racks = rackChains[g].racks();
            if (racks == 0) {
                continue;
            }
            double input = groupItPowerW[g];
            int slot = memo.slot(input);
            double[] losses = memo.lossW[g][slot];
            if (input != memo.inputW[g][slot]) {
                double power = input / racks;
                PowerStage[] stages = rackStages[g];
                for (int k = 0; k < stages.length; k++) {
                    double out = stages[k].loss().outputForInputW(power);
                    losses[k] = (power - out) * racks;
                    power = out;
                }
                memo.inputW[g][slot] = input;
                memo.chipW[g][slot] = power * racks;
            }
            for (int k = 0; k < losses.length; k++) {
                rackStageLossW[k] += losses[k];
            }
            chip += memo.chipW[g][slot];
        }
        return chip;
    }
}

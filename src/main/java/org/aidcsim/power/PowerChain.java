package org.aidcsim.power;

import java.util.List;

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
     * What one run remembers of the last in-rack solution of each group: IT loads are often flat,
     * and the same rack input gives the same answer. Per run, never shared between threads.
     */
    public final class RackMemo {
        private final double[] lastInputW = new double[rackChains.length];
        private final double[][] lastLossW = new double[rackChains.length][rackStageCount];
        private final double[] lastChipW = new double[rackChains.length];

        private RackMemo() {
            java.util.Arrays.fill(lastInputW, Double.NaN);
        }
    }

    public RackMemo newMemo() {
        return new RackMemo();
    }

    /** As {@link #chipPowerW(double[], double[], RackMemo)} without a memo. */
    public double chipPowerW(double[] groupItPowerW, double[] rackStageLossW) {
        return chipPowerW(groupItPowerW, rackStageLossW, newMemo());
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
            double[] losses = memo.lastLossW[g];
            if (groupItPowerW[g] != memo.lastInputW[g]) {
                double power = groupItPowerW[g] / racks;
                PowerStage[] stages = rackStages[g];
                for (int k = 0; k < stages.length; k++) {
                    double out = stages[k].loss().outputForInputW(power);
                    losses[k] = (power - out) * racks;
                    power = out;
                }
                memo.lastInputW[g] = groupItPowerW[g];
                memo.lastChipW[g] = power * racks;
            }
            for (int k = 0; k < losses.length; k++) {
                rackStageLossW[k] += losses[k];
            }
            chip += memo.lastChipW[g];
        }
        return chip;
    }
}

package org.aidcsim.power;

import java.util.List;

/**
 * Stages in series from the rack input back to the grid. Index 0 feeds the racks; the last stage
 * is fed by the utility.
 */
public final class PowerChain {
    private final PowerStage[] stages;

    public PowerChain(List<PowerStage> stagesFromLoad) {
        this.stages = stagesFromLoad.toArray(new PowerStage[0]);
    }

    public int size() {
        return stages.length;
    }

    public PowerStage stage(int i) {
        return stages[i];
    }

    /** Stages from the rack input back to the grid. */
    public List<PowerStage> stages() {
        return List.of(stages);
    }

    /**
     * Walks from the load back to the grid: each stage's input is its output plus its loss.
     *
     * @param loadPowerW power delivered to the rack inputs (W)
     * @param stageLossW filled with each stage's loss (W); length ≥ {@link #size()}
     * @return power drawn from the grid by this chain (W)
     */
    public double inputPowerW(double loadPowerW, double[] stageLossW) {
        double power = loadPowerW;
        for (int i = 0; i < stages.length; i++) {
            double loss = stages[i].lossW(power);
            stageLossW[i] = loss;
            power += loss;
        }
        return power;
    }
}

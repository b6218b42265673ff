package org.aidcsim.power;

/**
 * One stage of the power chain, sized.
 *
 * @param name label in reports
 * @param kind what it is
 * @param loss how it loses
 * @param heatSink where the loss goes as heat
 * @param inRack true for stages behind the IT meter (shelves, rack DC/DC, board regulators)
 */
public record PowerStage(String name, StageKind kind, StageLoss loss, HeatSink heatSink, boolean inRack) {
    public PowerStage {
        if (inRack != (heatSink == HeatSink.RACK)) {
            throw new IllegalArgumentException("stage " + name + ": in-rack stages and only they release heat in the rack");
        }
    }

    /** Loss (W) when the stage delivers {@code outputPowerW}. */
    public double lossW(double outputPowerW) {
        return loss.lossW(outputPowerW);
    }
}

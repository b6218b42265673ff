package org.aidcsim.power;

import org.aidcsim.catalog.LossModel;

/**
 * One stage of the power chain.
 *
 * @param name label in reports
 * @param ratedPowerW output rating (W), &gt; 0
 * @param lossModel part-load loss
 * @param heatSink where the loss goes as heat
 */
public record PowerStage(String name, double ratedPowerW, LossModel lossModel, HeatSink heatSink) {
    public PowerStage {
        if (!(ratedPowerW > 0)) {
            throw new IllegalArgumentException("stage " + name + ": rated power must be > 0 W");
        }
    }

    /** Loss (W) when the stage delivers {@code outputPowerW}. */
    public double lossW(double outputPowerW) {
        return ratedPowerW * lossModel.lossFraction(outputPowerW / ratedPowerW);
    }
}

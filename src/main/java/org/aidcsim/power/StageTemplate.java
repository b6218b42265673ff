package org.aidcsim.power;

import org.aidcsim.catalog.LossModel;

/**
 * A stage before sizing: what it is and how it loses, but not yet how big it is.
 *
 * @param name label in reports
 * @param lossModel part-load loss
 * @param heatSink where the loss goes
 */
public record StageTemplate(String name, LossModel lossModel, HeatSink heatSink) {
    /** This stage rated at {@code ratedPowerW} (W). */
    public PowerStage rated(double ratedPowerW) {
        return new PowerStage(name, ratedPowerW, lossModel, heatSink);
    }
}

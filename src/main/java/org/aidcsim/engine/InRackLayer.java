package org.aidcsim.engine;

import org.aidcsim.backup.InRackStorage;

/**
 * The storage inside the racks during one transient run: it smooths the racks' feed before the
 * facility sees it, the way the facility layer smooths the grid (the feed follows a moving average
 * of the racks' demand within a ramp limit, plus a slow term that restores the stored energy over
 * 3τ), and, as the last line, carries what the facility cannot serve. It charges only from a live
 * feed (utility or generator). Keeps its own tallies; allocates nothing per step.
 */
final class InRackLayer {
    private final InRackStorage store;
    private final double rampLimitWPerS;
    private final double tauS;
    private final double targetJ;
    private double average;
    private double prevFeedW;
    private double stepW;
    private double dischargeJ;
    private double chargeJ;
    private double cumulativeJ;
    private double minCumulativeJ;
    private double maxCumulativeJ;
    private double peakW;
    private double maxRampWPerS;
    private double minFeedW = Double.POSITIVE_INFINITY;
    private double maxFeedW = Double.NEGATIVE_INFINITY;
    private double minStoredJ;

    InRackLayer(InRackStorage prototype, double rampLimitWPerS, double tauS, double initialAverageW) {
        this.store = prototype.freshAt(0.5);
        this.rampLimitWPerS = rampLimitWPerS;
        this.tauS = tauS;
        this.targetJ = store.storedJ();
        this.average = initialAverageW;
        this.prevFeedW = initialAverageW;
        this.minStoredJ = store.storedJ();
    }

    /**
     * The racks' feed this step for a demand of {@code demandW}; the storage gives (or, when
     * {@code mayCharge}, takes) the difference.
     */
    double feed(double demandW, double dtS, boolean mayCharge) {
        average += (demandW - average) * dtS / tauS;
        double want = average + (targetJ - store.storedJ()) / (3 * tauS);
        double ramp = rampLimitWPerS * dtS;
        double feedW = Math.max(prevFeedW - ramp, Math.min(prevFeedW + ramp, want));
        double diff = demandW - feedW;
        stepW = 0;
        if (diff > 0) {
            stepW = store.discharge(diff, dtS);
        } else if (diff < 0 && mayCharge) {
            stepW = -store.charge(-diff, dtS);
        }
        return demandW - stepW;
    }

    /** Carries up to {@code deficitW} the facility could not serve, within the power left this step; returns what it gave (W). */
    double rideThrough(double deficitW, double dtS) {
        double room = store.maxPowerW() - Math.max(0, stepW);
        double extra = store.discharge(Math.min(deficitW, room), dtS);
        stepW += extra;
        return extra;
    }

    /** Power the storage gave this step, negative when charging (W). */
    double stepW() {
        return stepW;
    }

    /**
     * Closes the step: tallies, and the feed the facility finally served (W); {@code spacingS} is the
     * time since the previous step's midpoint, over which the feed's ramp is taken.
     */
    void endStep(double feedW, double dtS, double spacingS, boolean first) {
        if (stepW > 0) {
            dischargeJ += stepW * dtS;
        } else {
            chargeJ -= stepW * dtS;
        }
        cumulativeJ += stepW * dtS;
        minCumulativeJ = Math.min(minCumulativeJ, cumulativeJ);
        maxCumulativeJ = Math.max(maxCumulativeJ, cumulativeJ);
        peakW = Math.max(peakW, Math.abs(stepW));
        if (!first) {
            maxRampWPerS = Math.max(maxRampWPerS, Math.abs(feedW - prevFeedW) / spacingS);
        }
        minFeedW = Math.min(minFeedW, feedW);
        maxFeedW = Math.max(maxFeedW, feedW);
        minStoredJ = Math.min(minStoredJ, store.storedJ());
        prevFeedW = feedW;
    }

    TransientResult.InRack result() {
        return new TransientResult.InRack(dischargeJ, chargeJ, store.lossJ(), maxCumulativeJ - minCumulativeJ, peakW, maxRampWPerS,
                maxFeedW >= minFeedW ? maxFeedW - minFeedW : 0.0, minStoredJ / store.usableEnergyJ());
    }
}

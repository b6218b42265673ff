package org.aidcsim.engine;

import org.aidcsim.backup.GeneratorPlant;

/**
 * The automatic transfer switch between utility and generators, with its open transitions. The
 * grid timeline tells it of losses and returns; as a detector it fires its own timed changes:
 * generators ready (their start delay after the loss), a transfer done, the utility back for its
 * retransfer delay. Times are the events' own, not step starts.
 */
final class TransferSwitch implements TransientDetector {
    private final GeneratorPlant generators;
    private final double transferTimeS;
    private final double retransferDelayS;
    private SupplyState state = SupplyState.UTILITY;
    private boolean gridUp = true;
    private double transferEndS = Double.POSITIVE_INFINITY;
    private double outageStartS = Double.NaN;
    private double gridBackS = Double.NaN;

    /** @param generators the plant it starts and stops, or null for none */
    TransferSwitch(GeneratorPlant generators, double transferTimeS, double retransferDelayS) {
        this.generators = generators;
        this.transferTimeS = transferTimeS;
        this.retransferDelayS = retransferDelayS;
    }

    SupplyState state() {
        return state;
    }

    /** When the load last left the utility (s), NaN before. */
    double outageStartS() {
        return outageStartS;
    }

    void gridLost(double timeS) {
        gridUp = false;
        if (state == SupplyState.UTILITY || state == SupplyState.TO_UTILITY) {
            state = SupplyState.STORAGE;
            outageStartS = timeS;
            if (generators != null) {
                generators.requestStart(timeS);
            }
        }
    }

    void gridRestored(double timeS) {
        gridUp = true;
        gridBackS = timeS;
        if (state == SupplyState.STORAGE) {
            state = SupplyState.UTILITY;
            if (generators != null) {
                generators.stop();
            }
        }
    }

    @Override
    public double nextS(double afterS) {
        double due = switch (state) {
            case STORAGE -> generators != null ? generators.onlineAtS() : Double.POSITIVE_INFINITY;
            case TO_GENERATOR -> Math.min(transferEndS, retransferAtS());
            case GENERATOR -> retransferAtS();
            case TO_UTILITY -> transferEndS;
            case UTILITY -> Double.POSITIVE_INFINITY;
        };
        // a change that is due but cannot happen (generators out of fuel) is no future event
        return due > afterS ? due : Double.POSITIVE_INFINITY;
    }

    private double retransferAtS() {
        return gridUp ? gridBackS + retransferDelayS : Double.POSITIVE_INFINITY;
    }

    @Override
    public void fire(double timeS) {
        if (state == SupplyState.STORAGE && generators != null && generators.online(timeS)) {
            state = SupplyState.TO_GENERATOR;
            transferEndS = Math.min(timeS, generators.onlineAtS()) + transferTimeS;
        }
        if (state == SupplyState.TO_GENERATOR && timeS >= transferEndS) {
            state = SupplyState.GENERATOR;
        }
        if ((state == SupplyState.GENERATOR || state == SupplyState.TO_GENERATOR) && timeS >= retransferAtS()) {
            state = SupplyState.TO_UTILITY;
            transferEndS = Math.min(timeS, retransferAtS()) + transferTimeS;
        }
        if (state == SupplyState.TO_UTILITY && timeS >= transferEndS) {
            state = SupplyState.UTILITY;
            generators.stop();
        }
    }
}

package org.aidcsim.engine;

/** The utility's losses and returns at their given times, told to the transfer switch as they fall due. */
final class GridTimeline implements TransientDetector {
    private final double[] toggleS;
    private final TransferSwitch transferSwitch;
    private int next;

    /** @param toggleS times the utility is lost or comes back (s), increasing, starting with a loss */
    GridTimeline(double[] toggleS, TransferSwitch transferSwitch) {
        this.toggleS = toggleS;
        this.transferSwitch = transferSwitch;
    }

    @Override
    public double nextS(double afterS) {
        return next < toggleS.length ? toggleS[next] : Double.POSITIVE_INFINITY;
    }

    @Override
    public void fire(double timeS) {
        while (next < toggleS.length && toggleS[next] <= timeS) {
            // even entries are losses, odd ones returns
            if (next % 2 == 0) {
                transferSwitch.gridLost(toggleS[next]);
            } else {
                transferSwitch.gridRestored(toggleS[next]);
            }
            next++;
        }
    }
}

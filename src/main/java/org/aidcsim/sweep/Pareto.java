package org.aidcsim.sweep;

import org.aidcsim.metrics.Direction;

/** Non-dominated points of two metrics, each minimised or maximised as its catalogue direction says. */
public final class Pareto {
    private Pareto() {
    }

    /**
     * @param dx which way x improves
     * @param dy which way y improves
     * @return for each point, whether no other point is at least as good in both coordinates and
     *         better in one; NaN points are never on the front
     */
    public static boolean[] front(double[] x, Direction dx, double[] y, Direction dy) {
        ParetoFront front = new ParetoFront(dx, dy);
        for (int i = 0; i < x.length; i++) {
            front.add(i, x[i], y[i]);
        }
        boolean[] on = new boolean[x.length];
        for (int i : front.indices()) {
            on[i] = true;
        }
        return on;
    }
}

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
        if (dx == Direction.NEITHER || dy == Direction.NEITHER) {
            throw new IllegalArgumentException("a Pareto front needs metrics that are better low or high");
        }
        int n = x.length;
        double[] a = new double[n];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = dx.toMinimise(x[i]);
            b[i] = dy.toMinimise(y[i]);
        }
        return minimalFront(a, b);
    }

    /** The front when both coordinates are to be minimised. */
    static boolean[] minimalFront(double[] x, double[] y) {
        int n = x.length;
        boolean[] on = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(x[i]) || Double.isNaN(y[i])) {
                continue;
            }
            boolean dominated = false;
            for (int j = 0; j < n && !dominated; j++) {
                if (j != i && !Double.isNaN(x[j]) && !Double.isNaN(y[j]) && x[j] <= x[i] && y[j] <= y[i]
                        && (x[j] < x[i] || y[j] < y[i])) {
                    dominated = true;
                }
            }
            on[i] = !dominated;
        }
        return on;
    }
}

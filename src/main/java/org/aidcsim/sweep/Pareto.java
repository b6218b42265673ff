package org.aidcsim.sweep;

/** Non-dominated points when both coordinates are to be minimized. */
public final class Pareto {
    private Pareto() {
    }

    /**
     * @return for each point, whether no other point is at least as good in both coordinates and
     *         better in one; NaN points are never on the front
     */
    public static boolean[] front(double[] x, double[] y) {
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

package org.aidcsim.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.aidcsim.metrics.Direction;
import org.junit.jupiter.api.Test;

/** The incremental front against the definition, checked pair by pair (O(n²)), on random and tied points. */
class ParetoFrontTest {
    /** The definition: no other point at least as good in both and better in one (both minimised). */
    private static boolean[] bruteForce(double[] a, double[] b) {
        boolean[] on = new boolean[a.length];
        for (int i = 0; i < a.length; i++) {
            if (Double.isNaN(a[i]) || Double.isNaN(b[i])) {
                continue;
            }
            boolean dominated = false;
            for (int j = 0; j < a.length && !dominated; j++) {
                dominated = j != i && !Double.isNaN(a[j]) && !Double.isNaN(b[j]) && a[j] <= a[i] && b[j] <= b[i]
                        && (a[j] < a[i] || b[j] < b[i]);
            }
            on[i] = !dominated;
        }
        return on;
    }

    @Test
    void agreesWithTheDefinitionOnRandomPointsWithTiesAndGaps() {
        SplittableRandom random = new SplittableRandom(42);
        for (int trial = 0; trial < 300; trial++) {
            int n = 1 + random.nextInt(200);
            // few distinct values: many ties in one metric, in both, and exact duplicates
            int levels = 1 + random.nextInt(12);
            double[] x = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = random.nextInt(8) == 0 ? Double.NaN : random.nextInt(levels) * 0.5;
                y[i] = random.nextInt(levels) - (random.nextBoolean() ? 0.0 : -0.0);
            }
            for (Direction dx : new Direction[] {Direction.LOWER_IS_BETTER, Direction.HIGHER_IS_BETTER}) {
                for (Direction dy : new Direction[] {Direction.LOWER_IS_BETTER, Direction.HIGHER_IS_BETTER}) {
                    double[] a = new double[n];
                    double[] b = new double[n];
                    for (int i = 0; i < n; i++) {
                        a[i] = dx.toMinimise(x[i]);
                        b[i] = dy.toMinimise(y[i]);
                    }
                    boolean[] expected = bruteForce(a, b);
                    assertArrayEquals(expected, Pareto.front(x, dx, y, dy), "trial " + trial + " " + dx + " " + dy);
                    ParetoFront front = new ParetoFront(dx, dy);
                    for (int i = 0; i < n; i++) {
                        front.add(i, x[i], y[i]);
                    }
                    int count = 0;
                    for (boolean e : expected) {
                        count += e ? 1 : 0;
                    }
                    assertEquals(count, front.size());
                    assertEquals(count, front.alongFront().size());
                }
            }
        }
    }

    /** Anti-correlated points are all on the front: the staircase grows to every point, in order. */
    @Test
    void everyPointOnALineThatFalls() {
        ParetoFront front = new ParetoFront(Direction.LOWER_IS_BETTER, Direction.LOWER_IS_BETTER);
        for (int i = 0; i < 10_000; i++) {
            front.add(i, i, -i);
        }
        assertEquals(10_000, front.size());
        assertEquals(0, front.alongFront().get(0));
        // one point better than all of them in both empties it
        front.add(10_000, -1, -20_000);
        assertArrayEquals(new int[] {10_000}, front.indices());
    }
}

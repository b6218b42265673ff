package org.aidcsim.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.aidcsim.metrics.Direction;

/**
 * The non-dominated points of two metrics, kept as points arrive, so that a sweep of a million
 * variants needs memory for its front only, never for every point. A point is on the front when no
 * other point is at least as good in both metrics and better in one; equal points share a place.
 * NaN points (variants that failed) are never on it.
 *
 * <p>The front is a staircase: sorted by the first metric (to minimise), the second strictly falls.
 * A new point is dominated exactly when the step at or left of its first coordinate is at least as
 * low; otherwise it replaces the steps at or right of it that are no lower. Each arrival costs
 * O(log f) plus the steps it removes, f the front's size.
 */
public final class ParetoFront {
    /** The points of one step: equal in both metrics. */
    private static final class Step {
        final double b;
        int[] indices = new int[1];
        int count;

        Step(double b, int index) {
            this.b = b;
            indices[0] = index;
            count = 1;
        }

        void add(int index) {
            if (count == indices.length) {
                indices = Arrays.copyOf(indices, count * 2);
            }
            indices[count++] = index;
        }
    }

    private final Direction dx;
    private final Direction dy;
    /** First metric (as minimised) → the step there. */
    private final TreeMap<Double, Step> steps = new TreeMap<>();
    private int size;

    /**
     * @param dx which way the first metric improves
     * @param dy which way the second improves
     */
    public ParetoFront(Direction dx, Direction dy) {
        if (dx == Direction.NEITHER || dy == Direction.NEITHER) {
            throw new IllegalArgumentException("a Pareto front needs metrics that are better low or high");
        }
        this.dx = dx;
        this.dy = dy;
    }

    /**
     * Offers one point.
     *
     * @param index the point's number, returned by {@link #indices()}
     * @return whether the point is on the front now (it may leave it later)
     */
    public boolean add(int index, double x, double y) {
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return false;
        }
        // + 0.0 folds -0.0 into 0.0: the map would tell them apart, the comparison does not
        double a = dx.toMinimise(x) + 0.0;
        double b = dy.toMinimise(y);
        Map.Entry<Double, Step> left = steps.floorEntry(a);
        if (left != null) {
            Step s = left.getValue();
            if (left.getKey() == a && s.b == b) {
                s.add(index);
                size++;
                return true;
            }
            if (s.b <= b) {
                return false;
            }
        }
        // every step from a rightwards that is no lower is dominated by the new point
        for (Map.Entry<Double, Step> right = steps.ceilingEntry(a); right != null && right.getValue().b >= b;
                right = steps.ceilingEntry(a)) {
            size -= right.getValue().count;
            steps.remove(right.getKey());
        }
        steps.put(a, new Step(b, index));
        size++;
        return true;
    }

    /** Points on the front. */
    public int size() {
        return size;
    }

    /** Whether the front holds {@code index}: a lookup over the front, for small fronts and tests. */
    public boolean contains(int index) {
        return Arrays.binarySearch(indices(), index) >= 0;
    }

    /** The indices on the front, ascending. */
    public int[] indices() {
        int[] out = new int[size];
        int k = 0;
        for (Step s : steps.values()) {
            System.arraycopy(s.indices, 0, out, k, s.count);
            k += s.count;
        }
        Arrays.sort(out);
        return out;
    }

    /** The indices on the front in order along it: the first metric from best to worst, ties by index. */
    public List<Integer> alongFront() {
        List<Integer> out = new ArrayList<>(size);
        for (Step s : steps.values()) {
            int[] ix = Arrays.copyOf(s.indices, s.count);
            Arrays.sort(ix);
            for (int i : ix) {
                out.add(i);
            }
        }
        return out;
    }
}

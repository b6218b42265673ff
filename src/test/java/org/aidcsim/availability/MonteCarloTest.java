package org.aidcsim.availability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Against closed forms: A = MTBF/(MTBF+MTTR), k-out-of-n = Σ_{i≥k} C(n,i) A^i (1−A)^(n−i). */
class MonteCarloTest {
    private static final FailureData UNIT = new FailureData(2.0, 50.0, "test: λ 2/yr, MTTR 50 h");

    private static AvailabilityModel kOfN(int k, int n) {
        List<Component> cs = new ArrayList<>();
        List<Block> parts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            cs.add(new Component("unit", "unit " + i, UNIT, false));
            parts.add(new Block.Unit(i));
        }
        return new AvailabilityModel(k + "-of-" + n, cs, n == 1 ? parts.get(0) : new Block.KOfN(k, parts), 0, 0);
    }

    private static double closedForm(int k, int n, double a) {
        double sum = 0;
        for (int i = k; i <= n; i++) {
            sum += binomial(n, i) * Math.pow(a, i) * Math.pow(1 - a, n - i);
        }
        return sum;
    }

    private static double binomial(int n, int k) {
        double b = 1;
        for (int i = 1; i <= k; i++) {
            b = b * (n - k + i) / i;
        }
        return b;
    }

    private static void check(int k, int n) {
        AvailabilityResult r = MonteCarlo.run(kOfN(k, n), 20_000, 42);
        double expected = closedForm(k, n, UNIT.availability());
        assertTrue(Math.abs(r.availability() - expected) <= 1.5 * r.availabilityHalfWidth() + 1e-6,
                k + "-of-" + n + ": MC " + r.availability() + " ± " + r.availabilityHalfWidth() + " vs closed form " + expected);
    }

    @Test
    void singleComponentMatchesMtbfOverMtbfPlusMttr() {
        // MTBF = 8760/2 = 4380 h, MTTR = 50 h: A = 4380/4430 = 0.98871.
        assertEquals(4380.0 / 4430.0, UNIT.availability(), 1e-12);
        check(1, 1);
        AvailabilityResult r = MonteCarlo.run(kOfN(1, 1), 20_000, 42);
        assertEquals(2.0 * 0.98871, r.lossesPerYear(), 4 * r.lossesHalfWidth() + 0.02, "a loss per failure while up");
    }

    @Test
    void oneOutOfTwoAndTwoOutOfThreeMatchTheirClosedForms() {
        check(1, 2);
        check(2, 3);
    }

    @Test
    void sameSeedSameResult() {
        AvailabilityResult a = MonteCarlo.run(kOfN(2, 3), 2_000, 7);
        AvailabilityResult b = MonteCarlo.run(kOfN(2, 3), 2_000, 7);
        assertEquals(a, b);
        AvailabilityResult c = MonteCarlo.run(kOfN(2, 3), 2_000, 8);
        assertTrue(a.availability() != c.availability());
    }

    @Test
    void batteryHoldsTheLoadForItsAutonomy() {
        // Utility fails 2/yr for 1.32 h on average (IEEE 493 single-circuit supply, exponential repair).
        FailureData utility = new FailureData(2.0, 1.32, "test");
        FailureData perfect = new FailureData(0.0, 1.0, "never fails");
        List<Component> cs = List.of(new Component("utility", "utility", utility, false),
                new Component("battery", "battery", perfect, false));
        Block none = new Block.Unit(0);
        Block tenMinutes = new Block.Buffer(0, new Block.Unit(0), 1, 600);
        double bare = MonteCarlo.run(new AvailabilityModel("bare", cs, none, 0, 0), 20_000, 1).downtimeMinutesPerYear();
        double held = MonteCarlo.run(new AvailabilityModel("held", cs, tenMinutes, 1, 0), 20_000, 1).downtimeMinutesPerYear();
        // With exponential outages of mean 79.2 min, a 10-minute battery removes 10 min from each: the expected
        // downtime per outage becomes 79.2 · e^(-10/79.2) min.
        double mean = 1.32 * 60;
        assertEquals(2 * mean, bare, 0.05 * 2 * mean);
        assertEquals(2 * mean * Math.exp(-10 / mean), held, 0.05 * 2 * mean);
    }
}

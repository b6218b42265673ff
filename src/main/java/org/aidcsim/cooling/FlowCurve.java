package org.aidcsim.cooling;

import java.util.List;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * A component's pressure drop against flow, ΔP = a·Q + b·Q²: a viscous (laminar, ∝ μ) term and an
 * inertial (form-loss and turbulent, ∝ ρ) term, the two terms of the Darcy–Forchheimer form that
 * fits cold-plate, quick-disconnect and heat-exchanger curves. The coefficients come from a
 * data-sheet curve measured with water at {@value #REFERENCE_TEMP_C} °C; another fluid or
 * temperature scales the viscous term by μ/μ_ref and the inertial one by ρ/ρ_ref.
 *
 * @param viscousPaPerM3PerS a (Pa per m³/s), ≥ 0
 * @param inertialPaPerM3PerS2 b (Pa per (m³/s)²), ≥ 0
 */
public record FlowCurve(double viscousPaPerM3PerS, double inertialPaPerM3PerS2) {
    /** Data-sheet curves are measured with water at room temperature. */
    public static final double REFERENCE_TEMP_C = 25.0;

    /** One measured point of a data-sheet curve. */
    public record Point(double flowM3PerS, double pressureDropPa) {
    }

    public FlowCurve {
        if (!(viscousPaPerM3PerS >= 0 && inertialPaPerM3PerS2 >= 0)) {
            throw new IllegalArgumentException("flow-curve coefficients must be ≥ 0");
        }
    }

    /**
     * Least-squares fit of a and b through the origin (no flow, no drop). With one point, or when
     * the free fit gives a negative term (a curve measured too coarsely), the fit keeps the
     * quadratic term alone: turbulent components dominate at the flows a loop runs at.
     */
    public static FlowCurve fit(List<Point> points) {
        if (points.size() == 2) {
            // Two points fix a and b exactly: q1·a + q1²·b = p1, q2·a + q2²·b = p2.
            double q1 = points.get(0).flowM3PerS();
            double q2 = points.get(1).flowM3PerS();
            double det = q1 * q2 * q2 - q2 * q1 * q1;
            if (det != 0) {
                double p1 = points.get(0).pressureDropPa();
                double p2 = points.get(1).pressureDropPa();
                double a = (p1 * q2 * q2 - p2 * q1 * q1) / det;
                double b = (q1 * p2 - q2 * p1) / det;
                if (a >= 0 && b >= 0) {
                    return new FlowCurve(a, b);
                }
            }
        } else if (points.size() > 2) {
            double[] y = new double[points.size()];
            double[][] x = new double[points.size()][2];
            for (int i = 0; i < y.length; i++) {
                double q = points.get(i).flowM3PerS();
                y[i] = points.get(i).pressureDropPa();
                x[i][0] = q;
                x[i][1] = q * q;
            }
            OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
            ols.setNoIntercept(true);
            ols.newSampleData(y, x);
            try {
                double[] ab = ols.estimateRegressionParameters();
                if (ab[0] >= 0 && ab[1] >= 0) {
                    return new FlowCurve(ab[0], ab[1]);
                }
            } catch (SingularMatrixException e) {
                // All points at one flow: only the quadratic term can be told; the validator refuses such a curve anyway.
            }
        }
        double num = 0;
        double den = 0;
        for (Point p : points) {
            double q2 = p.flowM3PerS() * p.flowM3PerS();
            num += p.pressureDropPa() * q2;
            den += q2 * q2;
        }
        return new FlowCurve(0, den > 0 ? num / den : 0);
    }

    /** Pressure drop (Pa) at {@code flowM3PerS} with a fluid μ/μ_ref and ρ/ρ_ref times the reference water's. */
    public double pressureDropPa(double flowM3PerS, double viscosityRatio, double densityRatio) {
        return viscousPaPerM3PerS * flowM3PerS * viscosityRatio + inertialPaPerM3PerS2 * flowM3PerS * flowM3PerS * densityRatio;
    }
}

package org.aidcsim.cooling;

import java.util.List;
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

    /** A purely quadratic component that drops {@code pressureDropPa} at {@code flowM3PerS}. */
    public static FlowCurve quadratic(double flowM3PerS, double pressureDropPa) {
        return new FlowCurve(0, flowM3PerS > 0 ? pressureDropPa / (flowM3PerS * flowM3PerS) : 0);
    }

    /**
     * Least-squares fit of a and b through the origin (no flow, no drop). With one point, or when
     * the free fit gives a negative term (a curve measured too coarsely), the fit keeps the
     * quadratic term alone: turbulent components dominate at the flows a loop runs at.
     */
    public static FlowCurve fit(List<Point> points) {
        if (points.size() >= 2) {
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
            double[] ab = ols.estimateRegressionParameters();
            if (ab[0] >= 0 && ab[1] >= 0) {
                return new FlowCurve(ab[0], ab[1]);
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

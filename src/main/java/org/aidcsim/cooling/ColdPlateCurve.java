package org.aidcsim.cooling;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.aidcsim.catalog.Coolant;
import org.aidcsim.units.Units;

/**
 * A cold plate's case-to-inlet thermal resistance against the coolant flow through it, from
 * measured points, and its pressure drop against flow.
 * <p>
 * R·V̇ is close to linear in V̇ over published cold-plate data, so the points are fitted by least
 * squares as R·V̇ = a + b·V̇, that is R = b + a / V̇: the form of Modelica Buildings'
 * {@code Fluid.DataCenterEquipment.Racks.LiquidCooledSinglePhase.BaseClasses.CaseTemperature}
 * (lbl-srg/modelica-buildings, PR #4667, 2026), extrapolated linearly in R·V̇ beyond the points.
 * The pressure drop follows ΔP = ΔP₀ (V̇ / V̇₀)^n.
 *
 * @param key name in scenario files
 * @param fluid the coolant the points were measured with
 * @param flowsM3PerS flows of the points, increasing (m³/s)
 * @param resistancesKPerW resistance at each flow (K/W)
 * @param nominalFlowM3PerS flow of the pressure-drop rating (m³/s)
 * @param nominalPressureDropPa pressure drop at that flow (Pa)
 * @param flowExponent n of the pressure-drop law
 * @param source where the points come from
 */
public record ColdPlateCurve(String key, Coolant fluid, List<Double> flowsM3PerS, List<Double> resistancesKPerW,
        double nominalFlowM3PerS, double nominalPressureDropPa, double flowExponent, String source) {

    public ColdPlateCurve {
        flowsM3PerS = List.copyOf(flowsM3PerS);
        resistancesKPerW = List.copyOf(resistancesKPerW);
        // The format bounds each value; the order of the points is checked with the loop's other relations.
        if (flowsM3PerS.size() < 2 || flowsM3PerS.size() != resistancesKPerW.size()) {
            throw new IllegalArgumentException("a cold-plate curve needs at least two points, one resistance per flow");
        }
    }

    /** True when the fitted resistance falls as the flow rises and stays above 0 over the points (R·V̇ = a + b·V̇ with a, b > 0). */
    public boolean fitIsPhysical() {
        Fit f = fit();
        return f.a() > 0 && f.b() > 0;
    }

    /** True when {@code flowM3PerS} lies within the measured points. */
    public boolean covers(double flowM3PerS) {
        return flowM3PerS >= flowsM3PerS.get(0) * (1 - 1e-9) && flowM3PerS <= flowsM3PerS.get(flowsM3PerS.size() - 1) * (1 + 1e-9);
    }

    /** Index of the first point whose flow does not increase on the one before; -1 when all do. */
    public int firstNonIncreasingPoint() {
        for (int i = 1; i < flowsM3PerS.size(); i++) {
            if (!(flowsM3PerS.get(i) > flowsM3PerS.get(i - 1))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Pressure drop of the OCP cold-plate loop, 8 plates side by side (8 × 1) at 10 L/min of PG25, so
     * 1.25 L/min through each plate, and its flow exponent.
     */
    private static final double OCP_DP_PA = 50_000;
    private static final double OCP_DP_FLOW_M3_PER_S = Units.litresPerMinuteToM3PerS(10.0 / 8);
    private static final double OCP_FLOW_EXPONENT = 1.85;
    private static final String OCP_DP_SOURCE = "; pressure drop 50 kPa for the OCP loop of 8 plates side by side at 10 L/min of "
            + "PG25 (1.25 L/min a plate), as Modelica Buildings' ColdPlateR_P documentation states it, with a flow exponent of "
            + "1.85 that the same documentation attributes to a fit of Chen et al.'s data while its data records call it "
            + "generic: confirm both for your plate";

    /** OCP 1 kW OAM cold plate with PG25: Chen et al., OCP OAI System Liquid Cooling Guidelines (2023), Fig. 7. */
    public static final ColdPlateCurve OCP_1KW_OAM_PG25 = new ColdPlateCurve("ocp-1kw-oam-pg25", Coolant.PG25,
            litresPerMinute(0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.2, 1.4, 1.6, 1.8, 2.0, 2.2, 2.4),
            List.of(0.0389, 0.0325, 0.0300, 0.0280, 0.0265, 0.0255, 0.0245, 0.0230, 0.0220, 0.0214, 0.0209, 0.0204, 0.0200, 0.0197),
            OCP_DP_FLOW_M3_PER_S, OCP_DP_PA, OCP_FLOW_EXPONENT, "Chen et al., OCP OAI System Liquid Cooling Guidelines (Open Compute "
            + "Project, 3 Mar 2023), Fig. 7: 1 kW OAM cold plate, PG25, as digitized in Modelica Buildings' OCP_1kW_OAM_PG25"
            + OCP_DP_SOURCE);

    /** OCP 1 kW OAM cold plate with DI water: Chen et al. (2023), Fig. 8. */
    public static final ColdPlateCurve OCP_1KW_OAM_WATER = new ColdPlateCurve("ocp-1kw-oam-water", Coolant.WATER,
            litresPerMinute(2.0, 3.0, 4.0, 5.0), List.of(0.0172, 0.0160, 0.0154, 0.0151),
            OCP_DP_FLOW_M3_PER_S, OCP_DP_PA, OCP_FLOW_EXPONENT, "Chen et al., OCP OAI System Liquid Cooling Guidelines (Open Compute "
            + "Project, 3 Mar 2023), Fig. 8: 1 kW OAM cold plate, DI water, as digitized in Modelica Buildings' OCP_1kW_OAM_Water"
            + OCP_DP_SOURCE);

    public static final List<ColdPlateCurve> BUILT_IN = List.of(OCP_1KW_OAM_PG25, OCP_1KW_OAM_WATER);

    public static Optional<ColdPlateCurve> ofKey(String key) {
        return BUILT_IN.stream().filter(c -> c.key.equals(key)).findFirst();
    }

    private static List<Double> litresPerMinute(double... values) {
        return Arrays.stream(values).map(Units::litresPerMinuteToM3PerS).boxed().toList();
    }

    /**
     * The fit R·V̇ = a + b·V̇, kept by whoever reads the curve step after step (the points are fitted once).
     *
     * @param a intercept of R·V̇ (K·m³/(W·s))
     * @param b slope, the resistance at unbounded flow (K/W)
     * @param floorFlowM3PerS the smallest flow the resistance is read at: the fit grows without bound as the flow stops
     */
    public record Fit(double a, double b, double floorFlowM3PerS) {
        /** Case-to-inlet resistance at {@code flowM3PerS} through the plate (K/W). */
        public double resistanceKPerW(double flowM3PerS) {
            return b + a / Math.max(flowM3PerS, floorFlowM3PerS);
        }
    }

    /** The least-squares fit of R·V̇ = a + b·V̇ over the points. */
    public Fit fit() {
        int n = flowsM3PerS.size();
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            double x = flowsM3PerS.get(i);
            double y = resistancesKPerW.get(i) * x;
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        double b = (n * sxy - sx * sy) / (n * sxx - sx * sx);
        double a = (sy - b * sx) / n;
        // Regularised near zero flow, as the source does.
        return new Fit(a, b, 1e-4 * flowsM3PerS.get(0));
    }

    /** Case-to-inlet resistance at {@code flowM3PerS} through the plate (K/W), with the fitted curve. */
    public double resistanceKPerW(double flowM3PerS) {
        return fit().resistanceKPerW(flowM3PerS);
    }

    /** Pressure drop at {@code flowM3PerS} (Pa). */
    public double pressureDropPa(double flowM3PerS) {
        return nominalPressureDropPa * Math.pow(Math.max(0, flowM3PerS) / nominalFlowM3PerS, flowExponent);
    }
}

package org.aidcsim.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aidcsim.catalog.CurveBasis;
import org.aidcsim.catalog.LossModel;
import org.aidcsim.catalog.LossTerms;
import org.aidcsim.catalog.TabulatedEfficiency;
import org.aidcsim.metrics.AnnualMetrics;
import org.aidcsim.power.ModularConverter;
import org.aidcsim.power.PowerChain;
import org.aidcsim.power.PowerStage;
import org.aidcsim.power.StageKind;
import org.aidcsim.site.Evaluation;

/**
 * How sure a ranking of two power architectures is: the band of the difference of their grid →
 * chip losses that their curves' tolerances allow. Each converter's loss over the run may be off by
 * a share set by its curve's basis; like stages of the two designs on the same curve share the
 * error, which then moves both losses together and leaves only the difference of the two shifts;
 * stages on different curves err independently. The terms add in quadrature (root-sum-square), so
 * the band is a typical spread, not a bound. Conductors are computed from resistivity and have no
 * curve error.
 */
public final class RankingBand {
    private RankingBand() {
    }

    /**
     * Tolerance of a stage's loss by its curve's basis, as a share of the loss (labelled estimates).
     * A share of the loss, not points of efficiency: a 99.9 % switchgear cannot be off by a point.
     * For a shelf near 97.5 % the shares come to about ±0.5 points for a datasheet, a measurement or a
     * scenario's own curve (two 0.5 %-class power meters allow about ±0.7 % of efficiency: EPSMA,
     * "Accurate Efficiency Measurements", 2015, on the method), ±1 for a published figure or a
     * specification's target, ±1.5 for an estimate, ±2 for a standard's minimum, which products exceed.
     */
    static double tolerance(CurveBasis basis) {
        return switch (basis) {
            case VENDOR_DATASHEET, MEASURED, SCENARIO -> 0.2;
            case PUBLISHED_FIGURE, SPECIFICATION_TARGET -> 0.4;
            case ESTIMATE -> 0.6;
            case STANDARD_MINIMUM -> 0.8;
        };
    }

    /** One converter stage's part: its role among like stages, its curve, the loss a tolerance shift makes (J). */
    record Stage(String role, String curve, double shiftJ) {
    }

    /**
     * A curve's identity across presets and compilations: its points (or terms) and basis, so that
     * two presets reusing one curve under different names share its error.
     */
    private static String curveKey(LossModel m) {
        String shape = m instanceof TabulatedEfficiency t ? Arrays.toString(t.loadFractions()) + Arrays.toString(t.efficiencies())
                : m instanceof LossTerms l ? l.noLoadFraction() + "," + l.proportionalFraction() + "," + l.quadraticFraction()
                : m.toString();
        return shape + "|" + m.basis();
    }

    /** Like stages across architectures: what each does, whatever its kind is called there. */
    static String role(StageKind k) {
        return switch (k) {
            case SHELF, DCDC -> "rack power shelves";
            case UPS, RECTIFIER, SST -> "UPS, rectifier or SST";
            case VRM -> "board regulators";
            default -> k.key();
        };
    }

    /** The converter stages of a run with the loss shift their curve's tolerance makes (J). */
    static List<Stage> stages(Evaluation e) {
        AnnualMetrics m = e.metrics();
        PowerChain chain = e.scenario().model().powerChain();
        List<Stage> out = new ArrayList<>();
        // facility stages, from the rack inputs back to the grid: each passes on its output plus its loss
        double output = m.itEnergyJ();
        for (int i = 0; i < chain.size(); i++) {
            double loss = m.stageLossEnergyJ().get(i);
            add(out, chain.stage(i), output + loss, loss);
            output += loss;
        }
        // in-rack stages, from the rack inputs to the chips (the first group's curve stands for the stage)
        if (!chain.rackChains().isEmpty()) {
            double input = m.itEnergyJ();
            List<PowerStage> rack = chain.rackChains().get(0).stagesFromRackInput();
            for (int k = 0; k < rack.size(); k++) {
                double loss = m.rackStageLossEnergyJ().get(k);
                add(out, rack.get(k), input, loss);
                input -= loss;
            }
        }
        return out;
    }

    private static void add(List<Stage> out, PowerStage st, double inputJ, double lossJ) {
        if (st.loss() instanceof ModularConverter c && inputJ > 0) {
            out.add(new Stage(role(st.kind()), curveKey(c.perUnit()), lossJ * tolerance(c.perUnit().basis())));
        }
    }

    /**
     * Band of b's grid → chip losses minus a's (J): like stages on one curve contribute the
     * difference of their shifts, the others each their own, in quadrature.
     */
    public static double bandJ(Evaluation a, Evaluation b) {
        Map<String, Stage> first = byRole(stages(a));
        Map<String, Stage> second = byRole(stages(b));
        double sum = 0;
        for (Map.Entry<String, Stage> e : first.entrySet()) {
            Stage other = second.get(e.getKey());
            if (other != null && other.curve() != null && other.curve().equals(e.getValue().curve())) {
                double d = other.shiftJ() - e.getValue().shiftJ();
                sum += d * d;
            } else {
                sum += e.getValue().shiftJ() * e.getValue().shiftJ();
            }
        }
        for (Map.Entry<String, Stage> e : second.entrySet()) {
            Stage mine = first.get(e.getKey());
            if (mine == null || mine.curve() == null || !mine.curve().equals(e.getValue().curve())) {
                sum += e.getValue().shiftJ() * e.getValue().shiftJ();
            }
        }
        return Math.sqrt(sum);
    }

    private static Map<String, Stage> byRole(List<Stage> stages) {
        Map<String, Stage> out = new LinkedHashMap<>();
        for (Stage s : stages) {
            // two stages of one role in a chain on one curve err together; on different curves, independently
            out.merge(s.role(), s, (x, y) -> x.curve() != null && x.curve().equals(y.curve())
                    ? new Stage(x.role(), x.curve(), x.shiftJ() + y.shiftJ())
                    : new Stage(x.role(), null, Math.hypot(x.shiftJ(), y.shiftJ())));
        }
        return out;
    }
}

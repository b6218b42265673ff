package org.aidcsim.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.aidcsim.it.RackGroup;
import org.aidcsim.power.ConductorRun;
import org.aidcsim.power.ModularConverter;
import org.aidcsim.power.PowerChain;
import org.aidcsim.power.PowerStage;
import org.aidcsim.power.RackChain;
import org.aidcsim.power.StageKind;

/**
 * The power chain in steady state at one IT load: every stage's input, output, loss and load,
 * from the grid to the chips. What {@code aidcsim chain} prints and the efficiency charts plot.
 *
 * @param itPowerW IT power at the rack inputs (W)
 * @param gridPowerW power drawn from the grid by the chain (W)
 * @param chipPowerW power delivered to the chips (W)
 * @param stagesFromGrid each stage, grid first
 */
public record ChainPoint(double itPowerW, double gridPowerW, double chipPowerW, List<StagePoint> stagesFromGrid) {
    public ChainPoint {
        stagesFromGrid = List.copyOf(stagesFromGrid);
    }

    /**
     * One stage at this operating point. For in-rack stages the figures are summed over every rack.
     *
     * @param name stage name
     * @param kind stage kind
     * @param inRack behind the IT meter
     * @param heatSink where its loss goes (key)
     * @param unitsInstalled installed units over the hall, or 0 for conductors
     * @param redundancy redundancy key, or "" for conductors
     * @param unitRatingW rating of one unit (W), or NaN for conductors
     * @param inputW power in (W)
     * @param lossW loss (W)
     * @param loadFraction load per installed unit, or NaN for conductors
     * @param conductorMassKg mass of the loaded conductors (kg), 0 for converters
     * @param source where the loss data come from
     */
    public record StagePoint(String name, StageKind kind, boolean inRack, String heatSink, int unitsInstalled, String redundancy,
            double unitRatingW, double inputW, double lossW, double loadFraction, double conductorMassKg, String source) {
        public double outputW() {
            return inputW - lossW;
        }

        public double efficiency() {
            return inputW > 0 ? outputW() / inputW : Double.NaN;
        }
    }

    /** Facility side only: IT power / grid power. */
    public double facilityEfficiency() {
        return gridPowerW > 0 ? itPowerW / gridPowerW : Double.NaN;
    }

    /** Whole chain: chip power / grid power. */
    public double endToEndEfficiency() {
        return gridPowerW > 0 ? chipPowerW / gridPowerW : Double.NaN;
    }

    /** Total mass of loaded conductors in the chain (kg). */
    public double conductorMassKg() {
        return stagesFromGrid.stream().mapToDouble(StagePoint::conductorMassKg).sum();
    }

    /**
     * The chain of {@code model} with every rack group at {@code itFraction} of its peak.
     *
     * @param itFraction fraction of design IT load, ≥ 0
     */
    public static ChainPoint of(SiteModel model, double itFraction) {
        PowerChain chain = model.powerChain();
        List<RackGroup> groups = model.itLoad().groups();
        double[] groupW = new double[groups.size()];
        double itW = 0;
        for (int g = 0; g < groups.size(); g++) {
            groupW[g] = groups.get(g).peakPowerW() * itFraction;
            itW += groupW[g];
        }
        double[] rackLoss = new double[chain.rackStageCount()];
        double chipW = chain.chipPowerW(groupW, rackLoss);
        double[] facilityLoss = new double[chain.size()];
        double gridW = chain.inputPowerW(itW, facilityLoss);

        List<StagePoint> points = new ArrayList<>();
        double out = itW;
        List<StagePoint> facility = new ArrayList<>();
        for (int i = 0; i < chain.size(); i++) {
            PowerStage st = chain.stage(i);
            facility.add(point(st, out + facilityLoss[i], facilityLoss[i], st.loss().loadFraction(out)));
            out += facilityLoss[i];
        }
        for (int i = facility.size() - 1; i >= 0; i--) {
            points.add(facility.get(i));
        }
        List<RackChain> rackChains = chain.rackChains();
        double in = itW;
        for (int k = 0; k < chain.rackStageCount(); k++) {
            int units = 0;
            double servedW;
            double capacityW = 0;
            double massKg = 0;
            PowerStage first = null;
            for (int g = 0; g < rackChains.size(); g++) {
                RackChain rc = rackChains.get(g);
                PowerStage st = rc.stagesFromRackInput().get(k);
                first = first == null ? st : first;
                if (st.loss() instanceof ModularConverter m) {
                    units += rc.racks() * m.unitsInstalled();
                    capacityW += rc.racks() * m.installedCapacityW();
                } else if (st.loss() instanceof ConductorRun c) {
                    massKg += rc.racks() * c.massKg();
                }
            }
            double stageIn = in;
            servedW = stageIn - rackLoss[k];
            double loadFraction = capacityW > 0 ? servedW / capacityW : Double.NaN;
            StagePoint p = point(first, stageIn, rackLoss[k], loadFraction);
            points.add(new StagePoint(p.name(), p.kind(), true, p.heatSink(), units, p.redundancy(), p.unitRatingW(), stageIn,
                    rackLoss[k], loadFraction, massKg, p.source()));
            in = servedW;
        }
        return new ChainPoint(itW, gridW, chipW, points);
    }

    private static StagePoint point(PowerStage st, double inputW, double lossW, double loadFraction) {
        if (st.loss() instanceof ModularConverter m) {
            return new StagePoint(st.name(), st.kind(), st.inRack(), st.heatSink().key(), m.unitsInstalled(),
                    m.redundancy().key(), m.unitRatingW(), inputW, lossW, loadFraction, 0.0, m.perUnit().source());
        }
        ConductorRun c = (ConductorRun) st.loss();
        return new StagePoint(st.name(), st.kind(), st.inRack(), st.heatSink().key(), 0, "", Double.NaN, inputW, lossW,
                Double.NaN, c.massKg(), String.format(Locale.ROOT, "%s %s %.0f V, %.0f m, %.0f mm² x %d run(s), I²R at %.0f °C",
                        c.material().key(), c.system().key(), c.voltageV(), c.lengthM(), c.crossSectionMm2(), c.parallelRuns(),
                        c.temperatureC()));
    }
}

package org.aidcsim.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import org.aidcsim.power.ConductorRun;
import org.aidcsim.power.ModularConverter;
import org.aidcsim.power.PowerChain;
import org.aidcsim.power.PowerStage;
import org.aidcsim.power.RackChain;
import org.aidcsim.power.StageKind;
import org.aidcsim.units.Named;

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
     * @param unitRatingW rating of one unit (W), or NaN for conductors and for in-rack stages whose groups differ
     * @param installedCapacityW rating of every unit installed, redundant ones included, over the hall (W); 0 for conductors
     * @param inputW power in (W)
     * @param lossW loss (W)
     * @param loadFraction load per installed unit, or NaN for conductors
     * @param conductorMassKg mass of the loaded conductors (kg), 0 for converters
     * @param conductorSets parallel sets of conductors, 0 for converters
     * @param conductorSizeMm2 cross-section of one conductor (mm²), NaN for converters
     * @param source where the loss data come from
     */
    public record StagePoint(String name, StageKind kind, boolean inRack, String heatSink, int unitsInstalled, String redundancy,
            double unitRatingW, double installedCapacityW, double inputW, double lossW, double loadFraction, double conductorMassKg, int conductorSets,
            double conductorSizeMm2, String source, String basis, String perRack) {
        public double outputW() {
            return inputW - lossW;
        }

        public double efficiency() {
            return inputW > 0 ? outputW() / inputW : Double.NaN;
        }

/** A builder that names every field, so that two values cannot be swapped silently. */
        public static Builder builder() {
            return new Builder();
        }

        /** Builds a {@link StagePoint} field by field. */
        public static final class Builder {
            private String name;
            private StageKind kind;
            private Boolean inRack;
            private String heatSink;
            private Integer unitsInstalled;
            private String redundancy;
            private Double unitRatingW;
            private Double installedCapacityW;
            private Double inputW;
            private Double lossW;
            private Double loadFraction;
            private Double conductorMassKg;
            private Integer conductorSets;
            private Double conductorSizeMm2;
            private String source;
            private String basis;
            private String perRack = "";

            private Builder() {
            }

            public Builder name(String value) { name = value; return this; }
            public Builder kind(StageKind value) { kind = value; return this; }
            public Builder inRack(boolean value) { inRack = value; return this; }
            public Builder heatSink(String value) { heatSink = value; return this; }
            public Builder unitsInstalled(int value) { unitsInstalled = value; return this; }
            public Builder redundancy(String value) { redundancy = value; return this; }
            public Builder unitRatingW(double value) { unitRatingW = value; return this; }
            public Builder installedCapacityW(double value) { installedCapacityW = value; return this; }
            public Builder inputW(double value) { inputW = value; return this; }
            public Builder lossW(double value) { lossW = value; return this; }
            public Builder loadFraction(double value) { loadFraction = value; return this; }
            public Builder conductorMassKg(double value) { conductorMassKg = value; return this; }
            public Builder conductorSets(int value) { conductorSets = value; return this; }
            public Builder conductorSizeMm2(double value) { conductorSizeMm2 = value; return this; }
            public Builder source(String value) { source = value; return this; }
            public Builder basis(String value) { basis = value; return this; }
            public Builder perRack(String value) { perRack = value; return this; }

            public StagePoint build() {
                Named.require("name", name != null);
                Named.require("kind", kind != null);
                Named.require("inRack", inRack != null);
                Named.require("heatSink", heatSink != null);
                Named.require("unitsInstalled", unitsInstalled != null);
                Named.require("redundancy", redundancy != null);
                Named.require("unitRatingW", unitRatingW != null);
                Named.require("installedCapacityW", installedCapacityW != null);
                Named.require("inputW", inputW != null);
                Named.require("lossW", lossW != null);
                Named.require("loadFraction", loadFraction != null);
                Named.require("conductorMassKg", conductorMassKg != null);
                Named.require("conductorSets", conductorSets != null);
                Named.require("conductorSizeMm2", conductorSizeMm2 != null);
                Named.require("source", source != null);
                Named.require("basis", basis != null);
                return new StagePoint(name, kind, inRack, heatSink, unitsInstalled, redundancy, unitRatingW, installedCapacityW,
                        inputW, lossW, loadFraction, conductorMassKg, conductorSets, conductorSizeMm2, source, basis, perRack);
            }
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
     * The chain of {@code model} at {@code itFraction} of its design IT load (the sizing basis), the
     * load shared among rack groups in proportion to their nameplate.
     *
     * @param itFraction fraction of design IT load, ≥ 0
     */
    public static ChainPoint of(SiteModel model, double itFraction) {
        PowerChain chain = model.powerChain();
        double[] groupW = DesignPoint.groupItPowerW(model, itFraction);
        double itW = 0;
        for (double w : groupW) {
            itW += w;
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
            Set<String> names = new LinkedHashSet<>();
            Set<Double> ratings = new LinkedHashSet<>();
            Set<String> schemes = new LinkedHashSet<>();
            Set<String> perRack = new LinkedHashSet<>();
            for (int g = 0; g < rackChains.size(); g++) {
                RackChain rc = rackChains.get(g);
                PowerStage st = rc.stagesFromRackInput().get(k);
                first = first == null ? st : first;
                if (rc.racks() > 0) {
                    names.add(st.name());
                }
                if (st.loss() instanceof ModularConverter m) {
                    ratings.add(m.unitRatingW());
                    schemes.add(m.redundancy().key());
                    units += rc.racks() * m.unitsInstalled();
                    capacityW += rc.racks() * m.installedCapacityW();
                    if (rc.racks() > 0) {
                        perRack.add(m.unitsInstalled() + " per rack (" + m.arrangement() + ")");
                    }
                } else if (st.loss() instanceof ConductorRun c) {
                    massKg += rc.racks() * c.massKg();
                }
            }
            double stageIn = in;
            servedW = stageIn - rackLoss[k];
            double loadFraction = capacityW > 0 ? servedW / capacityW : Double.NaN;
            StagePoint p = point(first, stageIn, rackLoss[k], loadFraction);
            // Groups may differ (server supplies in one, shelves in another): name both, and a rating only if shared.
            points.add(StagePoint.builder().name(names.isEmpty() ? p.name() : String.join(" / ", names)).kind(p.kind()).inRack(true)
                    .heatSink(p.heatSink()).unitsInstalled(units).redundancy(schemes.size() > 1 ? "mixed" : p.redundancy())
                    .unitRatingW(ratings.size() == 1 ? p.unitRatingW() : Double.NaN).installedCapacityW(capacityW)
                    .inputW(stageIn).lossW(rackLoss[k])
                    .loadFraction(loadFraction).conductorMassKg(massKg).conductorSets(p.conductorSets())
                    .conductorSizeMm2(p.conductorSizeMm2()).source(p.source()).basis(p.basis())
                    .perRack(String.join(" / ", perRack)).build());
            in = servedW;
        }
        return new ChainPoint(itW, gridW, chipW, points);
    }

    private static StagePoint point(PowerStage st, double inputW, double lossW, double loadFraction) {
        if (st.loss() instanceof ModularConverter m) {
            return StagePoint.builder().name(st.name()).kind(st.kind()).inRack(st.inRack()).heatSink(st.heatSink().key())
                    .unitsInstalled(m.unitsInstalled()).redundancy(m.redundancy().key()).unitRatingW(m.unitRatingW())
                    .installedCapacityW(m.installedCapacityW()).inputW(inputW)
                    .lossW(lossW).loadFraction(loadFraction).conductorMassKg(0.0).conductorSets(0).conductorSizeMm2(Double.NaN)
                    .source(m.perUnit().source()).basis(m.perUnit().basis().key()).build();
        }
        ConductorRun c = (ConductorRun) st.loss();
        return StagePoint.builder().name(st.name()).kind(st.kind()).inRack(st.inRack()).heatSink(st.heatSink().key())
                .unitsInstalled(0).redundancy("").unitRatingW(Double.NaN).installedCapacityW(0.0).inputW(inputW).lossW(lossW).loadFraction(Double.NaN)
                .conductorMassKg(c.massKg()).conductorSets(c.parallelRuns()).conductorSizeMm2(c.crossSectionMm2())
                // concatenated, not String.format: a sweep describes its cables once per variant
                .source(c.material().key() + " " + c.system().key() + " " + whole(c.voltageV()) + " V, " + whole(c.lengthM())
                        + " m, " + c.parallelRuns() + " set(s) of " + plain(c.crossSectionMm2()) + " mm² per pole, I²R at "
                        + whole(c.temperatureC()) + " °C; sized by " + c.sizedBy()).basis("computed").build();
    }

    /** As {@code %.0f} writes it: rounded half away from zero. */
    private static String whole(double v) {
        long r = Math.round(Math.abs(v));
        return (v < 0 ? "-" : "") + r;
    }

    /** 240 as "240", 1.5 as "1.5". */
    /** A standard size as written (2.5, 240); a busway's equivalent section to the mm² (1916). */
    private static String plain(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : v < 10 ? Double.toString(v) : Long.toString(Math.round(v));
    }
}

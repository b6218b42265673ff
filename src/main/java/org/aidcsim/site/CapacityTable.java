package org.aidcsim.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.aidcsim.backup.BackupDefaults;
import org.aidcsim.backup.BackupParams;
import org.aidcsim.cooling.CoolingPlant;
import org.aidcsim.cooling.LiquidPath;
import org.aidcsim.cooling.PlantGraph;
import org.aidcsim.cooling.PlantSizer;
import org.aidcsim.cooling.Pump;
import org.aidcsim.engine.ChainPoint;
import org.aidcsim.engine.DesignPoint;
import org.aidcsim.engine.SiteModel;
import org.aidcsim.it.RackGroup;
import org.aidcsim.power.ModularConverter;
import org.aidcsim.power.PowerStage;
import org.aidcsim.power.RackChain;

/**
 * Every plant item of a sized site against its design basis: installed, firm (redundant units
 * failed), required and the margin between them. A site sized on a declared load below the racks'
 * nameplate also carries what the nameplate would need of each item.
 *
 * @param designItPowerW the IT load the plant is sized on (W)
 * @param nameplateItPowerW racks × rack power (W)
 * @param declared true when the basis is a declared load, not the nameplate
 * @param items power chain (grid first), in-rack supplies per group, generators, then cooling
 */
public record CapacityTable(double designItPowerW, double nameplateItPowerW, boolean declared, List<CapacityItem> items) {
    public CapacityTable {
        items = List.copyOf(items);
    }

    /** The items of {@code model}, sized with {@code backup}. */
    static CapacityTable of(SiteModel model, BackupParams backup, boolean declared) {
        List<CapacityItem> items = new ArrayList<>();
        powerItems(model, items);
        rackItems(model, items);
        backup.generators().ifPresent(g -> items.add(new CapacityItem("backup.generators", "standby generators", "output",
                g.units(), Math.min(BackupDefaults.GENERATOR_REDUNDANT_UNITS, g.units()), "N+1", g.unitRatingW(),
                DesignPoint.facilityPowerW(model), Double.NaN, false)));
        coolingItems(model.cooling(), items);
        return new CapacityTable(model.designItPowerW(), model.itLoad().nameplatePowerW(), declared, items);
    }

    /** This table with, for each item, what {@code nameplate} (the same site sized on its nameplate) requires of it. */
    CapacityTable withNameplate(CapacityTable nameplate) {
        Map<String, Double> need = nameplate.items.stream().collect(Collectors.toMap(CapacityItem::key, CapacityItem::requiredW,
                (a, b) -> a));
        return new CapacityTable(designItPowerW, nameplateItPowerW, declared, items.stream()
                .map(i -> i.atNameplate(need.getOrDefault(i.key(), Double.NaN))).toList());
    }

    /** The items whose firm capacity is below what the nameplate would need of them. */
    public List<CapacityItem> shortAtNameplate() {
        return items.stream().filter(i -> i.marginAtNameplate() < 0).toList();
    }

    /** The items whose firm capacity is below what the basis needs of them. */
    public List<CapacityItem> shortAtBasis() {
        return items.stream().filter(i -> i.margin() < 0).toList();
    }

    /** The facility stages built of units, each on the power it delivers at the design basis. */
    private static void powerItems(SiteModel model, List<CapacityItem> items) {
        List<ChainPoint.StagePoint> fromGrid = ChainPoint.of(model, 1.0).stagesFromGrid();
        List<PowerStage> fromLoad = model.powerChain().stages();
        for (int k = 0; k < fromLoad.size(); k++) {
            PowerStage st = fromLoad.get(fromLoad.size() - 1 - k);
            if (st.loss() instanceof ModularConverter m) {
                items.add(new CapacityItem("power.stages[" + k + "]", st.name(), "output", m.unitsInstalled(),
                        m.unitsInstalled() - m.unitsNeeded(), m.redundancy().key(), m.unitRatingW(), fromGrid.get(k).outputW(),
                        Double.NaN, false));
            }
        }
    }

    /**
     * The supplies inside each group's racks, per rack, on what one rack at its nameplate draws
     * through them: any rack may, whatever the site's basis.
     */
    private static void rackItems(SiteModel model, List<CapacityItem> items) {
        List<RackChain> chains = model.powerChain().rackChains();
        List<RackGroup> groups = model.itLoad().groups();
        for (int g = 0; g < chains.size(); g++) {
            RackGroup group = groups.get(g);
            if (group.racks() == 0) {
                continue;
            }
            double inW = group.rackPowerW();
            List<PowerStage> stages = chains.get(g).stagesFromRackInput();
            for (int k = 0; k < stages.size(); k++) {
                PowerStage st = stages.get(k);
                double outW = st.loss().outputForInputW(inW);
                if (st.loss() instanceof ModularConverter m) {
                    items.add(new CapacityItem("it.groups[" + g + "].rack_stages[" + k + "]", group.name() + ": " + st.name()
                            + " (per rack)", "output", m.unitsInstalled(), m.unitsInstalled() - m.unitsNeeded(),
                            m.redundancy().key(), m.unitRatingW(), outW, Double.NaN, true));
                }
                inW = outW;
            }
        }
    }

    /**
     * CDUs and their pumps with their redundancy; the heat rejection and plant pumps, which the
     * plant sizes to the heat that reaches them at design (no redundant units modelled).
     */
    private static void coolingItems(CoolingPlant plant, List<CapacityItem> items) {
        Optional<PlantGraph.Node> cduPumps = plant.graph().node(PlantSizer.CDU_PUMPS);
        plant.liquid().ifPresent(l -> cduPumps.ifPresent(n -> items.add(cdus(l, n.designHeatInW()))));
        for (PlantGraph.Node n : plant.graph().nodes()) {
            if (n.component() instanceof Pump p) {
                items.add(new CapacityItem("cooling." + p.name(), p.name() + " (electric input)", "electric input", 1, 0, "duty",
                        p.designPowerW(), p.designPowerW(), Double.NaN, false));
            } else if (n.component().name().equals(PlantSizer.CHILLED_WATER) || n.component().name().equals(PlantSizer.FACILITY_WATER)) {
                items.add(new CapacityItem("cooling." + n.component().name(), n.component().name() + " (heat rejection)", "heat",
                        1, 0, "duty", n.designHeatInW(), n.designHeatInW(), Double.NaN, false));
            }
        }
    }

    private static CapacityItem cdus(LiquidPath l, double liquidHeatW) {
        return new CapacityItem("cooling.cdus", l.design().cdusPerGroup() ? "CDUs (each group its own)" : "CDUs", "heat",
                l.cduUnitsInstalled(), l.cduUnitsInstalled() - l.cduUnitsNeeded(), l.design().cduRedundancy().key()
                + (l.design().cdusPerGroup() ? " per group" : ""), l.cduCapacityW(), liquidHeatW, Double.NaN, false);
    }
}

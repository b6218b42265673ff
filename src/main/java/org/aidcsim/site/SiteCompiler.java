package org.aidcsim.site;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.aidcsim.backup.BackupDefaults;
import org.aidcsim.backup.BackupParams;
import org.aidcsim.catalog.RackSupply;
import org.aidcsim.cooling.ChipCheck;
import org.aidcsim.cooling.CoolingParams;
import org.aidcsim.cooling.RearDoorParams;
import org.aidcsim.cooling.CoolingPlant;
import org.aidcsim.cooling.GroupLiquid;
import org.aidcsim.cooling.LiquidLoopParams;
import org.aidcsim.cooling.LiquidPath;
import org.aidcsim.cooling.PlantSizer;
import org.aidcsim.engine.DesignPoint;
import org.aidcsim.engine.SimulationWindow;
import org.aidcsim.engine.SiteModel;
import org.aidcsim.it.ItLoad;
import org.aidcsim.it.RackGroup;
import org.aidcsim.power.Architecture;
import org.aidcsim.power.ChainSizer;
import org.aidcsim.power.HeatSink;
import org.aidcsim.power.StageKind;
import org.aidcsim.power.StageRecipe;
import org.aidcsim.power.PowerChain;
import org.aidcsim.power.StageTemplate;
import org.aidcsim.scenario.LoadedScenario;
import org.aidcsim.scenario.ScenarioException;
import org.aidcsim.scenario.ScenarioInputs;
import org.aidcsim.scenario.ScenarioSpec;
import org.aidcsim.scenario.ScenarioSpec.RackGroupSpec;
import org.aidcsim.scenario.ScenarioVariants;
import org.aidcsim.schema.FieldIssue;
import org.aidcsim.schema.Issue;
import org.aidcsim.schema.Location;
import org.aidcsim.schema.Node;
import org.aidcsim.units.Units;

/**
 * Turns a loaded scenario into a sized site: its inputs read ({@link ScenarioInputs}), the design
 * checked against the limits the physics packages publish (each parameter record's own issues,
 * placed in the file), and the sizing handed to them (the chain to {@link ChainSizer}, the cooling
 * plant to {@link PlantSizer}, the backup banks to {@link BackupParams}). Every problem is reported
 * at its place in the file, all at once.
 */
public final class SiteCompiler {
    /** A peak draw below this share of the design IT load is a hall left idle, or a figure in other units. */
    private static final double IDLE_SHARE = 0.01;

    private SiteCompiler() {
    }

    public static CompiledScenario compile(LoadedScenario s) throws ScenarioException {
        List<Issue> issues = new ArrayList<>();
        ScenarioInputs in = ScenarioInputs.read(s, issues);
        List<String> warnings = new ArrayList<>(in.warnings());
        ScenarioSpec spec = s.spec();
        CoolingParams cooling = spec.cooling();
        ItLoad it = in.itLoad();
        List<ChainSizer.Problem> problems = new ArrayList<>();
        List<ChainSizer.RackGroupLoad> rackLoads = new ArrayList<>();
        for (int g = 0; g < it.groups().size(); g++) {
            RackGroup group = it.groups().get(g);
            RackGroupSpec file = spec.it().groups().get(g);
            RackSupply supply = file.supply().resolve(file.rackPowerW());
            // Any rack may draw its nameplate: what its own supplies must carry, whatever the site's basis.
            rackLoads.add(new ChainSizer.RackGroupLoad(group.racks(), group.rackPowerW(), group.rackPowerW(),
                    supply, cooling.rackItPowerW(file.serverPowerW()), vendorSupplies(file, supply)));
            overrideWarnings(spec, file, supply, vendorSupplies(file, supply).isPresent(), warnings);
            if (supply == RackSupply.SERVER_PSUS && s.locations().containsKey("it.groups[" + g + "].rack_power_supply")
                    && in.stageTemplates().stream().noneMatch(t -> t.recipe() instanceof StageRecipe.RackSupplyRecipe)) {
                warnings.add("group " + file.name() + ": rack_power_supply server_psus does not apply here: the chain's racks "
                        + "take DC/DC shelves, which they keep");
            }
        }
        double designItW = spec.it().designBasis().designItPowerW(it);
        if (it.peakPowerW() < IDLE_SHARE * designItW) {
            // every figure is then fixed losses over a trickle: most often a utilization or a rack power in other units
            warnings.add(String.format(Locale.ROOT, "the racks draw at most %.2f %% of the design IT load (%,.1f of %,.0f kW): "
                    + "the fixed losses of the chain and the plant make every figure; is utilization a fraction (0.8 for 80 %%) "
                    + "and rack_power_kw in kW?", 100 * it.peakPowerW() / designItW, Units.wToKw(it.peakPowerW()),
                    Units.wToKw(designItW)));
        }
        Optional<PowerChain> chain = ChainSizer.size(in.stageTemplates(), designItW, rackLoads,
                spec.power().designLoadFraction(), problems);
        for (ChainSizer.Problem p : problems) {
            StageKind kind = in.stageTemplates().get(p.stageIndex()).kind();
            boolean overridden = spec.power().overrides().containsKey(kind)
                    && (p.cause().field().equals("units") || p.cause().field().equals("unit_rating_kw"));
            String path = p.cause().field().equals("server_power_kw") ? "it.groups"
                    : overridden ? "power.stage_overrides." + kind.key() + "." + p.cause().field()
                    : spec.power().stages().isEmpty() ? "power.architecture" : "power.stages[" + p.stageIndex() + "]." + p.cause().field();
            issues.add(s.issueAt(path, "stage \"" + p.stageName() + "\" " + p.cause().getMessage()));
        }
        coolingIssues(s, issues, warnings);
        heatSinkIssues(s, in.stageTemplates(), cooling, issues);
        if (!issues.isEmpty()) {
            throw new ScenarioException(issues);
        }
        return sized(in, chain.orElseThrow(), designItW, warnings);
    }

    /** The backup, support loads and cooling plant of a site whose chain is sized on {@code designItW}. */
    /** How far past its last point a branch curve is read at design: three times its largest flow. */
    private static final double MAX_EXTRAPOLATION = 3.0;
    /** Highest loop-pump head the format takes where a user types one (Pa): the bound a curve's head is held to. */
    private static final double MAX_LOOP_HEAD_PA = 1.5e6;

    private static CompiledScenario sized(ScenarioInputs in, PowerChain sized, double designItW, List<String> warnings)
            throws ScenarioException {
        ScenarioSpec spec = in.scenario().spec();
        ItLoad it = in.itLoad();
        BackupParams.Origin origin = spec.backupOrigin();
        if (origin == BackupParams.Origin.ASSUMED && (designItW <= 0
                || sized.stages().stream().noneMatch(st -> st.kind().makesProtectedBus()))) {
            origin = BackupParams.Origin.NONE;
        }
        // The assumed battery depends on the design IT load only; its generators on the whole site, sized below.
        BackupParams backup = switch (origin) {
            case FILE -> spec.backup().orElseThrow();
            case ASSUMED -> BackupDefaults.assumed(designItW, 0);
            case NONE -> BackupParams.NONE;
        };
        // The hall's lighting follows its floor; the rest of the building (electrical and mechanical rooms, offices)
        // grows with the plant it houses, which dense racks do not shrink.
        double whiteSpaceM2 = it.rackCount() * spec.site().whiteSpaceM2PerRack();
        double miscW = whiteSpaceM2 * spec.site().supportPowerWPerM2() + spec.site().supportPowerFraction() * designItW;
        // Batteries on float draw power all year: a loss of the backup, released in the electrical room.
        double standbyW = backup.floatLossW();
        CoolingPlant plant = PlantSizer.size(spec.cooling(), groupsLiquid(spec, it, designItW),
                sized.lossW(designItW, HeatSink::toAirPlant) + miscW + standbyW,
                sized.lossW(designItW, sink -> sink == HeatSink.RACK_LIQUID), in.weather().meanPressurePa());
        var hydraulics = plant.liquid().flatMap(LiquidPath::hydraulics);
        double curveTopM3PerS = spec.cooling().liquid().flatMap(LiquidLoopParams::hydraulics).map(h -> h.branchPoints()
                .get(h.branchPoints().size() - 1).flowM3PerS()).orElse(Double.NaN);
        if (hydraulics.isPresent() && hydraulics.get().branchFlowM3PerS() > MAX_EXTRAPOLATION * curveTopM3PerS) {
            // a curve read this far past its last point says little; most often its flows are in m³/h, not L/min
            throw new ScenarioException(List.of(in.scenario().issueAt("cooling.liquid.hydraulics.branch_curve", String.format(
                    Locale.ROOT, "ends at %s L/min a branch, but the design flow is %.1f L/min a branch, %.0f times more: give "
                    + "points up to the design flow (are the flows in m³/h? 1 m³/h = 16.67 L/min)",
                    new BigDecimal(String.format(Locale.ROOT, "%.3g", Units.m3PerSToLitrePerMin(curveTopM3PerS)))
                            .stripTrailingZeros().toPlainString(), Units.m3PerSToLitrePerMin(hydraulics.get().branchFlowM3PerS()),
                    hydraulics.get().branchFlowM3PerS() / curveTopM3PerS))));
        }
        if (hydraulics.isPresent() && hydraulics.get().headPa() > MAX_LOOP_HEAD_PA) {
            // a head no loop pump gives: most often flows in m³/h where L/min were meant, or drops in Pa for kPa
            throw new ScenarioException(List.of(in.scenario().issueAt("cooling.liquid.hydraulics.branch_curve", String.format(
                    Locale.ROOT, "gives a loop head of %,.0f kPa at the design flow of %.1f L/min a branch, above the %,.0f kPa a "
                    + "loop pump is given (are the flows in m³/h? 1 m³/h = 16.67 L/min; or the drops in Pa?)",
                    Units.paToKpa(hydraulics.get().headPa()), Units.m3PerSToLitrePerMin(hydraulics.get().branchFlowM3PerS()),
                    Units.paToKpa(MAX_LOOP_HEAD_PA)))));
        }
        var coldestCoolantC = spec.cooling().liquid().map(l -> l.coolant().properties().minTempC()).orElse(Double.NaN);
        var unreachable = plant.liquid().flatMap(LiquidPath::chip).filter(chip -> chip.warmestFacilitySupplyC() < coldestCoolantC);
        if (unreachable.isPresent()) {
            // no loop can run colder than its fluid's range: most often power_w in mW or a resistance in K/kW
            ChipCheck chip = unreachable.get();
            throw new ScenarioException(List.of(in.scenario().issueAt("cooling.liquid.chip", String.format(Locale.ROOT,
                    "raises the case %,.0f K above its coolant at design (%,.0f W through %.4g K/W): no facility water keeps it "
                    + "under its %.1f °C limit, even at the coolant's lowest %.0f °C (is power_w in W and resistance_k_per_w in "
                    + "K/W?)", chip.caseTempC() - chip.coolantSupplyC(), chip.powerW(), chip.resistanceKPerW(), chip.caseLimitC(),
                    coldestCoolantC))));
        }
        plant.liquid().flatMap(LiquidPath::chip).filter(chip -> chip.marginK() < 0).ifPresent(chip -> warnings.add(String.format(
                Locale.ROOT, "the hottest chip runs at %.1f °C, %.1f K above its case limit of %.1f °C at design load; the "
                + "facility water must be at most %.1f °C (cooling.liquid.chip)", chip.caseTempC(), -chip.marginK(),
                chip.caseLimitC(), chip.warmestFacilitySupplyC())));
        plant.liquid().ifPresent(liquid -> catalogueCoolantWarnings(spec.it().groups(), liquid.coolantSupplyTempC(), warnings));
        SimulationWindow window = new SimulationWindow(spec.simulation().startDay(), spec.simulation().days(),
                spec.simulation().stepS());
        SiteModel model = SiteModel.builder().name(spec.name()).weather(in.weather()).itLoad(it).designItPowerW(designItW).powerChain(sized).cooling(plant)
                .miscPowerW(miscW).standbyLossW(standbyW).window(window).whiteSpaceM2(whiteSpaceM2).build();
        if (origin == BackupParams.Origin.ASSUMED) {
            backup = BackupDefaults.assumed(designItW, DesignPoint.facilityPowerW(model));
        }
        CapacityTable capacity = capacity(in.scenario(), model, backup, warnings);
        return new CompiledScenario(in.scenario(), model, backup, origin, in.economics(), in.standards(), in.jurisdiction(), capacity,
                warnings);
    }

    /**
     * The site's items against its basis and, for a declared basis, against what the same site
     * sized on its nameplate needs: every item short of either is warned about.
     */
    private static CapacityTable capacity(LoadedScenario s, SiteModel model, BackupParams backup, List<String> warnings) {
        boolean declared = !s.spec().it().designBasis().nameplate();
        CapacityTable table = CapacityTable.of(model, backup, declared);
        double peakW = model.itLoad().peakPowerW();
        if (peakW > model.designItPowerW() * (1 + 1e-9)) {
            warnings.add(String.format(Locale.ROOT, "it.design_basis: the racks draw up to %,.0f kW, more than the %,.0f kW the plant "
                    + "is sized on; the run simulates its fans, pumps and chillers beyond their design", Units.wToKw(peakW),
                    Units.wToKw(model.designItPowerW())));
        }
        model.cooling().liquid().filter(l -> l.racks() == 0).ifPresent(l -> warnings.add("no rack group is on the liquid loop "
                + "(every liquid_fraction is 0): its CDUs and pumps carry only the chain's losses to liquid; choose air cooling or "
                + "give the liquid-cooled groups their share"));
        for (CapacityItem i : table.shortAtBasis()) {
            warnings.add(String.format(Locale.ROOT, "%s: %,.0f kW with %s is below the %,.0f kW the design basis needs of it",
                    i.item(), Units.wToKw(i.firmW()), i.spareUnits() == 0 ? "every unit running" : i.spareUnits()
                    + " redundant unit(s) failed", Units.wToKw(i.requiredW())));
        }
        if (!declared) {
            return table;
        }
        try {
            table = table.withNameplate(compile(ScenarioVariants.with(s, Map.of(), List.of("it.design_basis"))).capacity());
        } catch (ScenarioException e) {
            warnings.add("the racks' nameplate could not be sized for comparison: " + e.getMessage());
            return table;
        }
        List<String> shortItems = table.shortAtNameplate().stream().map(i -> String.format(Locale.ROOT, "%s %,.0f kW firm < %,.0f kW",
                i.item(), Units.wToKw(i.firmW()), Units.wToKw(i.requiredAtNameplateW()))).toList();
        if (table.designItPowerW() < table.nameplateItPowerW()) {
            warnings.add(String.format(Locale.ROOT, "it.design_basis: the plant is sized on %,.0f kW of IT, below the racks' nameplate "
                    + "of %,.0f kW%s", Units.wToKw(table.designItPowerW()), Units.wToKw(table.nameplateItPowerW()), shortItems.isEmpty()
                    ? "; every item still carries the nameplate" : "; at nameplate these would be short: " + String.join("; ", shortItems)));
        }
        return table;
    }

    /** Each group's share of the design IT load (in proportion to its nameplate) with its liquid figures. */
    private static List<GroupLiquid> groupsLiquid(ScenarioSpec spec, ItLoad it, double designItW) {
        double nameplateW = it.nameplatePowerW();
        List<GroupLiquid> out = new ArrayList<>();
        for (int g = 0; g < it.groups().size(); g++) {
            RackGroup group = it.groups().get(g);
            RackGroupSpec file = spec.it().groups().get(g);
            double shareW = nameplateW > 0 ? group.racks() * group.rackPowerW() / nameplateW * designItW : 0.0;
            out.add(new GroupLiquid(group.name(), group.racks(), shareW, group.racks() * group.rackPowerW(), file.liquidFraction(),
                    file.coolantDeltaTK()));
        }
        return out;
    }

    /** Heat a stage sends to the rack's liquid needs a liquid loop. */
    private static void heatSinkIssues(LoadedScenario s, List<StageTemplate> templates, CoolingParams cooling, List<Issue> issues) {
        for (int k = 0; k < templates.size() && !cooling.technology().hasLiquidLoop(); k++) {
            if (templates.get(k).heatSink() == HeatSink.RACK_LIQUID) {
                issues.add(s.issueAt("power.stages[" + k + "].heat_to", "no liquid loop to take this heat with air cooling "
                        + "(expected outdoors, electrical_room or white_space, found rack_liquid)"));
            }
        }
    }

    /**
     * The supplies a catalogue rack is built with, when its vendor publishes them and the group keeps
     * the rack's own kind of supply: shelves per rack, or supplies per server × servers.
     */
    private static Optional<ChainSizer.VendorSupplies> vendorSupplies(RackGroupSpec g, RackSupply supply) {
        return g.catalogRack().filter(r -> r.supply() == supply && r.supplyUnits().isPresent() && !Double.isNaN(r.supplyUnitW()))
                .map(r -> new ChainSizer.VendorSupplies(r.supplyUnits().getAsInt() * r.servers().orElse(1), r.supplyUnitW(),
                        (r.supplyUnits().getAsInt() - r.supplySpares()) + "+" + r.supplySpares()
                                + (r.servers().isPresent() ? " per server, " + r.servers().getAsInt() + " servers" : "")
                                + (r.feeds() == 2 ? ", A/B feeds" : "")));
    }

    /**
     * Where a shelf override does not reach a group's rack supplies: a catalogue system keeps its own
     * count and rating (the curve applies), servers' own supplies keep their certified curve.
     */
    private static void overrideWarnings(ScenarioSpec spec, RackGroupSpec g, RackSupply supply, boolean vendor, List<String> warnings) {
        ScenarioSpec.StageOverrideSpec o = spec.power().overrides().get(StageKind.SHELF);
        if (o == null) {
            return;
        }
        if (supply == RackSupply.SERVER_PSUS) {
            warnings.add("group " + g.name() + ": power.stage_overrides.shelf does not reach its servers' own supplies, which keep "
                    + "the 80 PLUS Titanium curve they are certified to");
        } else if (vendor && (o.units().isPresent() || o.unitRatingW().isPresent())) {
            warnings.add("group " + g.name() + ": power.stage_overrides.shelf units and unit_rating_kw do not reach its catalogue "
                    + "system's shelves, which keep their published count and rating; the curve applies");
        }
    }

    /** A catalogue rack fed warmer coolant than its vendor allows still runs in the model, but the design does not hold. */
    private static void catalogueCoolantWarnings(List<RackGroupSpec> groups, double supplyC, List<String> warnings) {
        for (RackGroupSpec g : groups) {
            g.catalogRack().ifPresent(rack -> rack.coolantSupplyMaxC().stream().filter(maxC -> supplyC > maxC).forEach(maxC ->
                    warnings.add(String.format(Locale.ROOT, "group %s: coolant reaches its racks at %.1f °C, above the %.1f °C "
                            + "its catalogue system allows (%s); lower cooling.liquid.facility_supply_temp_c", g.name(), supplyC,
                            maxC, rack.sourceOf("coolant_supply_max_c")))));
        }
    }

    /** The limits the cooling package publishes, placed in the file: its own relations, and air per rack of each group. */
    private static void coolingIssues(LoadedScenario s, List<Issue> issues, List<String> warnings) {
        CoolingParams c = s.spec().cooling();
        for (FieldIssue i : c.issues()) {
            if (i.warning()) {
                warnings.add(i.message());
            } else {
                issues.add(s.issueAt("cooling." + i.path(), i.message()));
            }
        }
        List<RackGroupSpec> groups = s.spec().it().groups();
        List<String> names = groups.stream().map(RackGroupSpec::name).toList();
        List<String> doorGroups = c.air().rearDoors().map(RearDoorParams::groups).orElse(List.of());
        for (int i = 0; i < doorGroups.size(); i++) {
            if (!names.contains(doorGroups.get(i))) {
                issues.add(s.issueAt("cooling.air.rear_doors.groups[" + i + "]", "no rack group of that name (expected one of "
                        + String.join(", ", names) + ", found " + doorGroups.get(i) + ")"));
            }
        }
        if (c.issues().stream().anyMatch(i -> !i.warning())) {
            return;
        }
        for (int g = 0; g < groups.size(); g++) {
            int at = g;
            RackGroupSpec group = groups.get(g);
            c.rackAirProblem(group.name(), group.rackPowerW(), group.liquidFraction())
                    .ifPresent(m -> issues.add(s.issueAt("it.groups[" + at + "].rack_power_kw", m)));
        }
    }

    /**
     * The same scenario with another preset architecture (preset options kept), made by editing the
     * written document, so that its echo in reports shows the architecture that ran.
     */
    public static CompiledScenario compileWithArchitecture(LoadedScenario s, Architecture architecture) throws ScenarioException {
        Location here = new Location("--architectures " + architecture.key(), 0, 0);
        Map<String, Node> sets = new LinkedHashMap<>();
        sets.put("name", new Node.ScalarNode(here, Optional.of(s.spec().name() + "-" + architecture.key())));
        sets.put("power.architecture", new Node.ScalarNode(here, Optional.of(architecture.key())));
        return compile(ScenarioVariants.with(s, sets, List.of("power.stages", "sweep")));
    }

}

package org.aidcsim.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.aidcsim.scenario.ScenarioException;
import org.aidcsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * The plant is sized on the racks' nameplate, or on a load the designer declares: utilization says
 * how the site runs, never what it is built for (issue 24).
 */
class DesignBasisTest {
    private static final String HALL = """
            name: hall
            site: {weather: {type: epw, file: ../weather/CHN_Guangdong.Shaoguan.590820_CSWD.epw}}
            it:
              groups: [{name: gpu, racks: 64, rack_power_kw: 130, utilization: %s}]%s
            power: {architecture: hvdc-240v}
            cooling: {technology: cold_plate, liquid: {capture_fraction: 0.8, facility_supply_temp_c: 32}}
            """;

    private static CompiledScenario compile(String utilization, String basis) throws ScenarioException {
        return SiteCompiler.compile(ScenarioLoader.parse(Path.of("scenarios", "hall.yaml"), HALL.formatted(utilization, basis)));
    }

    private static Map<String, String> installed(CapacityTable t) {
        return t.items().stream().collect(Collectors.toMap(CapacityItem::key, i -> i.units() + " x " + i.unitRatingW()));
    }

    @Test
    void utilizationDoesNotChangeWhatIsBuilt() throws ScenarioException {
        CompiledScenario at90 = compile("0.9", "");
        CompiledScenario at100 = compile("1.0", "");
        assertEquals(installed(at100.capacity()), installed(at90.capacity()), "the same plant at 90 and 100 % utilization");
        assertEquals(64 * 130e3, at90.model().designItPowerW(), 1e-6);
        Map<String, Integer> units = at90.capacity().items().stream().collect(Collectors.toMap(CapacityItem::key, CapacityItem::units));
        // The hand count for this hall at nameplate (10,430 kW peak facility): 6 gensets, 8 CDUs, 5 transformers, 19 rectifiers.
        assertEquals(6, units.get("backup.generators"));
        assertEquals(8, units.get("cooling.cdus"));
        assertTrue(at90.capacity().shortAtBasis().isEmpty(), "a plant sized on its basis is nowhere short of it");
        for (CapacityItem i : at90.capacity().items()) {
            assertTrue(i.margin() >= -1e-12, i.item() + " margin " + i.margin());
        }
    }

    @Test
    void aDeclaredLoadBelowNameplateIsWarnedWithWhatNameplateNeeds() throws ScenarioException {
        CompiledScenario c = compile("0.9", "\n  design_basis: {design_it_load_kw: 6000, margin: 0.1}");
        CapacityTable t = c.capacity();
        assertTrue(t.declared());
        assertEquals(6.6e6, t.designItPowerW(), 1e-6, "declared × (1 + margin)");
        assertEquals(8.32e6, t.nameplateItPowerW(), 1e-6);
        List<CapacityItem> shortItems = t.shortAtNameplate();
        assertFalse(shortItems.isEmpty(), "a plant for 6.6 MW cannot carry 8.3 MW everywhere");
        assertTrue(shortItems.stream().anyMatch(i -> i.key().equals("cooling.cdus")), "CDUs sized on 6.6 MW × 0.8 fall short");
        String warning = c.warnings().stream().filter(w -> w.contains("below the racks' nameplate")).findFirst().orElseThrow();
        assertTrue(c.warnings().stream().anyMatch(w -> w.startsWith("it.design_basis: the racks draw up to 7,488 kW, more than "
                + "the 6,600 kW")), "the run itself goes beyond the plant's design: " + c.warnings());
        assertTrue(warning.contains("6,600 kW") && warning.contains("8,320 kW") && warning.contains("CDUs"), warning);
        CompiledScenario nameplate = compile("0.9", "");
        CapacityItem cdus = t.items().stream().filter(i -> i.key().equals("cooling.cdus")).findFirst().orElseThrow();
        CapacityItem cdusAtNameplate = nameplate.capacity().items().stream().filter(i -> i.key().equals("cooling.cdus")).findFirst()
                .orElseThrow();
        assertEquals(cdusAtNameplate.requiredW(), cdus.requiredAtNameplateW(), 1e-9, "what nameplate needs is the nameplate sizing's");
        assertTrue(cdus.units() < cdusAtNameplate.units());
    }

    @Test
    void aDeclaredLoadAboveNameplateCarriesTheNameplateWithoutAWarning() throws ScenarioException {
        CompiledScenario c = compile("0.9", "\n  design_basis: {design_it_load_kw: 9000}");
        assertTrue(c.capacity().shortAtNameplate().isEmpty());
        assertTrue(c.warnings().stream().noneMatch(w -> w.startsWith("it.design_basis")), c.warnings().toString());
    }

    @Test
    void generatorsGivenTooSmallAreWarnedAboutAtTheirPlace() throws ScenarioException {
        CompiledScenario c = SiteCompiler.compile(ScenarioLoader.parse(Path.of("scenarios", "hall.yaml"), HALL.formatted("0.9", "")
                + "backup: {generators: {units: 5, unit_rating_kw: 2500}}\n"));
        CapacityItem gens = c.capacity().items().stream().filter(i -> i.key().equals("backup.generators")).findFirst().orElseThrow();
        assertEquals(10e6, gens.firmW(), 1e-6, "5 sets, one failed");
        assertTrue(gens.margin() < 0, "10.0 MW firm under a ~10.4 MW design facility load: " + gens.requiredW());
        assertTrue(c.warnings().stream().anyMatch(w -> w.startsWith("standby generators: 10,000 kW with 1 redundant unit(s) failed")),
                c.warnings().toString());
    }
}

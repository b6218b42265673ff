package org.aidcsim.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** At 100 kW racks, in the same climate and on the same power chain, the technologies order as published. */
class TechnologyOrderTest {
    private static final String SHAOGUAN = "CHN_Guangdong.Shaoguan.590820_CSWD.epw";

    private static double pue(String epw, String technology, String extra) {
        String yaml = """
                name: order-%s
                site: {weather: {type: epw, file: ../weather/%s}}
                it: {groups: [{name: g, racks: 50, rack_power_kw: 100}]}
                power: {architecture: hvdc-240v}
                cooling: {technology: %s%s}
                """.formatted(technology, epw, technology, extra);
        return AnnualRun.metricsOnly(Scenarios.fromYaml(yaml).model()).pue();
    }

    private static double[] all(String epw) {
        // Air cannot remove 100 kW per rack (about 20-30 kW with containment); to rank it anyway the limit is lifted,
        // as if rear-door heat exchangers carried the rest at the same chilled-water cost.
        return new double[] {pue(epw, "air", ", air: {max_rack_air_kw: 100}"), pue(epw, "cold_plate", ""),
            pue(epw, "spray", ""), pue(epw, "immersion", "")};
    }

    @ParameterizedTest
    @ValueSource(strings = {"USA_IL_Chicago-OHare.Intl.AP.725300_TMY3.epw", SHAOGUAN, "USA_FL_Tampa.Intl.AP.722110_TMY3.epw",
        "USA_AZ_Davis-Monthan.AFB.722745_TMY3.epw"})
    void airAboveColdPlateAboveSprayAtOrAboveImmersionInEveryClimate(String epw) {
        double[] p = all(epw);
        assertTrue(p[0] > p[1] && p[1] > p[2] && p[2] >= p[3], epw + ": " + Arrays.toString(p));
    }

    @Test
    void eachInsideItsPublishedRangeInShaoguan() {
        double[] p = all(SHAOGUAN);
        String s = "air, cold plate, spray, immersion: " + Arrays.toString(p);
        // Air between new large builds (≤ 1.3) and the Uptime survey average 1.55-1.58;
        // cold plate 1.1-1.2; spray about 1.1; immersion about 1.09 (Alibaba Renhe, measured in Hangzhou, zone 3A).
        // Measured figures include the building's support loads, as the model now does (0.5 % of IT beyond the hall's
        // lighting), and Shaoguan (2A) is warmer than Hangzhou: spray and immersion within 0.01 of those figures.
        assertTrue(p[0] >= 1.15 && p[0] <= 1.6, s);
        assertTrue(p[1] >= 1.1 && p[1] <= 1.2, s);
        assertTrue(p[2] >= 1.02 && p[2] < 1.11, s);
        assertTrue(p[3] >= 1.02 && p[3] < 1.10, s);
    }

    @ParameterizedTest
    @ValueSource(strings = {"USA_IL_Chicago-OHare.Intl.AP.725300_TMY3.epw", SHAOGUAN, "USA_AZ_Davis-Monthan.AFB.722745_TMY3.epw"})
    void twoPhaseImmersionNeedsLessCoolingEnergyThanSinglePhase(String epw) {
        String yaml = """
                name: two-phase
                site: {weather: {type: epw, file: ../weather/%s}}
                it: {groups: [{name: g, racks: 50, rack_power_kw: 100}]}
                power: {architecture: hvdc-240v}
                cooling: {technology: %s}
                """;
        var twoPhase = AnnualRun.metricsOnly(Scenarios.fromYaml(yaml.formatted(epw, "immersion_two_phase")).model());
        var singlePhase = AnnualRun.metricsOnly(Scenarios.fromYaml(yaml.formatted(epw, "immersion")).model());
        // No fluid pumps (the fluid boils and condenses) and warmer facility water (W45): less cooling energy.
        assertTrue(twoPhase.ppueCooling() < singlePhase.ppueCooling(), twoPhase.ppueCooling() + " vs " + singlePhase.ppueCooling());
        // Published two-phase immersion lab measurements: pPUE 1.037-1.053; this plant (dry coolers on 40 °C water, no auxiliaries)
        // sits at or below that range.
        assertTrue(twoPhase.ppueCooling() < 1.053, "pPUE " + twoPhase.ppueCooling());
    }
}

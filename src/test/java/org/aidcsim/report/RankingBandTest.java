package org.aidcsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.aidcsim.catalog.CurveBasis;
import org.aidcsim.power.Architecture;
import org.aidcsim.power.ModularConverter;
import org.aidcsim.scenario.ScenarioLoader;
import org.aidcsim.site.Evaluation;
import org.aidcsim.site.SiteCompiler;
import org.junit.jupiter.api.Test;

/**
 * The band of a difference of grid → chip losses: a stage moves its loss by E_in · Δη / η for a
 * tolerance Δη of its curve's basis; like stages on one curve share the error (their shifts
 * subtract), the rest add in quadrature.
 */
class RankingBandTest {
    private static final String HALL = """
            name: band
            site: {weather: {type: constant, dry_bulb_c: 20}, country: CN}
            it: {groups: [{name: gpu, racks: 20, rack_power_kw: 130}]}
            power:
              architecture: %s
            %s
            cooling: {technology: cold_plate}
            simulation: {days: 2}
            """;

    private static Evaluation hall(String architecture, String overrides) throws Exception {
        return Evaluation.of(SiteCompiler.compile(ScenarioLoader.parse(Path.of("scenarios/band.yaml"),
                HALL.formatted(architecture, overrides))), false);
    }

    @Test
    void aDesignAgainstItselfOrAPresetOnTheSameCurvesHasNoBand() throws Exception {
        Evaluation a = hall("hvdc-240v", "");
        assertEquals(0.0, RankingBand.bandJ(a, a), 0.0);
        // 336 V reuses the 240 V rectifier's points and every other curve: only the small differences of their shifts remain
        Evaluation b = hall("hvdc-336v", "");
        assertTrue(RankingBand.bandJ(a, b) < 0.01 * RankingBand.bandJ(a, hall("dc-800v-sst", "")));
    }

    /** One maker's shelf against the preset's: the two shelves err independently, every other stage shares its curve. */
    @Test
    void twoShelvesOnDifferentCurvesAddInQuadrature() throws Exception {
        Evaluation preset = hall("hvdc-240v", "");
        Evaluation maker = hall("hvdc-240v", """
                  stage_overrides:
                    shelf:
                      efficiency_curve:
                        - {load_fraction: 0.1, efficiency: 0.95}
                        - {load_fraction: 0.5, efficiency: 0.978}
                        - {load_fraction: 1.0, efficiency: 0.97}
                      curve_basis: vendor_datasheet
                """);
        double shelfPreset = shelfShift(preset, RankingBand.tolerance(CurveBasis.SPECIFICATION_TARGET));
        double shelfMaker = shelfShift(maker, RankingBand.tolerance(CurveBasis.VENDOR_DATASHEET));
        double band = RankingBand.bandJ(preset, maker);
        double shelvesOnly = Math.hypot(shelfPreset, shelfMaker);
        assertEquals(shelvesOnly, band, 0.02 * shelvesOnly, "the shared stages add little: " + band + " against " + shelvesOnly);
        assertTrue(band >= shelvesOnly);
        assertEquals(Architecture.HVDC_240V, preset.scenario().scenario().spec().power().architecture().orElseThrow());
    }

    /** The rack shelf's loss over the run times its basis's share. */
    private static double shelfShift(Evaluation e, double tolerance) {
        return e.metrics().rackStageLossEnergyJ().get(0) * tolerance;
    }

    /**
     * The band is made of the stages' losses, not of their throughput: a 99.96 % switchgear adds
     * next to nothing. 800 V DC against 240 V: every term by hand from the two runs' stage losses.
     */
    @Test
    void theBandIsTheUnsharedStagesLossSharesInQuadrature() throws Exception {
        Evaluation a = hall("hvdc-240v", "");
        Evaluation b = hall("dc-800v-sst", "");
        double sum = 0;
        // 240 V: switchgear, transformer (estimates), rectifier (estimate), shelf (specification target); none shared with 800 V
        for (int i = 0; i < a.metrics().stageLossEnergyJ().size(); i++) {
            var st = a.scenario().model().powerChain().stage(i);
            if (st.loss() instanceof ModularConverter c) {
                double t = a.metrics().stageLossEnergyJ().get(i) * RankingBand.tolerance(c.perUnit().basis());
                sum += t * t;
            }
        }
        for (int i = 0; i < b.metrics().stageLossEnergyJ().size(); i++) {
            var st = b.scenario().model().powerChain().stage(i);
            if (st.loss() instanceof ModularConverter c) {
                double t = b.metrics().stageLossEnergyJ().get(i) * RankingBand.tolerance(c.perUnit().basis());
                sum += t * t;
            }
        }
        sum += Math.pow(shelfShift(a, RankingBand.tolerance(CurveBasis.SPECIFICATION_TARGET)), 2)
                + Math.pow(shelfShift(b, RankingBand.tolerance(CurveBasis.PUBLISHED_FIGURE)), 2);
        // the board regulators share their curve: the difference of their shifts
        double vrm = (b.metrics().rackStageLossEnergyJ().get(1) - a.metrics().rackStageLossEnergyJ().get(1))
                * RankingBand.tolerance(CurveBasis.ESTIMATE);
        sum += vrm * vrm;
        assertEquals(Math.sqrt(sum), RankingBand.bandJ(a, b), 1e-9 * Math.sqrt(sum));
    }
}

package org.aidcsim.metrics;

import java.util.List;
import org.aidcsim.units.Named;
import org.aidcsim.units.Units;

/**
 * Totals and extremes of one run. Energies in J, powers in W, durations in s.
 *
 * @param simulatedS simulated time (s)
 * @param itEnergyJ IT energy at the rack inputs (J)
 * @param facilityEnergyJ total facility energy from the grid (J)
 * @param chipEnergyJ energy delivered to the chips (J)
 * @param powerLossEnergyJ facility-side power-chain losses (J)
 * @param stageLossEnergyJ loss of each facility stage, from the rack input back to the grid (J)
 * @param rackStageLossEnergyJ loss of each in-rack stage, from the rack input inwards (J); inside the IT energy
 * @param fanEnergyJ CRAH and dry-cooler fans (J)
 * @param pumpEnergyJ all pumps (J)
 * @param chillerEnergyJ chiller compressors (J)
 * @param miscEnergyJ lighting, security, BMS (J)
 * @param heatRejectedEnergyJ heat sent outdoors by the cooling plant (J)
 * @param pueMaxStep highest PUE of any step
 * @param pueMinStep lowest PUE of any step
 * @param peakFacilityPowerW highest facility power (W)
 * @param peakItPowerW highest IT power (W)
 * @param peakCoolingPowerW highest cooling power (W)
 * @param peakHeatToLiquidW highest IT heat into liquid (W)
 * @param peakHeatToAirW highest heat into cooled air (W)
 * @param peakHeatRejectedW highest heat sent outdoors by the cooling plant (W)
 * @param peakChillerLoadW highest heat on the chillers' evaporators (W)
 * @param waterKg site water used by cooling towers: evaporation and blowdown (kg ≈ L)
 * @param chillerOnS time with any chiller running (s)
 * @param fullFreeCoolingS time with every chiller off (s)
 * @param airChillerOnS time with the air side's chillers running (s)
 * @param liquidChillerOnS time with the liquid loop's chillers running (s); NaN without a liquid loop
 * @param heatReusedEnergyJ heat exported from the facility water to a heat user (J); NaN without one
 * @param heatDeliveredEnergyJ heat the user receives, heat-pump work included (J); NaN without one
 * @param heatPumpEnergyJ electricity of the user's heat pump, outside the facility energy (J); NaN without one
 * @param chipCaseMaxC highest case temperature of the loop's hottest chip over the run, at each step's heat and plate flow (°C);
 *        NaN without a chip
 * @param chipAboveLimitS time the chip's case spent above its limit (s); NaN without a chip
 * @param heatToAirEnergyJ heat that entered the air path: IT heat not captured, chain losses in cooled rooms, support and
 *        standby loads (J); fan and pump work come on top
 * @param heatToLiquidEnergyJ heat that entered the liquid loop: IT heat captured and chain losses to it (J); its pumps' work
 *        comes on top; 0 without a liquid loop
 */
public record AnnualMetrics(double simulatedS, double itEnergyJ, double facilityEnergyJ, double chipEnergyJ,
        double powerLossEnergyJ, List<Double> stageLossEnergyJ, List<Double> rackStageLossEnergyJ, double fanEnergyJ, double pumpEnergyJ, double chillerEnergyJ,
        double miscEnergyJ, double heatRejectedEnergyJ, double pueMaxStep, double pueMinStep,
        double peakFacilityPowerW, double peakItPowerW, double peakCoolingPowerW, double peakHeatToLiquidW,
        double peakHeatToAirW, double peakHeatRejectedW, double peakChillerLoadW, double waterKg, double chillerOnS, double fullFreeCoolingS,
        double airChillerOnS, double liquidChillerOnS, double heatReusedEnergyJ, double heatDeliveredEnergyJ,
        double heatPumpEnergyJ, double chipCaseMaxC, double chipAboveLimitS, double heatToAirEnergyJ, double heatToLiquidEnergyJ) {

    public AnnualMetrics {
        stageLossEnergyJ = List.copyOf(stageLossEnergyJ);
        rackStageLossEnergyJ = List.copyOf(rackStageLossEnergyJ);
    }

    /** Time the air side's chillers are off (s): its waterside or airside economizer carries it. */
    public double airFreeCoolingS() {
        return simulatedS - airChillerOnS;
    }

    /** Time the liquid loop's chillers are off (s); NaN without a liquid loop. */
    public double liquidFreeCoolingS() {
        return simulatedS - liquidChillerOnS;
    }

    /**
     * Energy reuse factor, ISO/IEC 30134-6: reused energy / total facility energy; NaN without a
     * heat user.
     */
    public double energyReuseFactor() {
        return facilityEnergyJ > 0 ? heatReusedEnergyJ / facilityEnergyJ : Double.NaN;
    }

    /**
     * Energy reuse effectiveness (The Green Grid, White Paper 29, 2010): (total facility energy −
     * reused energy) / IT energy; NaN without a heat user.
     */
    public double energyReuseEffectiveness() {
        return itEnergyJ > 0 ? (facilityEnergyJ - heatReusedEnergyJ) / itEnergyJ : Double.NaN;
    }

    /** Losses in the racks: shelves, rack DC/DC, board regulators (J). */
    public double inRackLossEnergyJ() {
        return itEnergyJ - chipEnergyJ;
    }

    /** Chip energy / energy the IT chain draws from the grid: the whole chain, in (0, 1]. */
    public double endToEndEfficiency() {
        double in = itEnergyJ + powerLossEnergyJ;
        return in > 0 ? chipEnergyJ / in : Double.NaN;
    }

    /** Cooling energy: fans + pumps + chillers (J). */
    public double coolingEnergyJ() {
        return fanEnergyJ + pumpEnergyJ + chillerEnergyJ;
    }

    /** PUE over the run: facility energy / IT energy; NaN without IT energy. */
    public double pue() {
        return itEnergyJ > 0 ? facilityEnergyJ / itEnergyJ : Double.NaN;
    }

    /** Partial PUE of cooling: (IT + cooling) / IT (The Green Grid WP #49 / ISO/IEC 30134-2 pPUE). */
    public double ppueCooling() {
        return itEnergyJ > 0 ? (itEnergyJ + coolingEnergyJ()) / itEnergyJ : Double.NaN;
    }

    /** Water usage effectiveness: site water (L) / IT energy (kWh) (The Green Grid WUE); 1 kg of water = 1 L. */
    public double wueLPerKwh() {
        return itEnergyJ > 0 ? waterKg / (Units.joulesToKwh(itEnergyJ)) : Double.NaN;
    }

    /** IT energy / energy into the facility side of the chain (grid to rack inputs), in (0, 1]. */
    public double powerChainEfficiency() {
        double in = itEnergyJ + powerLossEnergyJ;
        return in > 0 ? itEnergyJ / in : Double.NaN;
    }

    /** A builder that names every field, so that two values cannot be swapped silently. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link AnnualMetrics} field by field. */
    public static final class Builder {
        private Double simulatedS;
        private Double itEnergyJ;
        private Double facilityEnergyJ;
        private Double chipEnergyJ;
        private Double powerLossEnergyJ;
        private List<Double> stageLossEnergyJ;
        private List<Double> rackStageLossEnergyJ;
        private Double fanEnergyJ;
        private Double pumpEnergyJ;
        private Double chillerEnergyJ;
        private Double miscEnergyJ;
        private Double heatRejectedEnergyJ;
        private Double pueMaxStep;
        private Double pueMinStep;
        private Double peakFacilityPowerW;
        private Double peakItPowerW;
        private Double peakCoolingPowerW;
        private Double peakHeatToLiquidW;
        private Double peakHeatToAirW;
        private Double peakHeatRejectedW;
        private Double peakChillerLoadW;
        private Double waterKg;
        private Double chillerOnS;
        private Double fullFreeCoolingS;
        private Double airChillerOnS;
        private Double liquidChillerOnS;
        private Double heatReusedEnergyJ;
        private Double heatDeliveredEnergyJ;
        private Double heatPumpEnergyJ;
        private Double chipCaseMaxC;
        private Double chipAboveLimitS;
        private Double heatToAirEnergyJ;
        private Double heatToLiquidEnergyJ;

        private Builder() {
        }

        public Builder simulatedS(double value) { simulatedS = value; return this; }
        public Builder itEnergyJ(double value) { itEnergyJ = value; return this; }
        public Builder facilityEnergyJ(double value) { facilityEnergyJ = value; return this; }
        public Builder chipEnergyJ(double value) { chipEnergyJ = value; return this; }
        public Builder powerLossEnergyJ(double value) { powerLossEnergyJ = value; return this; }
        public Builder stageLossEnergyJ(List<Double> value) { stageLossEnergyJ = value; return this; }
        public Builder rackStageLossEnergyJ(List<Double> value) { rackStageLossEnergyJ = value; return this; }
        public Builder fanEnergyJ(double value) { fanEnergyJ = value; return this; }
        public Builder pumpEnergyJ(double value) { pumpEnergyJ = value; return this; }
        public Builder chillerEnergyJ(double value) { chillerEnergyJ = value; return this; }
        public Builder miscEnergyJ(double value) { miscEnergyJ = value; return this; }
        public Builder heatRejectedEnergyJ(double value) { heatRejectedEnergyJ = value; return this; }
        public Builder pueMaxStep(double value) { pueMaxStep = value; return this; }
        public Builder pueMinStep(double value) { pueMinStep = value; return this; }
        public Builder peakFacilityPowerW(double value) { peakFacilityPowerW = value; return this; }
        public Builder peakItPowerW(double value) { peakItPowerW = value; return this; }
        public Builder peakCoolingPowerW(double value) { peakCoolingPowerW = value; return this; }
        public Builder peakHeatToLiquidW(double value) { peakHeatToLiquidW = value; return this; }
        public Builder peakHeatToAirW(double value) { peakHeatToAirW = value; return this; }
        public Builder peakHeatRejectedW(double value) { peakHeatRejectedW = value; return this; }
        public Builder peakChillerLoadW(double value) { peakChillerLoadW = value; return this; }
        public Builder waterKg(double value) { waterKg = value; return this; }
        public Builder chillerOnS(double value) { chillerOnS = value; return this; }
        public Builder fullFreeCoolingS(double value) { fullFreeCoolingS = value; return this; }
        public Builder airChillerOnS(double value) { airChillerOnS = value; return this; }
        public Builder liquidChillerOnS(double value) { liquidChillerOnS = value; return this; }
        public Builder heatReusedEnergyJ(double value) { heatReusedEnergyJ = value; return this; }
        public Builder heatDeliveredEnergyJ(double value) { heatDeliveredEnergyJ = value; return this; }
        public Builder heatPumpEnergyJ(double value) { heatPumpEnergyJ = value; return this; }
        public Builder chipCaseMaxC(double value) { chipCaseMaxC = value; return this; }
        public Builder chipAboveLimitS(double value) { chipAboveLimitS = value; return this; }
        public Builder heatToAirEnergyJ(double value) { heatToAirEnergyJ = value; return this; }
        public Builder heatToLiquidEnergyJ(double value) { heatToLiquidEnergyJ = value; return this; }

        public AnnualMetrics build() {
            Named.require("simulatedS", simulatedS != null);
            Named.require("itEnergyJ", itEnergyJ != null);
            Named.require("facilityEnergyJ", facilityEnergyJ != null);
            Named.require("chipEnergyJ", chipEnergyJ != null);
            Named.require("powerLossEnergyJ", powerLossEnergyJ != null);
            Named.require("stageLossEnergyJ", stageLossEnergyJ != null);
            Named.require("rackStageLossEnergyJ", rackStageLossEnergyJ != null);
            Named.require("fanEnergyJ", fanEnergyJ != null);
            Named.require("pumpEnergyJ", pumpEnergyJ != null);
            Named.require("chillerEnergyJ", chillerEnergyJ != null);
            Named.require("miscEnergyJ", miscEnergyJ != null);
            Named.require("heatRejectedEnergyJ", heatRejectedEnergyJ != null);
            Named.require("pueMaxStep", pueMaxStep != null);
            Named.require("pueMinStep", pueMinStep != null);
            Named.require("peakFacilityPowerW", peakFacilityPowerW != null);
            Named.require("peakItPowerW", peakItPowerW != null);
            Named.require("peakCoolingPowerW", peakCoolingPowerW != null);
            Named.require("peakHeatToLiquidW", peakHeatToLiquidW != null);
            Named.require("peakHeatToAirW", peakHeatToAirW != null);
            Named.require("peakHeatRejectedW", peakHeatRejectedW != null);
            Named.require("peakChillerLoadW", peakChillerLoadW != null);
            Named.require("waterKg", waterKg != null);
            Named.require("chillerOnS", chillerOnS != null);
            Named.require("fullFreeCoolingS", fullFreeCoolingS != null);
            Named.require("airChillerOnS", airChillerOnS != null);
            Named.require("liquidChillerOnS", liquidChillerOnS != null);
            Named.require("heatReusedEnergyJ", heatReusedEnergyJ != null);
            Named.require("heatDeliveredEnergyJ", heatDeliveredEnergyJ != null);
            Named.require("heatPumpEnergyJ", heatPumpEnergyJ != null);
            Named.require("chipCaseMaxC", chipCaseMaxC != null);
            Named.require("chipAboveLimitS", chipAboveLimitS != null);
            Named.require("heatToAirEnergyJ", heatToAirEnergyJ != null);
            Named.require("heatToLiquidEnergyJ", heatToLiquidEnergyJ != null);
            return new AnnualMetrics(simulatedS, itEnergyJ, facilityEnergyJ, chipEnergyJ, powerLossEnergyJ,
                    stageLossEnergyJ, rackStageLossEnergyJ, fanEnergyJ, pumpEnergyJ, chillerEnergyJ, miscEnergyJ,
                    heatRejectedEnergyJ, pueMaxStep, pueMinStep, peakFacilityPowerW, peakItPowerW, peakCoolingPowerW,
                    peakHeatToLiquidW, peakHeatToAirW, peakHeatRejectedW, peakChillerLoadW, waterKg, chillerOnS,
                    fullFreeCoolingS, airChillerOnS, liquidChillerOnS, heatReusedEnergyJ, heatDeliveredEnergyJ, heatPumpEnergyJ,
                    chipCaseMaxC, chipAboveLimitS, heatToAirEnergyJ, heatToLiquidEnergyJ);
        }
    }
}

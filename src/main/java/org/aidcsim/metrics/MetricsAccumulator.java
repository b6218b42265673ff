package org.aidcsim.metrics;

import java.util.ArrayList;
import java.util.List;
import org.aidcsim.cooling.ChipWatch;
import org.aidcsim.cooling.CoolingPlant;
import org.aidcsim.cooling.PlantSide;

/** Integrates energies and tracks extremes over a run. */
public final class MetricsAccumulator implements StepObserver {
    private double simulatedS;
    private double itJ;
    private double facilityJ;
    private double chipJ;
    private double lossJ;
    private final double[] stageLossJ;
    private final double[] rackStageLossJ;
    private double fanJ;
    private double pumpJ;
    private double chillerJ;
    private double miscJ;
    private double rejectedJ;
    private double heatToAirJ;
    private double heatToLiquidJ;
    private double pueMax = Double.NEGATIVE_INFINITY;
    private double pueMin = Double.POSITIVE_INFINITY;
    private double peakFacilityW;
    private double peakItW;
    private double peakCoolingW;
    private double peakLiquidW;
    private double peakAirW;
    private double peakRejectedW;
    private double peakChillerLoadW;
    private double waterKg;
    private double chillerOnS;
    private double freeS;
    private double airChillerOnS;
    private double liquidChillerOnS;
    private double exportedJ;
    private double deliveredJ;
    private double heatPumpJ;
    private final boolean liquidLoop;
    private final boolean heatReuse;
    /** The hottest chip, when the loop describes one; null otherwise. */
    private final ChipWatch chip;
    /** Steps with less heat to the liquid are within the chip's limit and below the hottest: not computed. */
    private final double chipWithinLimitUpToW;
    private double chipCaseMaxC = Double.NEGATIVE_INFINITY;
    private double chipAboveLimitS;

    /**
     * @param stages facility stages of the chain
     * @param rackStages in-rack stages of the chain
     * @param plant the cooling plant: a liquid loop's chiller time is counted apart, a heat user's
     *        figures reported
     */
    public MetricsAccumulator(int stages, int rackStages, CoolingPlant plant) {
        this.liquidLoop = plant.liquid().isPresent();
        this.heatReuse = plant.liquid().flatMap(l -> l.heatReuse()).isPresent();
        this.chip = plant.chipWatch().orElse(null);
        this.chipWithinLimitUpToW = chip != null ? chip.withinLimitUpToW() : Double.POSITIVE_INFINITY;
        this.stageLossJ = new double[stages];
        this.rackStageLossJ = new double[rackStages];
    }

    @Override
    public void onStep(StepState s) {
        double dt = s.durationS;
        simulatedS += dt;
        itJ += s.itPowerW * dt;
        facilityJ += s.facilityPowerW * dt;
        chipJ += s.chipPowerW * dt;
        lossJ += s.powerLossW * dt;
        for (int i = 0; i < stageLossJ.length; i++) {
            stageLossJ[i] += s.stageLossW[i] * dt;
        }
        for (int k = 0; k < rackStageLossJ.length; k++) {
            rackStageLossJ[k] += s.rackStageLossW[k] * dt;
        }
        double fans = s.cooling.fansW();
        double pumps = s.cooling.pumpsW();
        double chillers = s.cooling.chillersW();
        fanJ += fans * dt;
        pumpJ += pumps * dt;
        chillerJ += chillers * dt;
        miscJ += s.miscPowerW * dt;
        if (chip != null && s.cooling.heatToLiquidW() > chipWithinLimitUpToW) {
            watchChip(s.cooling.heatToLiquidW(), dt);
        }
        double rejected = s.cooling.heatRejectedW();
        rejectedJ += rejected * dt;
        peakRejectedW = max(peakRejectedW, rejected);
        peakChillerLoadW = max(peakChillerLoadW, s.cooling.chillerLoadW());
        waterKg += s.cooling.waterKgPerS() * dt;
        exportedJ += s.cooling.heatExportedW() * dt;
        deliveredJ += s.cooling.heatDeliveredW() * dt;
        heatPumpJ += s.cooling.heatPumpW() * dt;
        if (s.itPowerW > 0) {
            double pue = s.facilityPowerW / s.itPowerW;
            pueMax = max(pueMax, pue);
            pueMin = min(pueMin, pue);
        }
        peakFacilityW = max(peakFacilityW, s.facilityPowerW);
        peakItW = max(peakItW, s.itPowerW);
        peakCoolingW = max(peakCoolingW, fans + pumps + chillers);
        peakLiquidW = max(peakLiquidW, s.cooling.heatToLiquidW());
        peakAirW = max(peakAirW, s.cooling.heatToAirW());
        heatToLiquidJ += s.cooling.heatToLiquidW() * dt;
        heatToAirJ += s.cooling.heatToAirW() * dt;
        if (s.cooling.chillersW(PlantSide.AIR) > 0) {
            airChillerOnS += dt;
        }
        if (s.cooling.chillersW(PlantSide.LIQUID) > 0) {
            liquidChillerOnS += dt;
        }
        if (chillers > 0) {
            chillerOnS += dt;
        } else {
            freeS += dt;
        }
    }

    /** The larger of two finite values: the accumulator's inputs are never NaN, so Math.max's NaN and −0 rules only cost. */
    private static double max(double a, double b) {
        return a >= b ? a : b;
    }

    private static double min(double a, double b) {
        return a <= b ? a : b;
    }

    private static List<Double> list(double[] values) {
        List<Double> out = new ArrayList<>(values.length);
        for (double v : values) {
            out.add(v);
        }
        return out;
    }

    private void watchChip(double heatToLiquidW, double dt) {
        double caseC = chip.caseTempC(heatToLiquidW);
        chipCaseMaxC = max(chipCaseMaxC, caseC);
        if (caseC > chip.caseLimitC()) {
            chipAboveLimitS += dt;
        }
    }

    /** The hottest step's case: the step with the most heat when the case rises with it, else the hottest watched. */
    private double hottestCaseC() {
        return chip.risesWithHeat() ? max(chipCaseMaxC, chip.caseTempC(peakLiquidW)) : chipCaseMaxC;
    }

    public AnnualMetrics result() {
        boolean anyPue = pueMax != Double.NEGATIVE_INFINITY;
        return AnnualMetrics.builder().simulatedS(simulatedS).itEnergyJ(itJ).facilityEnergyJ(facilityJ).chipEnergyJ(chipJ)
                .powerLossEnergyJ(lossJ).stageLossEnergyJ(list(stageLossJ)).rackStageLossEnergyJ(list(rackStageLossJ))
                .fanEnergyJ(fanJ).pumpEnergyJ(pumpJ).chillerEnergyJ(chillerJ).miscEnergyJ(miscJ).heatRejectedEnergyJ(rejectedJ)
                .pueMaxStep(anyPue ? pueMax : Double.NaN).pueMinStep(anyPue ? pueMin : Double.NaN)
                .peakFacilityPowerW(peakFacilityW).peakItPowerW(peakItW).peakCoolingPowerW(peakCoolingW)
                .peakHeatToLiquidW(peakLiquidW).peakHeatToAirW(peakAirW).peakHeatRejectedW(peakRejectedW)
                .peakChillerLoadW(peakChillerLoadW).waterKg(waterKg).chillerOnS(chillerOnS).fullFreeCoolingS(freeS)
                .airChillerOnS(airChillerOnS).liquidChillerOnS(liquidLoop ? liquidChillerOnS : Double.NaN)
                .heatReusedEnergyJ(heatReuse ? exportedJ : Double.NaN).heatDeliveredEnergyJ(heatReuse ? deliveredJ : Double.NaN)
                .heatPumpEnergyJ(heatReuse ? heatPumpJ : Double.NaN)
                .chipCaseMaxC(chip != null && simulatedS > 0 ? hottestCaseC() : Double.NaN)
                .chipAboveLimitS(chip != null ? chipAboveLimitS : Double.NaN)
                .heatToAirEnergyJ(heatToAirJ).heatToLiquidEnergyJ(liquidLoop ? heatToLiquidJ : 0.0).build();
    }
}

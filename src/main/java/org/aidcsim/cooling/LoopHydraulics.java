package org.aidcsim.cooling;

import org.aidcsim.catalog.Coolant;

/**
 * The design pressure drops of a technology cooling loop, component by component, and the pumps
 * chosen for them. The path a pump sees is in series: CDU exchanger, supply and return piping, rack
 * manifolds, and one IT branch (the branches of a rack are in parallel, each carrying its share).
 *
 * @param flowM3PerS total coolant flow at design (m³/s)
 * @param branchFlowM3PerS flow through one branch at design (m³/s)
 * @param branchPa one branch, quick disconnects included (Pa)
 * @param manifoldPa rack manifolds (Pa)
 * @param pipingPa supply and return piping of one CDU (Pa)
 * @param exchangerPa CDU exchanger (Pa)
 * @param viscousPa the part of the total head that scales with flow (Pa)
 * @param pipe the piping of one CDU
 * @param pumps the pump selection
 */
public record LoopHydraulics(double flowM3PerS, double branchFlowM3PerS, double branchPa, double manifoldPa, double pipingPa,
        double exchangerPa, double viscousPa, PipeRun pipe, PumpSelection pumps) {

    /** Pump head at design (Pa). */
    public double headPa() {
        return branchPa + manifoldPa + pipingPa + exchangerPa;
    }

    /**
     * @param h the loop as designed
     * @param coolant the fluid in the loop
     * @param meanTempC the loop's mean temperature, where properties are taken (°C)
     * @param heatW design heat (W)
     * @param deltaTK coolant rise across the IT (K)
     * @param racks racks served
     * @param pumpsRunning pumps on duty (one per CDU needed)
     * @param wireToWaterEfficiency of each pump set
     */
    public static LoopHydraulics design(HydraulicsParams h, Coolant coolant, double meanTempC, double heatW, double deltaTK,
            int racks, int pumpsRunning, double wireToWaterEfficiency) {
        double flow = coolant.flowM3PerS(heatW, deltaTK, meanTempC);
        double ref = FlowCurve.REFERENCE_TEMP_C;
        double muRatio = coolant.properties().viscosityPaS(meanTempC) / Coolant.WATER.properties().viscosityPaS(ref);
        double rhoRatio = coolant.densityKgPerM3(meanTempC) / Coolant.WATER.densityKgPerM3(ref);
        double branchFlow = flow / Math.max(1, (long) racks * h.branchesPerRack());
        FlowCurve branch = h.branchCurve();
        double branchViscous = branch.viscousPaPerM3PerS() * branchFlow * muRatio;
        double branchPa = branch.pressureDropPa(branchFlow, muRatio, rhoRatio);
        double perPumpFlow = flow / Math.max(1, pumpsRunning);
        PipeRun pipe = PipeRun.sized(perPumpFlow, h.pipeVelocityMPerS(), h.pipingLengthM(), h.pipeRoughnessM());
        double pipingPa = pipe.pressureDropPa(perPumpFlow, coolant, meanTempC);
        double head = branchPa + h.manifoldPa() + pipingPa + h.exchangerPa();
        return new LoopHydraulics(flow, branchFlow, branchPa, h.manifoldPa(), pipingPa, h.exchangerPa(), branchViscous, pipe,
                PumpSelection.of(pumpsRunning, perPumpFlow, head, wireToWaterEfficiency));
    }
}

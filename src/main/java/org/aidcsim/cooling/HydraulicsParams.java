package org.aidcsim.cooling;

import java.util.List;

/**
 * The technology cooling loop's hydraulics as designed, in SI. The branch curve is fixed hardware
 * (a tray's cold plates, a chassis, a tank) measured with water at {@value FlowCurve#REFERENCE_TEMP_C}
 * °C, so a fluid that needs more flow or is more viscous pays for it through the curve; manifolds
 * and the CDU exchanger are selected for the loop's own fluid and flow, at their rated drop; the
 * piping is sized for the flow by velocity and its drop computed from the fluid's properties.
 *
 * @param branchesPerRack parallel IT branches per rack: compute trays, chassis or tanks
 * @param branchPoints the branch's data-sheet curve as given, flows strictly increasing
 * @param branchCurve pressure drop of one branch against its flow, quick disconnects included, fitted to the points
 * @param manifoldPa rack supply and return manifolds at the rated flow (Pa)
 * @param exchangerPa CDU heat exchanger, secondary side, at the rated flow (Pa)
 * @param pipingLengthM equivalent length of supply and return piping per CDU, fittings included (m)
 * @param pipeVelocityMPerS highest mean velocity the pipe is sized for (m/s)
 * @param pipeRoughnessM absolute roughness of the pipe wall (m)
 */
public record HydraulicsParams(int branchesPerRack, List<FlowCurve.Point> branchPoints, FlowCurve branchCurve, double manifoldPa, double exchangerPa,
        double pipingLengthM, double pipeVelocityMPerS, double pipeRoughnessM) {

    /** From a data-sheet curve: the coefficients are fitted to its points. */
    public HydraulicsParams(int branchesPerRack, List<FlowCurve.Point> branchPoints, double manifoldPa, double exchangerPa,
            double pipingLengthM, double pipeVelocityMPerS, double pipeRoughnessM) {
        this(branchesPerRack, List.copyOf(branchPoints), FlowCurve.fit(branchPoints), manifoldPa, exchangerPa, pipingLengthM,
                pipeVelocityMPerS, pipeRoughnessM);
    }

    /** Index of the first point whose flow does not exceed the one before it; −1 when flows increase throughout. */
    public int firstNonIncreasingPoint() {
        for (int i = 1; i < branchPoints.size(); i++) {
            if (branchPoints.get(i).flowM3PerS() <= branchPoints.get(i - 1).flowM3PerS()) {
                return i;
            }
        }
        return -1;
    }

    /** The first point whose pressure drop is below the one before it (a branch does not ease as flow rises), or -1. */
    public int firstFallingDrop() {
        for (int i = 1; i < branchPoints.size(); i++) {
            if (branchPoints.get(i).pressureDropPa() < branchPoints.get(i - 1).pressureDropPa()) {
                return i;
            }
        }
        return -1;
    }
}

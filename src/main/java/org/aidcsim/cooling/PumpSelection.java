package org.aidcsim.cooling;

/**
 * The pumps of a loop as one would order them: how many run, each one's duty point, its electric
 * input and the motor it needs. The motor is the next rating of the IEC 60072-1 series above the
 * shaft power, which is the electric input less the motor (95 %) and drive (97 %) losses that the
 * wire-to-water efficiency includes.
 *
 * @param running pumps on duty (standby pumps of redundant CDUs not counted)
 * @param flowM3PerS flow of one pump (m³/s)
 * @param headPa head of one pump (Pa)
 * @param inputW electric input of one pump at its duty point (W)
 * @param motorW motor rating of one pump (W)
 */
public record PumpSelection(int running, double flowM3PerS, double headPa, double inputW, double motorW) {
    private static final double MOTOR_AND_DRIVE_EFFICIENCY = 0.95 * 0.97;
    /** Rated outputs of IEC 60072-1 motors (kW). */
    static final double[] MOTOR_RATINGS_KW = {0.37, 0.55, 0.75, 1.1, 1.5, 2.2, 3, 4, 5.5, 7.5, 11, 15, 18.5, 22, 30, 37, 45, 55,
        75, 90, 110, 132, 160, 200, 250, 315, 355, 400, 450, 500, 560, 630, 710, 800, 900, 1000};

    static PumpSelection of(int running, double flowM3PerS, double headPa, double wireToWaterEfficiency) {
        double input = flowM3PerS * headPa / wireToWaterEfficiency;
        double shaftKw = input * MOTOR_AND_DRIVE_EFFICIENCY / 1000;
        double motorKw = MOTOR_RATINGS_KW[MOTOR_RATINGS_KW.length - 1];
        for (double r : MOTOR_RATINGS_KW) {
            if (r >= shaftKw) {
                motorKw = r;
                break;
            }
        }
        return new PumpSelection(running, flowM3PerS, headPa, input, motorKw * 1000);
    }
}

package org.aidcsim.cooling;

/**
 * The fluid each loop of a liquid-cooled hall holds as sized.
 * <p>
 * A CDU holds about 0.36 L per kW of rating: Google's Project Deschutes CDU (2 MW) weighs 3,134 kg
 * wet and 2,409 kg dry, 725 kg of fluid (OCP CDU information white paper, 24 Mar 2026, as first
 * tabulated in Modelica Buildings' GoogleProjectDeschutes record); taken here as half on each side of
 * its exchanger (an assumption: its expansion vessel alone holds 0.056 m³ on the IT side). Pipes hold
 * π/4·D²·L of their bore over their length.
 *
 * @param racksM3 racks, tanks or chassis on the loop (m³)
 * @param cduSecondaryM3 the CDUs' IT side: exchanger, pumps, tank (m³)
 * @param secondaryPipingM3 piping between the CDUs and the rows (m³); 0 without computed hydraulics
 * @param cduPrimaryM3 the CDUs' facility side (m³)
 * @param facilityPipingM3 the facility-water mains to the heat rejection (m³)
 */
public record CoolantInventory(double racksM3, double cduSecondaryM3, double secondaryPipingM3, double cduPrimaryM3,
        double facilityPipingM3) {

    /** Fluid in one CDU per watt of rating, both sides (m³/W): 725 kg of water-like fluid in a 2 MW unit. */
    public static final double CDU_FLUID_M3_PER_W = 0.725 / 2e6;

    /** Water in a pipe of {@code run}'s bore over its length (m³). */
    public static double pipeVolumeM3(PipeRun run) {
        return Math.PI / 4 * run.boreM() * run.boreM() * run.lengthM();
    }

    /** The technology loop's coolant: racks, CDU IT sides and secondary piping (m³), what is bought as coolant. */
    public double technologyLoopM3() {
        return racksM3 + cduSecondaryM3 + secondaryPipingM3;
    }

    /** The facility-water loop's water: CDU facility sides and mains (m³). */
    public double facilityLoopM3() {
        return cduPrimaryM3 + facilityPipingM3;
    }
}

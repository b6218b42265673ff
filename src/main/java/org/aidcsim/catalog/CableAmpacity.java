package org.aidcsim.catalog;

/**
 * How much current a copper cable carries: IEC 60364-5-52:2009, Annex B. Multi-core XLPE/EPR cables
 * (conductor limit 90 °C) on perforated trays, installation method E, Table B.52.12 at 30 °C air;
 * the air-temperature factor of Table B.52.14, √((90 − θa)/(90 − 30)), which reproduces every entry
 * of that table; the grouping factors of Table B.52.20 for cables touching on perforated trays
 * stacked 300 mm apart. Values as reproduced in Nexans' cable data (CSE Distributors, "Current
 * carrying capacity, correction factors", IEC 60364-5-52 Table B.52.12) and open implementations of
 * the standard; the 300 mm² row and the grouping table to confirm against the standard's text.
 *
 * <p>Conductor temperature at a current I below the derated capacity I_z: θ = θa + (90 − θa)(I/I_z)²,
 * the steady state of I²R heating through a fixed thermal resistance (the law Table B.52.14 follows;
 * BS 7671 Appendix 4 uses it to correct voltage drop for the operating temperature).
 */
public final class CableAmpacity {
    /** Highest continuous conductor temperature of XLPE and EPR insulation (°C). */
    public static final double MAX_CONDUCTOR_C = 90.0;
    /** Air temperature of the tables (°C). */
    public static final double REFERENCE_AIR_C = 30.0;
    /** Cross-sections of the table (mm²). */
    private static final double[] SIZES_MM2 = {95, 120, 150, 185, 240, 300};
    /** Table B.52.12, method E, multi-core, copper: two loaded conductors (A). */
    private static final double[] TWO_LOADED_A = {352, 410, 473, 542, 641, 741};
    /** The same, three loaded conductors (A). */
    private static final double[] THREE_LOADED_A = {298, 346, 399, 456, 538, 621};
    /** Table B.52.20, rows: trays 1, 2, 3, 6; columns: cables per tray 1, 2, 3, 4, 6, 9. */
    private static final int[] TRAYS = {1, 2, 3, 6};
    private static final int[] PER_TRAY = {1, 2, 3, 4, 6, 9};
    private static final double[][] GROUPING = {
        {1.00, 0.88, 0.82, 0.79, 0.76, 0.73},
        {1.00, 0.87, 0.80, 0.77, 0.73, 0.68},
        {1.00, 0.86, 0.79, 0.76, 0.71, 0.66},
        {1.00, 0.84, 0.77, 0.73, 0.68, 0.64}};
    /** Cables laid on one tray at most: the table's widest column. */
    public static final int CABLES_PER_TRAY = 9;
    public static final String SOURCE = "IEC 60364-5-52:2009 Table B.52.12 (method E, multi-core XLPE, copper), B.52.14 "
            + "(air temperature), B.52.20 (touching on perforated trays, 9 a tray)";

    private CableAmpacity() {
    }

    /**
     * Current one cable of {@code mm2} carries at 30 °C, alone (A). Below 95 mm² the 95 mm² row's
     * current density, which smaller cables exceed (they shed heat better): conservative. NaN above
     * 300 mm².
     *
     * @param loadedConductors 2 (DC, single-phase) or 3 (three-phase)
     */
    public static double tableA(int loadedConductors, double mm2) {
        double[] column = loadedConductors == 2 ? TWO_LOADED_A : THREE_LOADED_A;
        if (mm2 < SIZES_MM2[0]) {
            return column[0] * mm2 / SIZES_MM2[0];
        }
        for (int i = 0; i < SIZES_MM2.length; i++) {
            if (Math.abs(SIZES_MM2[i] - mm2) < 1e-9) {
                return column[i];
            }
        }
        return Double.NaN;
    }

    /** Table B.52.14's factor for air at {@code airC}: √((90 − θa)/(90 − 30)); 0 at or above 90 °C. */
    public static double airFactor(double airC) {
        return airC >= MAX_CONDUCTOR_C ? 0.0 : Math.sqrt((MAX_CONDUCTOR_C - airC) / (MAX_CONDUCTOR_C - REFERENCE_AIR_C));
    }

    /**
     * Table B.52.20's factor for {@code cables} laid {@link #CABLES_PER_TRAY} a tray on as many trays
     * as they need, each count taken at the table's next larger entry; beyond six trays, six.
     */
    public static double groupingFactor(int cables) {
        int perTray = Math.min(cables, CABLES_PER_TRAY);
        int trays = (cables + CABLES_PER_TRAY - 1) / CABLES_PER_TRAY;
        int row = TRAYS.length - 1;
        for (int i = 0; i < TRAYS.length; i++) {
            if (TRAYS[i] >= trays) {
                row = i;
                break;
            }
        }
        int col = PER_TRAY.length - 1;
        for (int j = 0; j < PER_TRAY.length; j++) {
            if (PER_TRAY[j] >= perTray) {
                col = j;
                break;
            }
        }
        return GROUPING[row][col];
    }

    /** Conductor temperature at {@code currentA} in a cable whose derated capacity is {@code capacityA} (°C). */
    public static double conductorTempC(double currentA, double capacityA, double airC) {
        double x = currentA / capacityA;
        return airC + (MAX_CONDUCTOR_C - airC) * x * x;
    }
}

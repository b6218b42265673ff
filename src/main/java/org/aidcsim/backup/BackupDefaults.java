package org.aidcsim.backup;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The backup a design is assumed to have when its file gives none, and the defaults of each
 * layer's fields: one place for the scenario format and the assumed backup alike. A UPS or a DC
 * bus without a battery is not a design, so a site whose chain has one gets a battery and
 * generators unless the file says {@code backup: none}.
 */
public final class BackupDefaults {
    /** Battery autonomy assumed at design IT load, from full to the floor (s). */
    public static final double AUTONOMY_S = 300.0;
    public static final String AUTONOMY_SOURCE = "assumption: 5 minutes at design IT load, the usual specification of Li-ion "
            + "UPS batteries, long enough for generators to start and take the load (NFPA 110 Type 10: 10 s)";
    /** Chemistry of the assumed battery. */
    public static final Chemistry CHEMISTRY = Chemistry.LI_ION;
    /** Rating of one assumed generator set (W). */
    public static final double GENERATOR_UNIT_RATING_W = 2.5e6;
    public static final String GENERATOR_SOURCE = "assumption: 2.5 MWe sets (Caterpillar 3516C class), N+1 on the design "
            + "facility power in the hottest hour of the weather year";
    /** Sets added to those the design load needs. */
    public static final int GENERATOR_REDUNDANT_UNITS = 1;

    /** Highest discharge power / nominal energy per hour: UPS cells sized for 15-minute autonomy deliver about 4C. */
    public static final double MAX_DISCHARGE_C_RATE = 4.0;
    /** Highest recharge power / nominal energy per hour. Assumption: UPS chargers recharge in about 4-5 hours. */
    public static final double MAX_CHARGE_C_RATE = 0.25;
    /** State of charge at which discharge stops. Assumption: a 10 % reserve protects the cells. */
    public static final double FLOOR_SOC = 0.1;
    /** State of charge at the start: fully charged on float. */
    public static final double INITIAL_SOC = 1.0;
    /** A battery on the UPS or HVDC DC bus carries without transfer (s). */
    public static final double RESPONSE_S = 0.0;
    /** Discharge time at which the energy is rated (h): lead-acid capacities are rated at 20 h (C20). */
    public static final double PEUKERT_REFERENCE_HOURS = 20.0;

    /** Start request to online (s): NFPA 110 Type 10, power restored within 10 s. */
    public static final double START_DELAY_S = 10.0;
    /** Share of online capacity accepted per load step. Assumption: about half the rating in a first step (ISO 8528-5). */
    public static final double LOAD_STEP_FRACTION = 0.5;
    /** Time between load steps (s). Assumption: about 5 s to recover frequency between steps (ISO 8528-5). */
    public static final double LOAD_STEP_INTERVAL_S = 5.0;
    /** Fuel in each set's tank, in hours at full load. Assumption: a day of fuel on site. */
    public static final double TANK_HOURS_AT_FULL_LOAD = 24.0;

    private BackupDefaults() {
    }

    /**
     * The backup assumed for a site: a {@link #CHEMISTRY} battery good for {@link #AUTONOMY_S} at
     * design IT load, and N+1 generator sets of {@link #GENERATOR_UNIT_RATING_W} on the design
     * facility power.
     *
     * @param designItW design IT power (W)
     * @param designFacilityW facility power at design IT load in the hottest hour (W)
     */
    public static BackupParams assumed(double designItW, double designFacilityW) {
        // Energy that delivers the IT load for the autonomy above the floor, through the discharge efficiency.
        double energyJ = designItW * AUTONOMY_S / ((1 - FLOOR_SOC) * CHEMISTRY.dischargeEfficiency());
        BatteryParams battery = battery(CHEMISTRY, energyJ).build();
        int needed = (int) Math.max(1, Math.ceil(designFacilityW / GENERATOR_UNIT_RATING_W - 1e-9));
        GeneratorParams generators = generators(needed + GENERATOR_REDUNDANT_UNITS, GENERATOR_UNIT_RATING_W).build();
        return new BackupParams(Optional.empty(), Optional.of(battery), Optional.of(generators), BackupParams.NONE.transferTimeS(),
                BackupParams.NONE.retransferDelayS());
    }

    /** A battery builder with every default set; the caller may override any field. */
    public static BatteryParams.Builder battery(Chemistry chemistry, double energyJ) {
        return BatteryParams.builder().chemistry(chemistry).energyJ(energyJ).maxDischargeCRate(MAX_DISCHARGE_C_RATE)
                .maxChargeCRate(MAX_CHARGE_C_RATE).floorSoc(FLOOR_SOC).initialSoc(INITIAL_SOC).responseS(RESPONSE_S)
                .peukertReferenceHours(PEUKERT_REFERENCE_HOURS);
    }

    /** A generator builder with every default set; the caller may override any field. */
    public static GeneratorParams.Builder generators(int units, double unitRatingW) {
        return GeneratorParams.builder().units(units).unitRatingW(unitRatingW).startDelayS(START_DELAY_S)
                .loadStepFraction(LOAD_STEP_FRACTION).loadStepIntervalS(LOAD_STEP_INTERVAL_S).rampWPerS(OptionalDouble.empty())
                .tankHoursAtFullLoad(TANK_HOURS_AT_FULL_LOAD);
    }
}

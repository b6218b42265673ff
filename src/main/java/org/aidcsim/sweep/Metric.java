package org.aidcsim.sweep;

import java.util.Optional;
import java.util.function.ToDoubleFunction;

/** The key figures of a design, by name, as sweep.csv and Pareto fronts use them. */
public enum Metric implements org.aidcsim.catalog.Keyed {
    PUE("pue", 4, e -> e.metrics().pue()),
    PPUE_COOLING("ppue_cooling", 4, e -> e.metrics().ppueCooling()),
    IT_ENERGY_MWH("it_energy_mwh", 1, e -> e.metrics().itEnergyJ() / 3.6e9),
    FACILITY_ENERGY_MWH("facility_energy_mwh", 1, e -> e.metrics().facilityEnergyJ() / 3.6e9),
    POWER_LOSS_MWH("power_loss_mwh", 1, e -> e.metrics().powerLossEnergyJ() / 3.6e9),
    COOLING_ENERGY_MWH("cooling_energy_mwh", 1, e -> e.metrics().coolingEnergyJ() / 3.6e9),
    CHAIN_EFFICIENCY("power_chain_efficiency", 5, e -> e.metrics().powerChainEfficiency()),
    END_TO_END_EFFICIENCY("end_to_end_efficiency", 5, e -> e.metrics().endToEndEfficiency()),
    PEAK_FACILITY_KW("peak_facility_power_kw", 1, e -> e.metrics().peakFacilityPowerW() / 1e3),
    CHILLER_HOURS("chiller_hours", 1, e -> e.metrics().chillerOnS() / 3600),
    WATER_M3("water_m3", 1, e -> e.metrics().waterKg() / 1000),
    WUE("wue_l_per_kwh", 4, e -> e.metrics().wueLPerKwh()),
    CAPEX("capex", 0, e -> e.economics().capexTotal()),
    OPEX_PER_YEAR("opex_per_year", 0, e -> e.economics().opexTotalPerYear()),
    TCO("tco", 0, e -> e.economics().tco()),
    CARBON_T_PER_YEAR("carbon_t_per_year", 2, e -> e.economics().carbonTonnesPerYear()),
    AVAILABILITY("availability", 9, e -> e.availability().map(a -> a.availability()).orElse(Double.NaN)),
    DOWNTIME_MIN_PER_YEAR("downtime_min_per_year", 4, e -> e.availability().map(a -> a.downtimeMinutesPerYear()).orElse(Double.NaN));

    private final String key;
    private final int decimals;
    private final ToDoubleFunction<Evaluation> value;

    Metric(String key, int decimals, ToDoubleFunction<Evaluation> value) {
        this.key = key;
        this.decimals = decimals;
        this.value = value;
    }

    @Override
    public String key() {
        return key;
    }

    public int decimals() {
        return decimals;
    }

    public double of(Evaluation e) {
        return value.applyAsDouble(e);
    }

    public static Optional<Metric> ofKey(String key) {
        return org.aidcsim.catalog.Keyed.ofKey(Metric.class, key);
    }
}

package org.aidcsim.backup;

import org.aidcsim.units.Units;

/**
 * A UPS or DC-bus battery. State of charge (SoC) in [0, 1] is the share of nominal energy left.
 * Discharging at bus power P drains the cells at P/η_d, and by Peukert's law the effective drain
 * grows with the rate: dSoC/dt = −(P/η_d)/E · (P/(η_d·P_ref))^(k−1), where P_ref = E / h_ref is
 * the power of the rated discharge time. So t(P) ∝ P^−k: with k &gt; 1 twice the load lasts less
 * than half as long. Charging stores P·η_c. Discharge power is capped by the C-rate; discharge
 * stops at the floor SoC.
 */
public final class Battery {
    private final double energyJ;
    private final double chargeEfficiency;
    private final double dischargeEfficiency;
    private final double peukertExponent;
    private final double referencePowerW;
    private final double maxDischargeW;
    private final double maxChargeW;
    private final double floorSoc;
    private final double floatLossW;
    private final double initialSoc;
    private double soc;
    private double cachedCellW = -1;
    private double cachedFactor = 1;

    /**
     * @param energyJ nominal energy (J)
     * @param chargeEfficiency energy stored / energy taken, in (0, 1]
     * @param dischargeEfficiency energy delivered / energy drawn from the cells, in (0, 1]
     * @param peukertExponent k ≥ 1 (1 for Li-ion, 1.1-1.4 for lead-acid)
     * @param referenceHours discharge time at which the nominal energy is rated (h)
     * @param maxDischargeCRate highest discharge power / (energy per hour), e.g. 4 for 15-minute UPS cells
     * @param maxChargeCRate highest charge power / (energy per hour)
     * @param floorSoc SoC below which it stops discharging, in [0, 1)
     * @param floatLossW power drawn continuously on float (W)
     * @param initialSoc SoC at the start, in [0, 1]
     */
    Battery(double energyJ, double chargeEfficiency, double dischargeEfficiency, double peukertExponent,
            double referenceHours, double maxDischargeCRate, double maxChargeCRate, double floorSoc, double floatLossW,
            double initialSoc) {
        if (!(energyJ > 0 && chargeEfficiency > 0 && chargeEfficiency <= 1 && dischargeEfficiency > 0 && dischargeEfficiency <= 1
                && peukertExponent >= 1 && referenceHours > 0 && maxDischargeCRate > 0 && maxChargeCRate >= 0
                && floorSoc >= 0 && floorSoc < 1 && floatLossW >= 0 && initialSoc >= 0 && initialSoc <= 1)) {
            throw new IllegalArgumentException("invalid battery");
        }
        this.energyJ = energyJ;
        this.chargeEfficiency = chargeEfficiency;
        this.dischargeEfficiency = dischargeEfficiency;
        this.peukertExponent = peukertExponent;
        this.referencePowerW = energyJ / (referenceHours * Units.SECONDS_PER_HOUR);
        double perHourW = energyJ / Units.SECONDS_PER_HOUR;
        this.maxDischargeW = maxDischargeCRate * perHourW;
        this.maxChargeW = maxChargeCRate * perHourW;
        this.floorSoc = floorSoc;
        this.floatLossW = floatLossW;
        this.initialSoc = initialSoc;
        this.soc = initialSoc;
    }

    /** A new battery like this one at its initial state of charge. */
    public Battery fresh() {
        return new Battery(energyJ, chargeEfficiency, dischargeEfficiency, peukertExponent,
                energyJ / referencePowerW / Units.SECONDS_PER_HOUR, maxDischargeW / (energyJ / Units.SECONDS_PER_HOUR),
                maxChargeW / (energyJ / Units.SECONDS_PER_HOUR),
                floorSoc, floatLossW, initialSoc);
    }

    public double soc() {
        return soc;
    }

    public double floorSoc() {
        return floorSoc;
    }

    /** Nominal energy (J). */
    public double energyJ() {
        return energyJ;
    }

    /** Power drawn on float (W). */
    public double floatLossW() {
        return floatLossW;
    }

    /** Largest power it can give the bus now (W). */
    public double maxDischargeW() {
        return soc > floorSoc ? maxDischargeW : 0.0;
    }

    /** Largest power it can take now (W). */
    public double maxChargeW() {
        return soc < 1 ? maxChargeW : 0.0;
    }

    /** Peukert's drain factor (P_cell/P_ref)^(k−1), cached while the power stays the same. */
    private double peukertFactor(double cellW) {
        if (peukertExponent == 1.0) {
            return 1.0;
        }
        if (cellW != cachedCellW) {
            cachedCellW = cellW;
            cachedFactor = Math.pow(cellW / referencePowerW, peukertExponent - 1);
        }
        return cachedFactor;
    }

    /**
     * Delivers {@code busW} (W, ≥ 0) for {@code dtS} seconds, or less if it reaches its floor.
     *
     * @return bus power actually delivered, averaged over the step (W)
     */
    public double discharge(double busW, double dtS) {
        double want = Math.min(busW, maxDischargeW());
        if (want <= 0) {
            return 0.0;
        }
        double cellW = want / dischargeEfficiency;
        double dSoc = cellW * peukertFactor(cellW) * dtS / energyJ;
        if (soc - dSoc >= floorSoc) {
            soc -= dSoc;
            return want;
        }
        double fraction = (soc - floorSoc) / dSoc;
        soc = floorSoc;
        return want * fraction;
    }

    /**
     * Takes up to {@code busW} (W, ≥ 0) for {@code dtS} seconds to recharge.
     *
     * @return bus power actually absorbed (W)
     */
    public double charge(double busW, double dtS) {
        double take = Math.min(busW, maxChargeW());
        if (take <= 0) {
            return 0.0;
        }
        double dSoc = take * chargeEfficiency * dtS / energyJ;
        if (soc + dSoc <= 1) {
            soc += dSoc;
            return take;
        }
        double fraction = (1 - soc) / dSoc;
        soc = 1;
        return take * fraction;
    }

    /** Time (s) this battery carries {@code busW} from full to its floor (closed form of the model above). */
    public double runtimeS(double busW) {
        double cellW = busW / dischargeEfficiency;
        double factor = peukertExponent == 1.0 ? 1.0 : Math.pow(cellW / referencePowerW, peukertExponent - 1);
        return (1 - floorSoc) * energyJ / (cellW * factor);
    }
}

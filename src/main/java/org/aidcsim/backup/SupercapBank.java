package org.aidcsim.backup;

/**
 * A supercapacitor bank of identical cells behind a DC/DC converter. The cells are an ideal
 * capacitor in series with their ESR: at terminal power P the current solves V·I − I²·R = P,
 * I = (V − √(V² − 4PR)) / 2R, and the capacitor voltage falls by I·dt/C. The usable window runs
 * from {@code maxVoltageV} down to {@code minVoltageV}; taken from V_max to V_max/2 a capacitor
 * gives 1 − (½)² = 75 % of ½CV².
 *
 * <p>Default cell (Maxwell BCAP3000 data sheet): 3000 F, 2.70 V, ESR 0.29 mΩ.
 */
public final class SupercapBank {
    private final double capacitanceF;
    private final double esrOhm;
    private final double maxVoltageV;
    private final double minVoltageV;
    private final double converterEfficiency;
    private final double converterRatingW;
    private double voltageV;

    /**
     * @param cellCapacitanceF capacitance of one cell (F)
     * @param cellEsrOhm equivalent series resistance of one cell (Ω)
     * @param series cells in series per string
     * @param parallel strings in parallel
     * @param maxCellVoltageV top of the usable window per cell (V), ≤ the cell rating
     * @param minCellVoltageV bottom of the usable window per cell (V)
     * @param converterEfficiency DC/DC efficiency each way, in (0, 1]
     * @param converterRatingW converter power limit at the bus (W)
     */
    SupercapBank(double cellCapacitanceF, double cellEsrOhm, int series, int parallel, double maxCellVoltageV,
            double minCellVoltageV, double converterEfficiency, double converterRatingW) {
        if (series < 1 || parallel < 1 || !(cellCapacitanceF > 0) || !(cellEsrOhm >= 0) || !(maxCellVoltageV > minCellVoltageV)
                || !(minCellVoltageV >= 0) || !(converterEfficiency > 0 && converterEfficiency <= 1) || !(converterRatingW > 0)) {
            throw new IllegalArgumentException("invalid supercapacitor bank");
        }
        this.capacitanceF = cellCapacitanceF * parallel / series;
        this.esrOhm = cellEsrOhm * series / parallel;
        this.maxVoltageV = maxCellVoltageV * series;
        this.minVoltageV = minCellVoltageV * series;
        this.converterEfficiency = converterEfficiency;
        this.converterRatingW = converterRatingW;
        this.voltageV = maxVoltageV;
    }

    private SupercapBank(SupercapBank other) {
        this.capacitanceF = other.capacitanceF;
        this.esrOhm = other.esrOhm;
        this.maxVoltageV = other.maxVoltageV;
        this.minVoltageV = other.minVoltageV;
        this.converterEfficiency = other.converterEfficiency;
        this.converterRatingW = other.converterRatingW;
        this.voltageV = other.maxVoltageV;
    }

    /** A new bank like this one, fully charged: models keep a prototype, each run steps its own copy. */
    public SupercapBank fresh() {
        return new SupercapBank(this);
    }

    /**
     * A new bank holding {@code energyFraction} of its window energy: half full, a bank can both
     * give and take, which is what smoothing a swinging load asks of it.
     */
    public SupercapBank freshAt(double energyFraction) {
        SupercapBank b = new SupercapBank(this);
        double vMin2 = minVoltageV * minVoltageV;
        b.voltageV = Math.sqrt(vMin2 + energyFraction * (maxVoltageV * maxVoltageV - vMin2));
        return b;
    }

    /** Bank equivalent series resistance (Ω). */
    public double esrOhm() {
        return esrOhm;
    }

    public double converterEfficiency() {
        return converterEfficiency;
    }

    /** Bank capacitance (F). */
    public double capacitanceF() {
        return capacitanceF;
    }

    public double voltageV() {
        return voltageV;
    }

    public double minVoltageV() {
        return minVoltageV;
    }

    public double maxVoltageV() {
        return maxVoltageV;
    }

    /** Energy stored above the window's floor (J): ½C(V² − V_min²). */
    public double usableEnergyJ() {
        return 0.5 * capacitanceF * (voltageV * voltageV - minVoltageV * minVoltageV);
    }

    /** Energy of the full window (J). */
    public double windowEnergyJ() {
        return 0.5 * capacitanceF * (maxVoltageV * maxVoltageV - minVoltageV * minVoltageV);
    }

    /** Largest power it can give the bus now (W): converter rating, and the ESR's matched-load limit V²/4R. */
    public double maxDischargeW() {
        if (voltageV <= minVoltageV) {
            return 0.0;
        }
        double terminal = esrOhm > 0 ? voltageV * voltageV / (4 * esrOhm) : Double.POSITIVE_INFINITY;
        return Math.min(converterRatingW, terminal * converterEfficiency);
    }

    /** Largest power it can take from the bus now (W). */
    public double maxChargeW() {
        return voltageV >= maxVoltageV ? 0.0 : converterRatingW;
    }

    /**
     * Delivers {@code busW} (W, ≥ 0) to the bus for {@code dtS} seconds, or less if it runs out.
     *
     * @return the bus power actually delivered, averaged over the step (W)
     */
    public double discharge(double busW, double dtS) {
        double want = Math.min(busW, maxDischargeW());
        if (want <= 0) {
            return 0.0;
        }
        double terminalW = want / converterEfficiency;
        double disc = voltageV * voltageV - 4 * terminalW * esrOhm;
        double current = esrOhm > 0 ? (voltageV - Math.sqrt(Math.max(0, disc))) / (2 * esrOhm) : terminalW / voltageV;
        double newV = voltageV - current * dtS / capacitanceF;
        if (newV >= minVoltageV) {
            voltageV = newV;
            return want;
        }
        // Runs out inside the step: the share of the step it lasted, by charge ΔQ = C·ΔV at this current.
        double fraction = (voltageV - minVoltageV) / (voltageV - newV);
        voltageV = minVoltageV;
        return want * fraction;
    }

    /**
     * Takes up to {@code busW} (W, ≥ 0) from the bus for {@code dtS} seconds to recharge.
     *
     * @return the bus power actually absorbed (W)
     */
    public double charge(double busW, double dtS) {
        double take = Math.min(busW, maxChargeW());
        if (take <= 0) {
            return 0.0;
        }
        double terminalW = take * converterEfficiency;
        double current = terminalW / voltageV;
        double newV = voltageV + current * dtS / capacitanceF;
        if (newV <= maxVoltageV) {
            voltageV = newV;
            return take;
        }
        double fraction = (maxVoltageV - voltageV) / (newV - voltageV);
        voltageV = maxVoltageV;
        return take * fraction;
    }
}

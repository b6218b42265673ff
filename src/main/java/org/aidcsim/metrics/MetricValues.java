package org.aidcsim.metrics;

import org.aidcsim.units.Units;

/**
 * Every catalogue metric of one design, computed in one place: the run's totals and peaks, its
 * sizing, its chain at design load, its economics and, when estimated, its availability. Values
 * are held in each metric's report unit ({@link Metric#unit()}), at full precision; a metric a
 * run did not estimate (availability) is NaN.
 */
public final class MetricValues {
    private final double[] values;

    private MetricValues(double[] values) {
        this.values = values;
    }

    /** The value in the metric's report unit; NaN when this run did not estimate it. */
    public double value(Metric metric) {
        return values[metric.ordinal()];
    }

    /**
     * Values read back (from a sweep's CSV), one per catalogue metric in declaration order, in
     * report units.
     */
    public static MetricValues of(double[] values) {
        if (values.length != Metric.values().length) {
            throw new IllegalArgumentException("expected " + Metric.values().length + " metric values, found " + values.length);
        }
        return new MetricValues(values.clone());
    }

    /** Starts from a run and its sizing; the other parts are added by name. */
    public static Builder builder(AnnualMetrics run, Sizing sizing) {
        return new Builder(run, sizing);
    }

    /** Collects the parts of a design's results that lie outside this package, as plain numbers. */
    public static final class Builder {
        private final AnnualMetrics m;
        private final Sizing z;
        private double designEndToEndEfficiency = Double.NaN;
        private double conductorMassKg = Double.NaN;
        private double capex = Double.NaN;
        private double opexPerYear = Double.NaN;
        private double tco = Double.NaN;
        private double carbonTPerYear = Double.NaN;
        private double horizonItJ = Double.NaN;
        private double discountedItJ = Double.NaN;
        private double undiscountedCost = Double.NaN;
        private double horizonPue = Double.NaN;
        private double availability = Double.NaN;
        private double downtimeMinPerYear = Double.NaN;
        private double lossHeatToPlantJ = Double.NaN;
        private double itCategory1J = Double.NaN;
        private double itCategory2J = Double.NaN;
        private double renewableFraction = Double.NaN;
        private double gb40879Grade = Double.NaN;
        private double annualizedMlc = Double.NaN;
        private double designMlc = Double.NaN;
        private double elc = Double.NaN;

        private Builder(AnnualMetrics m, Sizing z) {
            this.m = m;
            this.z = z;
        }

        /**
         * @param endToEndEfficiency chip power / grid power at design IT load
         * @param conductorMassKg mass of the loaded conductors (kg)
         */
        public Builder design(double endToEndEfficiency, double conductorMassKg) {
            this.designEndToEndEfficiency = endToEndEfficiency;
            this.conductorMassKg = conductorMassKg;
            return this;
        }

        /**
         * @param capex capital cost (currency)
         * @param opexPerYear operating cost per year (currency)
         * @param tco total cost of ownership (currency)
         * @param carbonTPerYear operational CO₂ (t/yr)
         * @param horizonItJ IT energy over the TCO horizon (J)
         * @param discountedItJ the same, each year discounted at the TCO's rate (J)
         * @param undiscountedCost CAPEX plus the horizon's OPEX, undiscounted (currency)
         * @param horizonPue facility / IT energy over the horizon when the load ramps up; NaN when it does not
         */
        public Builder economics(double capex, double opexPerYear, double tco, double carbonTPerYear, double horizonItJ,
                double discountedItJ, double undiscountedCost, double horizonPue) {
            this.discountedItJ = discountedItJ;
            this.undiscountedCost = undiscountedCost;
            this.capex = capex;
            this.opexPerYear = opexPerYear;
            this.tco = tco;
            this.carbonTPerYear = carbonTPerYear;
            this.horizonItJ = horizonItJ;
            this.horizonPue = horizonPue;
            return this;
        }

        /**
         * @param availability fraction of time the IT load has power
         * @param downtimeMinPerYear expected downtime (min/yr)
         */
        public Builder availability(double availability, double downtimeMinPerYear) {
            this.availability = availability;
            this.downtimeMinPerYear = downtimeMinPerYear;
            return this;
        }

        /**
         * @param itCategory1J IT energy at the UPS output (J); NaN without one
         * @param itCategory2J IT energy at the PDU outputs (J)
         * @param renewableFraction share of the facility energy from renewables
         * @param gb40879Grade GB 40879-2021 grade of the annual PUE (1-3; 4 above the maximum allowable value)
         */
        /**
         * @param lossHeatToPlantJ power-chain losses released into the cooled air and liquid, in-rack losses
         *        included (J): the heat of the chain that the cooling plant removes
         */
        public Builder lossHeat(double lossHeatToPlantJ) {
            this.lossHeatToPlantJ = lossHeatToPlantJ;
            return this;
        }

        public Builder standards(double itCategory1J, double itCategory2J, double renewableFraction, int gb40879Grade) {
            this.itCategory1J = itCategory1J;
            this.itCategory2J = itCategory2J;
            this.renewableFraction = renewableFraction;
            this.gb40879Grade = gb40879Grade;
            return this;
        }

        /**
         * @param annualizedMlc ASHRAE 90.4 annualized mechanical load component
         * @param designMlc ASHRAE 90.4 design mechanical load component
         * @param elc ASHRAE 90.4 electrical loss component at design IT load
         */
        public Builder ashrae(double annualizedMlc, double designMlc, double elc) {
            this.annualizedMlc = annualizedMlc;
            this.designMlc = designMlc;
            this.elc = elc;
            return this;
        }

        public MetricValues build() {
            double[] v = new double[Metric.values().length];
            for (Metric metric : Metric.values()) {
                v[metric.ordinal()] = metric.unit().fromSi(si(metric));
            }
            return new MetricValues(v);
        }

        /** The cooling energy's share of the chain's heat among all heat into the plant (J); NaN until given. */
        private double lossCoolingJ() {
            double plantHeatJ = m.heatToAirEnergyJ() + m.heatToLiquidEnergyJ();
            return plantHeatJ > 0 ? m.coolingEnergyJ() * lossHeatToPlantJ / plantHeatJ : Double.NaN;
        }

        /** IT energy over a year (MWh), scaled from the simulated period. */
        private double itMwhPerYear() {
            return m.simulatedS() > 0 ? Units.joulesToMwh(m.itEnergyJ()) * Units.SECONDS_PER_YEAR / m.simulatedS() : 0.0;
        }

        /** The value in SI (or in the unit the metric is computed in: L/kWh, t/yr, min/yr, currency). */
        private double si(Metric metric) {
            return switch (metric) {
                case PUE -> m.pue();
                case PUE_STEP_MAX -> m.pueMaxStep();
                case PUE_STEP_MIN -> m.pueMinStep();
                case PPUE_COOLING -> m.ppueCooling();
                case PUE_CATEGORY_1 -> itCategory1J > 0 ? m.facilityEnergyJ() / itCategory1J : Double.NaN;
                case PUE_CATEGORY_2 -> itCategory2J > 0 ? m.facilityEnergyJ() / itCategory2J : Double.NaN;
                case PPUE_POWER -> m.itEnergyJ() > 0 ? (m.itEnergyJ() + m.powerLossEnergyJ()) / m.itEnergyJ() : Double.NaN;
                case POWER_CHAIN_EFFICIENCY -> m.powerChainEfficiency();
                case END_TO_END_EFFICIENCY -> m.endToEndEfficiency();
                case DESIGN_END_TO_END_EFFICIENCY -> designEndToEndEfficiency;
                case IT_ENERGY_MWH -> m.itEnergyJ();
                case CHIP_ENERGY_MWH -> m.chipEnergyJ();
                case FACILITY_ENERGY_MWH -> m.facilityEnergyJ();
                case POWER_LOSS_MWH -> m.powerLossEnergyJ();
                case IN_RACK_LOSS_MWH -> m.inRackLossEnergyJ();
                case GRID_TO_CHIP_LOSS_MWH -> m.powerLossEnergyJ() + m.inRackLossEnergyJ();
                case LOSS_COOLING_ENERGY_MWH -> lossCoolingJ();
                case COOLING_ENERGY_MWH -> m.coolingEnergyJ();
                case FAN_ENERGY_MWH -> m.fanEnergyJ();
                case PUMP_ENERGY_MWH -> m.pumpEnergyJ();
                case CHILLER_ENERGY_MWH -> m.chillerEnergyJ();
                case MISC_ENERGY_MWH -> m.miscEnergyJ();
                case HEAT_REJECTED_MWH -> m.heatRejectedEnergyJ();
                case PEAK_FACILITY_POWER_KW -> m.peakFacilityPowerW();
                case PEAK_IT_POWER_KW -> m.peakItPowerW();
                case PEAK_COOLING_POWER_KW -> m.peakCoolingPowerW();
                case WATER_USE_M3 -> Units.kgWaterToM3(m.waterKg());
                case WUE_L_PER_KWH -> m.wueLPerKwh();
                case CHILLER_HOURS -> m.chillerOnS();
                case LIQUID_CHILLER_HOURS -> m.liquidChillerOnS();
                case LIQUID_FREE_COOLING_HOURS -> m.liquidFreeCoolingS();
                case CHIP_CASE_MAX_C -> m.chipCaseMaxC();
                case CHIP_HOURS_ABOVE_LIMIT -> m.chipAboveLimitS();
                case AIR_CHILLER_HOURS -> m.airChillerOnS();
                case AIR_FREE_COOLING_HOURS -> m.airFreeCoolingS();
                case FULL_FREE_COOLING_HOURS -> m.fullFreeCoolingS();
                case HEAT_REUSED_MWH -> m.heatReusedEnergyJ();
                case HEAT_DELIVERED_MWH -> m.heatDeliveredEnergyJ();
                case HEAT_PUMP_ENERGY_MWH -> m.heatPumpEnergyJ();
                case ERF -> m.energyReuseFactor();
                case ERE -> m.energyReuseEffectiveness();
                case CONDUCTOR_MASS_KG -> conductorMassKg;
                case CAPEX -> capex;
                case OPEX_PER_YEAR -> opexPerYear;
                case TCO -> tco;
                case CAPEX_PER_MW_NAMEPLATE_IT -> z.nameplateItPowerW() > 0 ? capex / z.nameplateItPowerW() : Double.NaN;
                case CAPEX_PER_MW_DESIGN_IT -> z.designItPowerW() > 0 ? capex / z.designItPowerW() : Double.NaN;
                case LEVELIZED_COST_PER_MWH_IT -> discountedItJ > 0 ? tco / Units.joulesToMwh(discountedItJ) : Double.NaN;
                // the run's chip share of IT energy stands for every year's
                case LEVELIZED_COST_PER_MWH_CHIP -> discountedItJ > 0 && m.itEnergyJ() > 0
                        ? tco / Units.joulesToMwh(discountedItJ * m.chipEnergyJ() / m.itEnergyJ()) : Double.NaN;
                case UNDISCOUNTED_COST_PER_MWH_IT -> horizonItJ > 0 ? undiscountedCost / Units.joulesToMwh(horizonItJ) : Double.NaN;
                case HORIZON_PUE -> horizonPue;
                case CARBON_T_PER_YEAR -> carbonTPerYear;
                // t/yr over MWh/yr is kg/kWh.
                case CUE_KG_PER_KWH -> itMwhPerYear() > 0 ? carbonTPerYear / itMwhPerYear() : Double.NaN;
                case REF -> renewableFraction;
                case GB40879_GRADE -> gb40879Grade;
                case ANNUALIZED_MLC -> annualizedMlc;
                case DESIGN_MLC -> designMlc;
                case ELC -> elc;
                case AVAILABILITY -> availability;
                case DOWNTIME_MIN_PER_YEAR -> downtimeMinPerYear;
                case NAMEPLATE_IT_POWER_KW -> z.nameplateItPowerW();
                case DESIGN_IT_POWER_KW -> z.designItPowerW();
                case RACKS -> z.racks();
                case PEAK_HEAT_TO_LIQUID_KW -> z.peakHeatToLiquidW();
                case PEAK_HEAT_TO_AIR_KW -> z.peakHeatToAirW();
                case HEAT_REJECTION_CAPACITY_KW -> z.peakHeatRejectedW();
                case CHILLER_CAPACITY_KW -> z.peakChillerLoadW();
                case COOLANT_FLOW_L_PER_MIN -> z.coolantFlowM3PerS();
                case COOLANT_FLOW_PER_RACK_L_PER_MIN -> z.coolantFlowPerRackM3PerS();
                case COOLANT_SUPPLY_TEMP_C -> z.coolantSupplyTempC();
                case CDU_COUNT -> z.cduUnits();
                case CDU_CAPACITY_KW -> z.cduCapacityW();
                case FLUID_VOLUME_M3 -> z.fluidVolumeM3();
                case PUMP_POWER_DESIGN_KW -> z.pumpDesignW();
                case CRAH_FAN_DESIGN_KW -> z.crahFanDesignW();
                case LIQUID_LOOP_PUMP_DESIGN_KW -> z.liquidLoopPumpDesignW();
                case CHILLED_WATER_PUMP_DESIGN_KW -> z.chilledWaterPumpDesignW();
                case FACILITY_WATER_PUMP_DESIGN_KW -> z.facilityWaterPumpDesignW();
                case LOOP_PUMP_HEAD_KPA -> z.loopPumpHeadPa();
                case LOOP_PUMPS_RUNNING -> z.loopPumpsRunning();
                case LOOP_PUMP_MOTOR_KW -> z.loopPumpMotorW();
                case LOOP_PIPE_SIZE_MM -> z.loopPipeBoreM();
                case CHIP_CASE_TEMP_C -> z.chipCaseTempC();
                case CHIP_MARGIN_K -> z.chipMarginK();
                case WARMEST_FACILITY_SUPPLY_C -> z.warmestFacilitySupplyC();
                case FREE_COOLING_HOURS_AT_WARMEST -> z.freeCoolingAtWarmestS();
                case SERVER_FAN_ENERGY_REMOVED_MWH -> z.serverFanEnergyRemovedJ();
            };
        }
    }
}

package org.aidcsim.cooling;

import java.util.Optional;
import org.aidcsim.catalog.Coolant;

/**
 * Sizes a hall's cooling plant from its design heat: CRAH fans from the air heat, coil and
 * chilled-water pumps, the coolant pumps from the technology's coolant, the CDUs (count for the
 * heat, redundancy on top), the facility-water loop, and the heat rejection of each loop (dry
 * coolers with air-cooled chillers, or towers with water-cooled chillers). Fans and pumps are sized
 * from their duty (flow × pressure rise / efficiency) and follow the affinity laws at part load.
 */
public final class PlantSizer {
    /**
     * COP assumed when sizing towers: a chiller carrying the whole load at design rejects its heat
     * plus its work, Q·(1 + 1/COP); 6 is the order of AHRI 550/590 water-cooled ratings.
     */
    private static final double TOWER_SIZING_COP = 6.0;
    /** Condenser water between the 29.4 °C and 35 °C of AHRI 550/590 rating conditions. */
    private static final double TOWER_WATER_MEAN_C = 32.0;
    /** ASHRAE TC 9.9 recommended dew-point band for outdoor air (°C). */
    private static final double ECONOMIZER_MIN_DEW_POINT_C = -9.0;
    private static final double ECONOMIZER_MAX_DEW_POINT_C = 15.0;

    private PlantSizer() {
    }

    /**
     * @param c the cooling as designed
     * @param designItW design IT power (W)
     * @param designOtherAirHeatW design power-chain losses, standby losses and misc loads released into cooled air (W)
     * @param designOtherLiquidHeatW design power-chain losses released into the liquid loop (W)
     * @param racks racks in the hall, for per-rack inventories
     */
    public static CoolingPlant size(CoolingParams c, double designItW, double designOtherAirHeatW, double designOtherLiquidHeatW,
            int racks) {
        HeatRejectionParams hr = c.heatRejection();
        AirPathParams air = c.air();
        double airHeatW = designItW * (1 - c.captureFraction()) + designOtherAirHeatW;
        AffinityMover crah = AffinityMover.forDuty(airHeatW, Coolant.AIR.flowM3PerS(airHeatW, air.crahAirDeltaTK(), air.supplyAirTempC()),
                air.crahPressurePa(), air.crahFanEfficiency(), hr.minSpeedFraction());
        double chwHeatW = airHeatW + crah.designPowerW();
        HeatRejectionLoop chilledWater = loop(hr, chwHeatW, air.chilledWaterSupplyTempC(), air.chilledWaterDeltaTK(),
                air.chilledWaterPumpHeadPa());
        AirPath airPath = new AirPath(crah, chilledWater, air.supplyAirTempC(), air.supplyAirTempC() + air.crahAirDeltaTK(),
                air.airsideEconomizer(), ECONOMIZER_MIN_DEW_POINT_C, ECONOMIZER_MAX_DEW_POINT_C);
        Optional<LiquidPath> liquid = c.liquid().map(l -> liquidPath(l, hr,
                designItW * l.captureFraction() + designOtherLiquidHeatW, racks));
        return new CoolingPlant(c.technology(), airPath, liquid, c.fanFractionRemoved());
    }

    private static LiquidPath liquidPath(LiquidLoopParams l, HeatRejectionParams hr, double liquidHeatW, int racks) {
        Coolant coolant = l.coolant();
        // The last 1e-9 keeps a load of exactly n CDUs at n, not n + 1, through rounding.
        int cdusNeeded = (int) Math.max(1, Math.ceil(liquidHeatW / l.cduCapacityW() - 1e-9));
        double meanC = l.coolantMeanTempC();
        double flow = coolant.flowM3PerS(liquidHeatW, l.loopDeltaTK(), meanC);
        Optional<LoopHydraulics> hydraulics = Optional.empty();
        LoopPump loopPumps;
        if (l.fixedLoopHeadPa().isPresent() || l.hydraulics().isEmpty()) {
            // A head given by the file is taken as a turbulent system: all of it inertial.
            loopPumps = new LoopPump(liquidHeatW, flow, 0, l.fixedLoopHeadPa().orElse(0), hr.pumpEfficiency(), hr.minSpeedFraction());
        } else {
            LoopHydraulics h = LoopHydraulics.design(l.hydraulics().get(), coolant, meanC, liquidHeatW, l.loopDeltaTK(), racks,
                    cdusNeeded, hr.pumpEfficiency());
            hydraulics = Optional.of(h);
            loopPumps = new LoopPump(liquidHeatW, flow, h.viscousPa(), h.headPa() - h.viscousPa(), hr.pumpEfficiency(),
                    hr.minSpeedFraction());
        }
        HeatRejectionLoop facility = loop(hr, liquidHeatW + loopPumps.designPowerW(), l.facilitySupplyTempC(),
                l.facilityDeltaTK(), l.facilityPumpHeadPa());
        Optional<ChipCheck> chip = l.chip().map(c -> ChipCheck.of(c, l));
        Optional<HeatReuse> reuse = l.heatReuse().map(r -> new HeatReuse(r, facility.returnTempC()));
        return new LiquidPath(l, loopPumps, hydraulics, chip, reuse, facility, l.cduRedundancy().installed(cdusNeeded),
                racks * l.fluidVolumeM3PerRack());
    }

    /** A water loop with its pump and the plant's heat rejection, sized on {@code designHeatW}. */
    private static HeatRejectionLoop loop(HeatRejectionParams hr, double designHeatW, double supplyC, double deltaTK,
            double pumpHeadPa) {
        AffinityMover pump = AffinityMover.forDuty(designHeatW, Coolant.WATER.flowM3PerS(designHeatW, deltaTK, supplyC + deltaTK / 2),
                pumpHeadPa, hr.pumpEfficiency(), hr.minSpeedFraction());
        double waterHeatW = designHeatW + pump.designPowerW();
        if (hr.coolingTower()) {
            Chiller chiller = new Chiller(hr.waterCooledChillerCarnotFraction(), hr.chillerEvaporatorApproachK(),
                    hr.waterCooledCondenserApproachK(), Chiller.DEFAULT_MIN_LIFT_K);
            double towerHeatW = waterHeatW * (1 + 1 / TOWER_SIZING_COP);
            AffinityMover fans = new AffinityMover(towerHeatW, towerHeatW * hr.towerFanWPerW(), hr.minSpeedFraction());
            AffinityMover condenserPump = AffinityMover.forDuty(towerHeatW, Coolant.WATER.flowM3PerS(towerHeatW, hr.towerRangeK(), TOWER_WATER_MEAN_C),
                    hr.condenserPumpHeadPa(), hr.pumpEfficiency(), hr.minSpeedFraction());
            CoolingTower tower = new CoolingTower(hr.towerApproachK(), hr.towerRangeK(), hr.hxApproachK(),
                    hr.cyclesOfConcentration(), fans, condenserPump);
            return new HeatRejectionLoop(supplyC, supplyC + deltaTK, hr.economizer(), tower, chiller, pump);
        }
        Chiller chiller = new Chiller(hr.chillerCarnotFraction(), hr.chillerEvaporatorApproachK(), hr.chillerCondenserApproachK(),
                Chiller.DEFAULT_MIN_LIFT_K);
        AffinityMover fans = new AffinityMover(waterHeatW, waterHeatW * hr.dryCoolerFanWPerW(), hr.minSpeedFraction());
        DryCooler dry = new DryCooler(hr.dryCoolerApproachK(), fans, deltaTK + hr.dryCoolerApproachK());
        return new HeatRejectionLoop(supplyC, supplyC + deltaTK, hr.economizer(), dry, chiller, pump);
    }
}

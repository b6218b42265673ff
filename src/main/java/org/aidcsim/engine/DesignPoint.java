package org.aidcsim.engine;

import java.util.List;
import org.aidcsim.cooling.CoolingStep;
import org.aidcsim.it.RackGroup;
import org.aidcsim.power.HeatSink;
import org.aidcsim.power.PowerChain;
import org.aidcsim.weather.WeatherSeries;

/**
 * The site at its design point: every rack at its design draw in the hottest hour of the weather
 * year (the hour of the highest dry bulb, and of the highest wet bulb for towers; the larger of
 * the two). What standby generators must carry.
 */
public final class DesignPoint {
    private DesignPoint() {
    }

    /**
     * Facility power at the design IT load in the design hour (W): the larger of the hour of the
     * highest dry bulb and that of the highest wet bulb.
     */
    public static double facilityPowerW(SiteModel m) {
        int[] hours = designHours(m.weather());
        return Math.max(facilityPowerW(m, hours[0]), facilityPowerW(m, hours[1]));
    }

    /** Cooling power (fans, pumps, chillers) at the design IT load in the design hour (W), the larger of the two hours. */
    public static double coolingPowerW(SiteModel m) {
        int[] hours = designHours(m.weather());
        return Math.max(coolingStep(m, hours[0]).totalW(), coolingStep(m, hours[1]).totalW());
    }

    /** The hours of the highest dry bulb and of the highest wet bulb. */
    private static int[] designHours(WeatherSeries w) {
        int hottest = 0;
        int wettest = 0;
        for (int h = 1; h < w.hours(); h++) {
            hottest = w.dryBulbC(h) > w.dryBulbC(hottest) ? h : hottest;
            wettest = w.wetBulbC(h) > w.wetBulbC(wettest) ? h : wettest;
        }
        return new int[] {hottest, wettest};
    }

    /**
     * Each group's IT power (W) at {@code fraction} of the design IT load, shared among groups in
     * proportion to their nameplate.
     */
    public static double[] groupItPowerW(SiteModel m, double fraction) {
        List<RackGroup> groups = m.itLoad().groups();
        double nameplateW = m.itLoad().nameplatePowerW();
        double[] w = new double[groups.size()];
        for (int g = 0; g < w.length; g++) {
            RackGroup group = groups.get(g);
            w[g] = nameplateW > 0 ? group.racks() * group.rackPowerW() / nameplateW * m.designItPowerW() * fraction : 0.0;
        }
        return w;
    }

    private static double facilityPowerW(SiteModel m, int hour) {
        PowerChain chain = m.powerChain();
        double chainInW = chain.inputPowerW(m.designItPowerW(), new double[chain.size()]);
        return chainInW + m.standbyLossW() + coolingStep(m, hour).totalW() + m.miscPowerW();
    }

    /** The cooling plant at the design IT load in {@code hour}. */
    private static CoolingStep coolingStep(SiteModel m, int hour) {
        PowerChain chain = m.powerChain();
        double itW = m.designItPowerW();
        double toAirW = chain.lossW(itW, HeatSink::toAirPlant) + m.standbyLossW() + m.miscPowerW();
        double toLiquidW = chain.lossW(itW, sink -> sink == HeatSink.RACK_LIQUID);
        CoolingStep step = new CoolingStep();
        WeatherSeries w = m.weather();
        m.cooling().step(itW, groupItPowerW(m, 1.0), toAirW, toLiquidW, w.dryBulbC(hour), w.wetBulbC(hour), w.dewPointC(hour), step);
        return step;
    }
}

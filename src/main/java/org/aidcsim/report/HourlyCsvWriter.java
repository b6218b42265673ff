package org.aidcsim.report;

import org.aidcsim.metrics.StepSeries.Column;
import org.aidcsim.metrics.StepSeries;
import org.aidcsim.units.Units;

/**
 * One row per step; the unit of each column is in its header. Every number carries all its
 * significant digits, so that the rows add up to the totals of summary.json; the liquid columns
 * (heat to liquid, its free-cooling fraction) appear only where there is a liquid loop.
 */
public final class HourlyCsvWriter {
    private static final String HEADER = "time_h,day_of_year,hour_of_day,dry_bulb_c,it_power_kw,power_loss_kw,"
            + "cooling_power_kw,cooling_fans_kw,cooling_pumps_kw,chillers_kw,misc_power_kw,facility_power_kw,pue,"
            + "heat_to_air_kw,air_free_cooling_fraction";
    private static final Column[] KW_COLUMNS = {Column.IT_POWER_W, Column.POWER_LOSS_W, Column.COOLING_POWER_W,
        Column.FANS_W, Column.PUMPS_W, Column.CHILLERS_W, Column.MISC_POWER_W, Column.FACILITY_POWER_W};

    private HourlyCsvWriter() {
    }

    /**
     * @param liquidLoop whether the site has a liquid loop (its free-cooling column is written)
     */
    public static String toCsv(StepSeries s, boolean liquidLoop) {
        StringBuilder sb = new StringBuilder(s.size() * 260);
        sb.append(HEADER).append(liquidLoop ? ",heat_to_liquid_kw,liquid_free_cooling_fraction" : "").append(",water_l_per_h\n");
        for (int i = 0; i < s.size(); i++) {
            double startH = s.startTimeS(i) / Units.SECONDS_PER_HOUR;
            Numbers.appendFull(sb, startH);
            int day = (int) Math.floor(startH / 24.0);
            sb.append(',').append(day % 365 + 1).append(',');
            Numbers.appendFull(sb, startH - 24.0 * day);
            sb.append(',');
            Numbers.appendFull(sb, s.get(Column.DRY_BULB_C, i));
            for (Column c : KW_COLUMNS) {
                sb.append(',');
                Numbers.appendFull(sb, Units.wToKw(s.get(c, i)));
            }
            sb.append(',');
            double it = s.get(Column.IT_POWER_W, i);
            if (it > 0) {
                Numbers.appendFull(sb, s.get(Column.FACILITY_POWER_W, i) / it);
            }
            sb.append(',');
            Numbers.appendFull(sb, Units.wToKw(s.get(Column.HEAT_TO_AIR_W, i)));
            sb.append(',');
            Numbers.appendFull(sb, s.get(Column.AIR_FREE_COOLING_FRACTION, i));
            if (liquidLoop) {
                sb.append(',');
                Numbers.appendFull(sb, Units.wToKw(s.get(Column.HEAT_TO_LIQUID_W, i)));
                sb.append(',');
                Numbers.appendFull(sb, s.get(Column.LIQUID_FREE_COOLING_FRACTION, i));
            }
            sb.append(',');
            // towers' and evaporative handlers' make-up water; 1 kg of water is 1 L
            Numbers.appendFull(sb, s.get(Column.WATER_KG_PER_S, i) * Units.SECONDS_PER_HOUR);
            sb.append('\n');
        }
        return sb.toString();
    }
}

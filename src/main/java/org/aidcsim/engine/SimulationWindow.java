package org.aidcsim.engine;

import org.aidcsim.units.Units;

/**
 * Which part of the year is simulated, and how finely.
 *
 * @param startDay first day simulated, 1 = 1 January
 * @param days number of days (may wrap past 31 December into the start of the weather year)
 * @param stepS step length (s); divides 3600 so that each step lies inside one weather hour
 */
public record SimulationWindow(int startDay, int days, int stepS) {
    public static final int SECONDS_PER_DAY = (int) Units.SECONDS_PER_DAY;

    public SimulationWindow {
        if (startDay < 1 || startDay > 366 || days < 1 || stepS <= 0 || 3600 % stepS != 0) {
            throw new IllegalArgumentException("invalid simulation window");
        }
    }

    /** A whole year of hourly steps. */
    public static SimulationWindow fullYearHourly() {
        return new SimulationWindow(1, 365, 3600);
    }

    public int steps() {
        return (int) ((long) days * SECONDS_PER_DAY / stepS);
    }

    /** Seconds from 1 January 00:00 to the start of the window (s). */
    public double startTimeS() {
        return (startDay - 1) * (double) SECONDS_PER_DAY;
    }

    /** Hour of the year the window starts at (0 = 1 January, 00:00), for hourly inputs. */
    public int startHour() {
        return (int) (startTimeS() / Units.SECONDS_PER_HOUR);
    }
}

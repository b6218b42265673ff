package org.aidcsim.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileTest {
    @Test
    void diurnalPeaksAtItsHourAndBottomsTwelveHoursLater() {
        DiurnalProfile p = new DiurnalProfile(0.6, 14);
        assertEquals(1.0, p.fraction(14 * 3600.0), 1e-12);
        assertEquals(0.6, p.fraction(2 * 3600.0), 1e-12);
        assertEquals(0.8, p.fraction(8 * 3600.0), 1e-12);
        assertEquals(1.0, p.fraction(86_400 * 200 + 14 * 3600.0), 1e-9, "same every day");
    }

    @Test
    void itLoadSumsGroups() {
        ItLoad it = new ItLoad(List.of(new RackGroup("a", 10, 130e3, 0.5, new ConstantProfile()),
                new RackGroup("b", 0, 6e3, 1.0, new ConstantProfile()),
                new RackGroup("c", 4, 6e3, 1.0, new DiurnalProfile(0.5, 0))));
        assertEquals(10 * 130e3 * 0.5 + 4 * 6e3, it.peakPowerW(), 1e-6);
        assertEquals(10 * 130e3 * 0.5 + 4 * 6e3 * 0.5, it.powerW(12 * 3600.0), 1e-6);
        assertEquals(14, it.rackCount());
    }
}

package org.aidcsim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.aidcsim.backup.BackupParams;
import org.aidcsim.site.CompiledScenario;
import org.aidcsim.units.Units;

/** One sentence on the backup a run counted, so that an assumed battery never goes unsaid. */
public final class BackupSummary {
    private BackupSummary() {
    }

    /** The battery's minutes at design IT load, or "none": how long the IT rides through before the generators. */
    public static String rideThrough(CompiledScenario c) {
        return c.backup().batteryBank().map(b -> String.format(Locale.ROOT, "%.1f min of battery",
                b.runtimeS(c.model().designItPowerW()) / 60)).orElse("no battery");
    }

    public static String sentence(CompiledScenario c) {
        BackupParams b = c.backup();
        List<String> parts = new ArrayList<>();
        b.supercap().ifPresent(sc -> parts.add(String.format(Locale.ROOT, "supercapacitors of %,.1f kWh",
                Units.joulesToKwh(b.supercapBank().orElseThrow().windowEnergyJ()))));
        b.battery().ifPresent(bat -> parts.add(String.format(Locale.ROOT, "%s battery of %,.0f kWh (%.1f min at design IT load)",
                bat.chemistry().key(), Units.joulesToKwh(bat.energyJ()),
                b.batteryBank().orElseThrow().runtimeS(c.model().designItPowerW()) / 60)));
        b.generators().ifPresent(g -> parts.add(String.format(Locale.ROOT, "%d generator sets of %,.0f kW", g.units(),
                Units.wToKw(g.unitRatingW()))));
        String what = String.join(", ", parts);
        return switch (c.backupOrigin()) {
            case FILE -> what.isEmpty() ? "backup section without layers: none modelled" : what + ", as the file gives";
            case ASSUMED -> "assumed (the file gives none): " + what + ", N+1; docs/backup-transients.md says why; "
                    + "write backup: none to model none";
            case NONE -> "none" + (c.scenario().spec().backupOrigin() == BackupParams.Origin.NONE ? " (the file says backup: none)"
                    : " (nothing in the chain for a battery to back)");
        };
    }
}

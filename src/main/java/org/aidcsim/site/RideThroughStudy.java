package org.aidcsim.site;

import java.util.List;
import org.aidcsim.engine.TransientModel;
import org.aidcsim.engine.TransientResult;
import org.aidcsim.engine.TransientSeries;
import org.aidcsim.thermal.BusTimeline;
import org.aidcsim.thermal.CoolingLoad;
import org.aidcsim.thermal.RideThrough;
import org.aidcsim.thermal.RideThroughAnswers;

/**
 * A ride-through after the electrical transient: the hall's temperatures on the IT load the
 * backup served, each cooling load stopping and restarting with its bus, and, when a limit was
 * crossed, the tank or the loads on UPS that would have kept it.
 */
public final class RideThroughStudy {
    /**
     * @param setup what ran
     * @param buses when each bus had power
     * @param run the temperatures
     * @param answers the searches' results
     * @param busDownS how long the generator bus was down (s)
     * @param durationS the window (s)
     * @param coolingBackS when the last cooling load is back at full duty (s); NaN when one never comes back
     * @param upsHeadroomW what the battery can give beside the IT's peak and the cooling already on it (W)
     * @param loadDropped true when the electrical run left load unserved
     */
    public record Outcome(RideThroughCompiler.Setup setup, BusTimeline buses, RideThrough.Run run, RideThroughAnswers.Answers answers,
            double busDownS, double durationS, double coolingBackS, double upsHeadroomW, boolean loadDropped) {
        /** True when the window ends before every cooling load is back at full duty: the answers hold within it only. */
        public boolean endsBeforeCoolingIsBack() {
            return !(coolingBackS <= durationS);
        }
    }

    private RideThroughStudy() {
    }

    public static Outcome evaluate(RideThroughCompiler.Setup setup, TransientModel model, TransientResult result, TransientSeries series) {
        BusTimeline buses = new BusTimeline(model.gridToggleS(), result.generatorTakeoverS());
        double[] itW = new double[series.size()];
        for (int i = 0; i < itW.length; i++) {
            // the IT the backup served: the load less what went unserved and less the cooling the UPS carried
            itW[i] = Math.max(0.0, series.get(TransientSeries.Column.LOAD_W, i) - series.get(TransientSeries.Column.UNSERVED_W, i)
                    - model.coolingOnUpsW());
        }
        double rowS = series.outputStepS();
        RideThrough.Run run = RideThrough.run(setup.hall(), setup.tankJPerK(), setup.loads(), buses, rowS, itW, setup.shutdownAtLimit());
        double busDownS = busDownS(model, result);
        RideThroughAnswers.Runner runner = (List<CoolingLoad> loads, double tankM3) -> RideThrough.run(setup.hall(),
                RideThroughCompiler.Setup.tankJPerK(tankM3), loads, buses, rowS, itW, false).crossings().stream().findFirst();
        RideThroughAnswers.Answers answers = RideThroughAnswers.search(runner, setup.loads(), setup.spec().tankM3(), busDownS);
        double peakItW = 0;
        for (double w : itW) {
            peakItW = Math.max(peakItW, w);
        }
        double batteryW = model.battery().map(b -> b.maxDischargeW()).orElse(0.0);
        return new Outcome(setup, buses, run, answers, busDownS, model.durationS(), coolingBackS(setup, model, buses),
                batteryW - peakItW - setup.onUpsW(), !result.ridesThrough());
    }

    /** When the last load fed from a bus that dropped is back at full duty (s); NaN when its bus never returns in the window. */
    private static double coolingBackS(RideThroughCompiler.Setup setup, TransientModel model, BusTimeline buses) {
        double[] toggles = model.gridToggleS();
        if (toggles.length == 0) {
            return 0.0;
        }
        double gridBackS = toggles.length > 1 ? toggles[1] : Double.NaN;
        double back = 0.0;
        for (CoolingLoad l : setup.loads()) {
            double busBackS = switch (l.feed()) {
                case UPS -> Double.NEGATIVE_INFINITY;
                case UTILITY -> gridBackS;
                case GENERATOR -> Double.isNaN(buses.generatorOnlineS()) ? gridBackS : Double.isNaN(gridBackS)
                        ? buses.generatorOnlineS() : Math.min(gridBackS, buses.generatorOnlineS());
            };
            if (Double.isNaN(busBackS)) {
                return Double.NaN;
            }
            back = Math.max(back, busBackS + l.restartDelayS() + l.rampS());
        }
        return back;
    }

    /** From the first loss of the utility to the generators taking the load, or to the utility's return (s). */
    private static double busDownS(TransientModel model, TransientResult result) {
        double[] toggles = model.gridToggleS();
        if (toggles.length == 0) {
            return 0.0;
        }
        double back = toggles.length > 1 ? toggles[1] : model.durationS();
        if (!Double.isNaN(result.generatorTakeoverS())) {
            back = Math.min(back, result.generatorTakeoverS());
        }
        return Math.max(0.0, back - toggles[0]);
    }
}

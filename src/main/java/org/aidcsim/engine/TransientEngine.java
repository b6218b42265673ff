package org.aidcsim.engine;

import java.util.Optional;
import java.util.function.LongConsumer;
import org.aidcsim.backup.GeneratorPlant;

/**
 * Steps a {@link TransientModel} at its fixed step (1 ms by default). Discontinuities are located
 * in time, not found by polling: each {@link TransientDetector} (the grid timeline, the transfer
 * switch, the battery's response) says when it next fires; a step that holds such a time is split
 * there, and the handler switches the {@link SupplyState} at that instant. A storage that empties
 * or fills inside a step delivers only the share of the step it lasted (its own exact crossing,
 * see {@code SupercapBank.discharge} and {@code Battery.discharge}). {@link StorageDispatch} says
 * who carries the load, {@link TransientMeter} keeps the tallies, {@link SeriesBinner} the series.
 *
 * <p>The loop allocates nothing and calls no observer per step; a step without an event costs one
 * comparison more than a step of a loop without events.
 */
public final class TransientEngine {
    /** Steps between two reports to {@code stepsDone}: about a tenth of a second of work at tens of millions of steps per second. */
    private static final long REPORT_MASK = (1L << 21) - 1;
    /**
     * An event within this share of a step from a step boundary falls on the boundary: step times
     * are k·dt in floating point, and an event meant for a boundary must not leave a sliver.
     */
    private static final double SNAP_SHARE = 1e-9;

    /** A run's result with its series at output resolution. */
    public record Recorded(TransientResult result, TransientSeries series) {
    }

    private final TransientModel model;
    private final double dtS;
    private final double snapS;
    private final double basePowerW;
    private final TransferSwitch transferSwitch;
    private final StorageDispatch dispatch;
    private final InRackLayer rack;
    private final TransientMeter meter;
    private final TransientDetector[] detectors;
    private final SeriesBinner binner;
    private double nextEventS;
    private double prevPartS;
    private boolean first = true;

    private TransientEngine(TransientModel m, boolean record) {
        this.model = m;
        this.dtS = m.stepS();
        this.snapS = SNAP_SHARE * dtS;
        this.basePowerW = m.basePowerW();
        this.prevPartS = dtS;
        GeneratorPlant generators = m.generators().map(GeneratorPlant::fresh).orElse(null);
        this.transferSwitch = new TransferSwitch(generators, m.transferTimeS(), m.retransferDelayS());
        // The grid feeds the load and the battery's float before the window opens, so a step that merely
        // continues that state is no ramp; with smoothing it has been feeding the load's running average,
        // with in-rack storage the racks' smoothed feed.
        double initialLoadW = demandW(0.5 * dtS);
        double average = meanDemandW(m.smoothingTimeConstantS());
        double initialNetW = m.smoothing() ? average : initialLoadW;
        if (m.inRack().isPresent()) {
            double rackAverage = meanDemandW(m.inRackTimeConstantS());
            this.rack = new InRackLayer(m.inRack().get(), m.inRackRampLimitWPerS(), m.inRackTimeConstantS(), rackAverage);
            if (!m.smoothing()) {
                initialNetW = rackAverage;
            }
        } else {
            this.rack = null;
        }
        this.dispatch = new StorageDispatch(m, generators, transferSwitch, average, initialNetW);
        this.meter = new TransientMeter(basePowerW, initialLoadW, initialNetW + dispatch.floatW, dispatch);
        this.detectors = new TransientDetector[] {new GridTimeline(m.gridToggleS(), transferSwitch), transferSwitch, dispatch};
        this.nextEventS = nextEventS(Double.NEGATIVE_INFINITY);
        int outEvery = outputEvery(m);
        this.binner = record ? new SeriesBinner(new TransientSeries(outEvery * dtS, (int) ((m.steps() + outEvery - 1) / outEvery)))
                : null;
    }

    public static TransientResult run(TransientModel m) {
        return new TransientEngine(m, false).steps(done -> { });
    }

    /** Runs {@code m} and records its series, telling {@code stepsDone} the count of steps run every two million steps or so (for a progress bar). */
    public static Recorded runRecorded(TransientModel m, LongConsumer stepsDone) {
        TransientEngine engine = new TransientEngine(m, true);
        TransientResult result = engine.steps(stepsDone);
        return new Recorded(result, engine.binner.series());
    }

    private static int outputEvery(TransientModel m) {
        return (int) Math.max(1, Math.round(m.outputStepS() / m.stepS()));
    }

    private double demandW(double timeS) {
        return basePowerW * model.profile().fraction(timeS);
    }

    /** The load's mean over its first {@code windowS}, sampled at step midpoints (at most a million samples). */
    private double meanDemandW(double windowS) {
        int samples = (int) Math.max(1, Math.min(1_000_000, Math.round(windowS / dtS)));
        double sum = 0;
        for (int i = 0; i < samples; i++) {
            sum += demandW((i + 0.5) * dtS);
        }
        return sum / samples;
    }

    private TransientResult steps(LongConsumer stepsDone) {
        final long steps = model.steps();
        final int outEvery = outputEvery(model);
        for (long k = 0; k < steps; k++) {
            if ((k & REPORT_MASK) == 0) {
                stepsDone.accept(k);
            }
            final double t = k * dtS;
            if (nextEventS <= t + dtS - snapS) {
                stepWithEvents(t);
            } else {
                part(t, dtS);
            }
            if (binner != null && ((k + 1) % outEvery == 0 || k == steps - 1)) {
                binner.flush(dispatch, transferSwitch.state());
            }
        }
        return meter.result(dispatch, Optional.ofNullable(rack).map(InRackLayer::result));
    }

    /** A step that holds one or more events: parts between them, each event fired at its own time. */
    private void stepWithEvents(double t) {
        double s = t;
        final double end = t + dtS;
        while (nextEventS <= end - snapS) {
            double eventS = nextEventS;
            if (eventS > s + snapS) {
                part(s, eventS - s);
                s = eventS;
            }
            fire(s + snapS);
        }
        // an event at the step's start leaves the whole step, with its exact length
        part(s, s == t ? dtS : end - s);
    }

    /** Fires every detector with a change due by {@code dueS}, then finds the next event. */
    private void fire(double dueS) {
        for (TransientDetector d : detectors) {
            d.fire(dueS);
        }
        nextEventS = nextEventS(dueS);
    }

    private double nextEventS(double afterS) {
        double next = Double.POSITIVE_INFINITY;
        for (TransientDetector d : detectors) {
            next = Math.min(next, d.nextS(afterS));
        }
        return next;
    }

    /** One step, or the part of one between events, from {@code timeS} for {@code dtS}. */
    private void part(double timeS, double dtS) {
        final double demand = demandW(timeS + 0.5 * dtS);
        final SupplyState state = transferSwitch.state();
        // What the facility must serve: the racks' demand, or their feed once in-rack storage has smoothed it.
        final double load = rack != null ? rack.feed(demand, dtS, state.live()) : demand;
        if (state == SupplyState.UTILITY) {
            dispatch.onUtility(load, dtS);
        } else {
            // layer by layer (StorageDispatch says why these are three calls)
            double deficitW = dispatch.fromGenerators(load, state, timeS, dtS);
            deficitW = dispatch.fromBattery(deficitW, timeS + snapS, dtS);
            dispatch.fromSupercaps(deficitW, dtS);
        }
        final double spacingS = 0.5 * (prevPartS + dtS);
        double inRackW = 0;
        if (rack != null) {
            if (dispatch.unservedW > 0) {
                dispatch.unservedW -= rack.rideThrough(dispatch.unservedW, dtS);
            }
            inRackW = rack.stepW();
            rack.endStep(demand - inRackW - dispatch.unservedW, dtS, spacingS, first);
        }
        meter.add(timeS, dtS, spacingS, first, demand, dispatch, state);
        if (binner != null) {
            binner.add(dtS / this.dtS, demand, dispatch, inRackW);
        }
        prevPartS = dtS;
        first = false;
    }

    /** Source codes in the series' SOURCE column. */
    public static String sourceName(int code) {
        return SupplyState.ofCode(code).label();
    }
}

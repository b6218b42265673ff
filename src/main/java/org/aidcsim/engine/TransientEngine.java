package org.aidcsim.engine;

import java.util.function.LongConsumer;

import java.util.Arrays;
import java.util.Optional;
import org.aidcsim.backup.Battery;
import org.aidcsim.backup.GeneratorPlant;
import org.aidcsim.backup.SupercapBank;

/**
 * Steps a {@link TransientModel} at its fixed step (1 ms by default). Discontinuities are located
 * in time, not found by polling: grid losses and returns come from a sorted timeline checked once
 * per step; a storage that empties or fills inside a step delivers only the share of the step it
 * lasted (its own exact crossing, see {@link SupercapBank#discharge} and {@link Battery#discharge});
 * generators come online at their start delay and accept load in timed steps.
 *
 * <p>Dispatch, by the time each layer can respond: supercapacitors at once, the battery after its
 * response time, generators after their start delay and the transfer switch. Once several can
 * carry load, the one that lasts longest is used first (generator, then battery) and the faster
 * layers fill what it cannot (load-acceptance steps, power limits). On utility, storage recharges
 * at its charge limits. With smoothing, the grid follows a moving average of the load (time
 * constant τ) plus a slow term that restores the storage's charge (energy owed / 3τ), within the
 * ramp and peak limits; storage supplies or absorbs the difference. Following the average rather
 * than the load keeps a periodic swing from walking the storage empty.
 *
 * <p>The loop allocates nothing and calls no observer per step: the series, when asked for, is
 * averaged over output intervals inline.
 */
public final class TransientEngine {
    private static final int UTILITY = 0;
    private static final int NONE = 1;
    private static final int TO_GENERATOR = 2;
    private static final int GENERATOR = 3;
    private static final int TO_UTILITY = 4;
    /**
     * Share of its converter rating a supercapacitor bank recharges at after it has carried load:
     * assumption, a gentle refill over tens of seconds so that the refill is no load step on the grid.
     */
    private static final double SUPERCAP_RECHARGE_FRACTION = 0.1;

    private TransientEngine() {
    }

    public static TransientResult run(TransientModel m) {
        return run(m, null);
    }

    /** Runs {@code m}; with a non-null {@code seriesOut}[0] slot, also records the series there. */
    public static TransientResult run(TransientModel m, TransientSeries[] seriesOut) {
        return run(m, seriesOut, done -> { });
    }

    /** Steps between two reports to {@code stepsDone}: about a tenth of a second of work at tens of millions of steps per second. */
    private static final long REPORT_MASK = (1L << 21) - 1;

    /** As above, telling {@code stepsDone} the count of steps run every two million steps or so (for a progress bar). */
    public static TransientResult run(TransientModel m, TransientSeries[] seriesOut, LongConsumer stepsDone) {
        SupercapBank sc = m.supercap().map(b -> m.smoothing() ? b.freshAt(0.5) : b.fresh()).orElse(null);
        Battery bat = m.battery().map(Battery::fresh).orElse(null);
        GeneratorPlant gen = m.generators().map(GeneratorPlant::fresh).orElse(null);
        final double dt = m.stepS();
        final long steps = m.steps();
        final double base = m.basePowerW();
        final double ramp = m.rampLimitWPerS() * dt;
        final double peakLimit = m.peakLimitW();
        final boolean smoothing = m.smoothing();
        final double[] toggles = m.gridToggleS();

        int outEvery = (int) Math.max(1, Math.round(m.outputStepS() / dt));
        TransientSeries series = null;
        double[] bin = null;
        if (seriesOut != null) {
            series = new TransientSeries(outEvery * dt, (int) ((steps + outEvery - 1) / outEvery));
            seriesOut[0] = series;
            bin = new double[TransientSeries.Column.values().length];
        }

        int next = 0;
        boolean gridUp = true;
        int source = UTILITY;
        double transferEnd = 0;
        double outageStart = Double.NaN;
        double gridBack = Double.NaN;
        final double floatW = bat != null ? bat.floatLossW() : 0;
        // The grid feeds the load and the battery's float before the window opens, so a step that
        // merely continues that state is no ramp.
        double prevLoad = base * m.profile().fraction(0.5 * dt);
        double prevNet = prevLoad;
        double prevGrid = prevLoad + floatW;
        boolean prevOnUtility = true;
        double offUtilityS = 0;
        double dropW = 0;
        double pickupW = 0;

        double loadJ = 0, gridJ = 0, genJ = 0, batOutJ = 0, batInJ = 0, scOutJ = 0, scInJ = 0, unservedJ = 0;
        double unservedRun = 0, longestUnserved = 0;
        double scTakeover = Double.NaN, batTakeover = Double.NaN, genTakeover = Double.NaN;
        double minSoc = bat != null ? bat.soc() : Double.NaN;
        double minScV = sc != null ? sc.voltageV() : Double.NaN;
        double gridMaxRamp = 0, gridMin = Double.POSITIVE_INFINITY, gridMax = Double.NEGATIVE_INFINITY;
        double loadMaxRamp = 0, loadMin = Double.POSITIVE_INFINITY, loadMax = Double.NEGATIVE_INFINITY;
        double storageE = 0, storageMin = 0, storageMax = 0, storagePeak = 0;
        final double tau = m.smoothingTimeConstantS();
        // Start the average at the load's mean over its first τ, as if the site had been running.
        double average = 0;
        int samples = (int) Math.max(1, Math.min(1_000_000, Math.round(tau / dt)));
        for (int i = 0; i < samples; i++) {
            average += base * m.profile().fraction((i + 0.5) * dt);
        }
        average /= samples;
        if (smoothing) {
            prevNet = average;
            prevGrid = average + floatW;
        }
        InRackLayer rack = null;
        if (m.inRack().isPresent()) {
            double tauRack = m.inRackTimeConstantS();
            int n = (int) Math.max(1, Math.min(1_000_000, Math.round(tauRack / dt)));
            double rackAverage = 0;
            for (int i = 0; i < n; i++) {
                rackAverage += base * m.profile().fraction((i + 0.5) * dt);
            }
            rack = new InRackLayer(m.inRack().get(), m.inRackRampLimitWPerS(), tauRack, dt, rackAverage / n);
            if (!smoothing) {
                // the grid has been feeding the racks' smoothed feed, not their demand, before the window opens
                prevNet = rackAverage / n;
                prevGrid = prevNet + floatW;
            }
        }
        final double scTargetJ = sc != null ? sc.usableEnergyJ() : 0;
        final double scStartJ = scTargetJ;
        final double batTargetSoc = bat != null ? bat.soc() : 0;

        for (long k = 0; k < steps; k++) {
            if ((k & REPORT_MASK) == 0) {
                stepsDone.accept(k);
            }
            final double t = k * dt;
            while (next < toggles.length && toggles[next] <= t) {
                gridUp = !gridUp;
                next++;
                if (!gridUp) {
                    if (source == UTILITY || source == TO_UTILITY) {
                        source = NONE;
                        outageStart = t;
                        if (gen != null) {
                            gen.requestStart(t);
                        }
                    }
                } else {
                    gridBack = t;
                    if (source == NONE) {
                        source = UTILITY;
                        if (gen != null) {
                            gen.stop();
                        }
                    }
                }
            }
            if (source == NONE && gen != null && gen.online(t)) {
                source = TO_GENERATOR;
                transferEnd = t + m.transferTimeS();
            }
            if (source == TO_GENERATOR && t >= transferEnd) {
                source = GENERATOR;
            }
            if ((source == GENERATOR || source == TO_GENERATOR) && gridUp && t >= gridBack + m.retransferDelayS()) {
                source = TO_UTILITY;
                transferEnd = t + m.transferTimeS();
            }
            if (source == TO_UTILITY && t >= transferEnd) {
                source = UTILITY;
                gen.stop();
            }

            final double demand = base * m.profile().fraction(t + 0.5 * dt);
            // What the facility must serve: the racks' demand, or their feed once in-rack storage has smoothed it.
            final double load = rack != null ? rack.feed(demand, dt, source == UTILITY || source == GENERATOR) : demand;
            double grid = 0, genW = 0, batW = 0, scW = 0, unserved = 0;
            if (source == UTILITY) {
                if (smoothing) {
                    average += (load - average) * dt / tau;
                    // Restore the stored energy to where it started, over 3τ; measured in the cells, so converter and
                    // ESR losses are made up too.
                    double owedJ = 0;
                    if (sc != null) {
                        owedJ += scTargetJ - sc.usableEnergyJ();
                    }
                    if (bat != null) {
                        owedJ += (batTargetSoc - bat.soc()) * bat.energyJ();
                    }
                    double want = average + owedJ / (3 * tau);
                    grid = Math.min(peakLimit, Math.max(prevNet - ramp, Math.min(prevNet + ramp, want)));
                    double diff = load - grid;
                    if (diff > 0) {
                        if (sc != null) {
                            scW = sc.discharge(diff, dt);
                        }
                        if (bat != null) {
                            batW = bat.discharge(diff - scW, dt);
                        }
                        grid += diff - scW - batW;
                    } else if (diff < 0) {
                        double absorb = -diff;
                        double c1 = sc != null ? sc.charge(absorb, dt) : 0;
                        double c2 = bat != null ? bat.charge(absorb - c1, dt) : 0;
                        scW = -c1;
                        batW = -c2;
                        grid -= absorb - c1 - c2;
                    }
                } else {
                    double c1 = sc != null ? sc.charge(sc.maxChargeW() * SUPERCAP_RECHARGE_FRACTION, dt) : 0;
                    double c2 = bat != null ? bat.charge(bat.maxChargeW(), dt) : 0;
                    scW = -c1;
                    batW = -c2;
                    grid = load + c1 + c2;
                }
                prevNet = grid;
                grid += floatW;
            } else {
                double deficit = load;
                if (source == GENERATOR) {
                    genW = gen.deliver(load, t, dt);
                    deficit -= genW;
                }
                if (deficit > 0 && bat != null && t - outageStart >= m.batteryResponseS()) {
                    batW = bat.discharge(deficit, dt);
                    deficit -= batW;
                }
                if (deficit > 0 && sc != null) {
                    scW = sc.discharge(deficit, dt);
                    deficit -= scW;
                }
                unserved = Math.max(0.0, deficit);
            }
            double inRackW = 0;
            if (rack != null) {
                if (unserved > 0) {
                    unserved -= rack.rideThrough(unserved, dt);
                }
                inRackW = rack.stepW();
                rack.endStep(demand - inRackW - unserved, dt, k == 0);
            }

            loadJ += demand * dt;
            gridJ += grid * dt;
            genJ += genW * dt;
            if (batW > 0) {
                batOutJ += batW * dt;
                if (batTakeover != batTakeover && source != UTILITY) {
                    batTakeover = t;
                }
            } else {
                batInJ -= batW * dt;
            }
            if (scW > 0) {
                scOutJ += scW * dt;
                if (scTakeover != scTakeover && source != UTILITY) {
                    scTakeover = t;
                }
            } else {
                scInJ -= scW * dt;
            }
            if (genW > 0 && genTakeover != genTakeover) {
                genTakeover = t;
            }
            if (unserved > 1e-9 * base) {
                unservedJ += unserved * dt;
                unservedRun += dt;
                if (unservedRun > longestUnserved) {
                    longestUnserved = unservedRun;
                }
            } else {
                unservedRun = 0;
            }
            if (bat != null && bat.soc() < minSoc) {
                minSoc = bat.soc();
            }
            if (sc != null && sc.voltageV() < minScV) {
                minScV = sc.voltageV();
            }
            boolean onUtility = source == UTILITY;
            if (!onUtility) {
                offUtilityS += dt;
                if (prevOnUtility) {
                    dropW = Math.max(dropW, prevGrid);
                }
            }
            if (onUtility) {
                if (prevOnUtility) {
                    double r = Math.abs(grid - prevGrid) / dt;
                    if (r > gridMaxRamp) {
                        gridMaxRamp = r;
                    }
                } else {
                    pickupW = Math.max(pickupW, grid);
                }
                if (grid < gridMin) {
                    gridMin = grid;
                }
                if (grid > gridMax) {
                    gridMax = grid;
                }
            }
            double lr = Math.abs(demand - prevLoad) / dt;
            if (lr > loadMaxRamp && k > 0) {
                loadMaxRamp = lr;
            }
            if (demand < loadMin) {
                loadMin = demand;
            }
            if (demand > loadMax) {
                loadMax = demand;
            }
            double storageW = batW + scW;
            storageE += storageW * dt;
            if (storageE < storageMin) {
                storageMin = storageE;
            }
            if (storageE > storageMax) {
                storageMax = storageE;
            }
            if (Math.abs(storageW) > storagePeak) {
                storagePeak = Math.abs(storageW);
            }
            prevGrid = onUtility ? grid : prevGrid;
            prevOnUtility = onUtility;
            prevLoad = demand;

            if (series != null) {
                bin[0] += demand;
                bin[1] += grid;
                bin[2] += genW;
                bin[3] += batW;
                bin[4] += scW;
                bin[5] += unserved;
                bin[6] += inRackW;
                if ((k + 1) % outEvery == 0 || k == steps - 1) {
                    int n = (int) (k % outEvery) + 1;
                    for (int c = 0; c < 7; c++) {
                        bin[c] /= n;
                    }
                    bin[7] = bat != null ? bat.soc() : Double.NaN;
                    bin[8] = sc != null ? sc.voltageV() : Double.NaN;
                    bin[9] = source;
                    series.add(bin);
                    Arrays.fill(bin, 0.0);
                }
            }
        }
        // Conversion losses of the facility storage: what it took, less what it gave and what it holds more at the end.
        double facilityLossJ = (scInJ - scOutJ - (sc != null ? sc.usableEnergyJ() - scStartJ : 0))
                + (batInJ - batOutJ - (bat != null ? (bat.soc() - batTargetSoc) * bat.energyJ() : 0));
        return TransientResult.builder().loadEnergyJ(loadJ).gridEnergyJ(gridJ).generatorEnergyJ(genJ).batteryDischargeJ(batOutJ)
                .batteryChargeJ(batInJ).supercapDischargeJ(scOutJ).supercapChargeJ(scInJ).unservedEnergyJ(unservedJ)
                .longestUnservedS(longestUnserved).supercapTakeoverS(scTakeover).batteryTakeoverS(batTakeover)
                .generatorTakeoverS(genTakeover).minSoc(minSoc).minSupercapVoltageV(minScV)
                .fuelUsedL(gen != null ? gen.fuelUsedL() : 0.0).gridMaxRampWPerS(gridMaxRamp)
                .gridPeakToPeakW(gridMax >= gridMin ? gridMax - gridMin : 0.0).loadMaxRampWPerS(loadMaxRamp)
                .loadPeakToPeakW(loadMax - loadMin).storageEnergyNeededJ(storageMax - storageMin).storagePowerNeededW(storagePeak)
                .offUtilityS(offUtilityS).gridDropW(dropW).gridPickupW(pickupW).facilityStorageLossJ(facilityLossJ)
                .inRack(Optional.ofNullable(rack).map(InRackLayer::result)).build();
    }

    /** Source codes in the series' SOURCE column. */
    public static String sourceName(int code) {
        return switch (code) {
            case UTILITY -> "utility";
            case NONE -> "storage";
            case TO_GENERATOR -> "transfer to generator";
            case GENERATOR -> "generator";
            case TO_UTILITY -> "transfer to utility";
            default -> throw new IllegalArgumentException("no source has code " + code);
        };
    }
}

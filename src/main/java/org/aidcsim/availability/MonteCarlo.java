package org.aidcsim.availability;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.aidcsim.units.Units;

/**
 * Event-driven Monte Carlo of an {@link AvailabilityModel}. Components fail after exponential
 * times (rate λ) and are repaired after exponential times (mean MTTR); generator sets are exposed
 * only while running. Batteries hold the load for their autonomy after their input is lost;
 * generators start on demand. The years are split into a fixed number of chunks, each with its own
 * random stream derived from the seed, run in parallel and combined in order: the same seed gives
 * the same result on any number of threads, and the chunks give the batch means behind the
 * confidence intervals.
 */
public final class MonteCarlo {
    private static final double HOURS_PER_YEAR = 8760.0;
    /** Chunks: enough batches for a confidence interval, few enough to stay independent of the thread count. */
    public static final int CHUNKS = 40;
    /** Student's t at 97.5 % for 39 degrees of freedom. */
    private static final double T_975_39 = 2.023;

    private MonteCarlo() {
    }

    public static AvailabilityResult run(AvailabilityModel model, double years, long seed) {
        return run(model, years, seed, done -> { });
    }

    /** As above, telling {@code chunksDone} the count of finished chunks (of {@link #CHUNKS}) as they finish, from any thread. */
    public static AvailabilityResult run(AvailabilityModel model, double years, long seed, IntConsumer chunksDone) {
        double chunkYears = years / CHUNKS;
        AtomicInteger finished = new AtomicInteger();
        Chunk[] chunks = IntStream.range(0, CHUNKS).parallel()
                .mapToObj(c -> {
                    Chunk chunk = new Simulation(model, new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (c + 1)))).run(chunkYears);
                    chunksDone.accept(finished.incrementAndGet());
                    return chunk;
                })
                .toArray(Chunk[]::new);
        double[] avail = new double[CHUNKS];
        double[] down = new double[CHUNKS];
        double[] losses = new double[CHUNKS];
        Map<String, Double> causes = new HashMap<>();
        double totalDownH = 0;
        for (int c = 0; c < CHUNKS; c++) {
            avail[c] = 1 - chunks[c].downH / (chunkYears * HOURS_PER_YEAR);
            down[c] = chunks[c].downH * 60 / chunkYears;
            losses[c] = chunks[c].losses / chunkYears;
            totalDownH += chunks[c].downH;
            chunks[c].causeH.forEach((k, v) -> causes.merge(k, v, Double::sum));
        }
        Map<String, Double> ranked = new LinkedHashMap<>();
        double total = totalDownH;
        causes.entrySet().stream().sorted((a, b) -> {
            int byValue = Double.compare(b.getValue(), a.getValue());
            return byValue != 0 ? byValue : a.getKey().compareTo(b.getKey());
        }).forEach(e -> ranked.put(e.getKey(), total > 0 ? e.getValue() / total : 0.0));
        return new AvailabilityResult(years, mean(avail), halfWidth(avail), mean(down), halfWidth(down), mean(losses),
                halfWidth(losses), ranked, years * model.components().size());
    }

    private static double mean(double[] v) {
        return Arrays.stream(v).average().orElse(0);
    }

    private static double halfWidth(double[] v) {
        double m = mean(v);
        double ss = 0;
        for (double x : v) {
            ss += (x - m) * (x - m);
        }
        return T_975_39 * Math.sqrt(ss / (v.length - 1) / v.length);
    }

    private record Chunk(double downH, long losses, Map<String, Double> causeH) {
    }

    /** One chunk's simulation: all state in primitive arrays. */
    private static final class Simulation {
        private static final int OFF = 0;
        private static final int STARTING = 1;
        private static final int RUNNING = 2;

        private final AvailabilityModel model;
        private final SplittableRandom random;
        private final int n;
        private final double[] ratePerH;
        private final double[] repairH;
        private final boolean[] standby;
        private final boolean[] up;
        private final double[] next;
        private final int[] genState;
        private final double[] bufferLostAt;
        private final boolean[] genActive;
        private final double[] startsAt;
        private final List<Block.Buffer> buffers = new ArrayList<>();
        private double now;

        Simulation(AvailabilityModel model, SplittableRandom random) {
            this.model = model;
            this.random = random;
            this.n = model.components().size();
            this.ratePerH = new double[n];
            this.repairH = new double[n];
            this.standby = new boolean[n];
            this.up = new boolean[n];
            this.next = new double[n];
            this.genState = new int[n];
            for (int i = 0; i < n; i++) {
                Component c = model.components().get(i);
                ratePerH[i] = c.data().failuresPerYear() / HOURS_PER_YEAR;
                repairH[i] = c.data().repairHours();
                standby[i] = c.standby();
                up[i] = true;
                next[i] = standby[i] ? Double.POSITIVE_INFINITY : exp(ratePerH[i]);
            }
            this.bufferLostAt = new double[model.buffers()];
            Arrays.fill(bufferLostAt, Double.NaN);
            this.genActive = new boolean[model.generatorGroups()];
            this.startsAt = new double[n];
            collectBuffers(model.root());
        }

        private void collectBuffers(Block b) {
            if (b instanceof Block.Buffer buf) {
                buffers.add(buf);
                collectBuffers(buf.input());
            } else if (b instanceof Block.Series s) {
                s.parts().forEach(this::collectBuffers);
            } else if (b instanceof Block.KOfN k) {
                k.parts().forEach(this::collectBuffers);
            } else if (b instanceof Block.Either e) {
                collectBuffers(e.first());
                collectBuffers(e.second());
            } else if (b instanceof Block.Generators g) {
                collectBuffers(g.demand());
            }
        }

        private double exp(double rate) {
            return rate > 0 ? -Math.log(1 - random.nextDouble()) / rate : Double.POSITIVE_INFINITY;
        }

        Chunk run(double years) {
            double end = years * HOURS_PER_YEAR;
            double downH = 0;
            long losses = 0;
            Map<String, Double> causeH = new HashMap<>();
            boolean itUp = eval(model.root());
            String cause = "";
            while (true) {
                double t = Double.POSITIVE_INFINITY;
                int which = -1;
                for (int i = 0; i < n; i++) {
                    if (next[i] < t) {
                        t = next[i];
                        which = i;
                    }
                }
                double timers = nextTimer();
                boolean timerFirst = timers < t;
                if (timerFirst) {
                    t = timers;
                }
                double stop = Math.min(t, end);
                if (!itUp) {
                    downH += stop - now;
                    causeH.merge(cause, stop - now, Double::sum);
                }
                if (t >= end) {
                    break;
                }
                now = t;
                String event;
                if (timerFirst) {
                    event = completeTimers();
                } else {
                    event = model.components().get(which).type();
                    toggle(which);
                }
                boolean nowUp = eval(model.root());
                if (itUp && !nowUp) {
                    losses++;
                    cause = event;
                }
                itUp = nowUp;
            }
            return new Chunk(downH, losses, causeH);
        }

        private void toggle(int i) {
            if (up[i]) {
                up[i] = false;
                genState[i] = OFF;
                next[i] = now + exp(1.0 / repairH[i]);
            } else {
                up[i] = true;
                next[i] = standby[i] ? Double.POSITIVE_INFINITY : now + exp(ratePerH[i]);
            }
        }

        private double nextTimer() {
            double t = Double.POSITIVE_INFINITY;
            for (Block.Buffer b : buffers) {
                double lost = bufferLostAt[b.id()];
                double expires = lost + b.autonomyS() / Units.SECONDS_PER_HOUR;
                if (lost == lost && expires > now) {
                    t = Math.min(t, expires);
                }
            }
            for (int i = 0; i < n; i++) {
                if (genState[i] == STARTING) {
                    t = Math.min(t, startsAt[i]);
                }
            }
            return t;
        }

        private String completeTimers() {
            String event = "battery autonomy exhausted";
            for (int i = 0; i < n; i++) {
                if (genState[i] == STARTING && startsAt[i] <= now) {
                    genState[i] = RUNNING;
                    next[i] = now + exp(ratePerH[i]);
                    event = "generator online";
                }
            }
            return event;
        }

        private boolean eval(Block b) {
            if (b instanceof Block.Unit u) {
                return up[u.component()] && (!standby[u.component()] || genState[u.component()] == RUNNING);
            } else if (b instanceof Block.Series s) {
                for (Block p : s.parts()) {
                    if (!eval(p)) {
                        return false;
                    }
                }
                return true;
            } else if (b instanceof Block.KOfN k) {
                int ok = 0;
                for (Block p : k.parts()) {
                    if (eval(p)) {
                        ok++;
                    }
                }
                return ok >= k.k();
            } else if (b instanceof Block.Either e) {
                boolean first = eval(e.first());
                boolean second = eval(e.second());
                return first || second;
            } else if (b instanceof Block.Buffer buf) {
                if (eval(buf.input())) {
                    bufferLostAt[buf.id()] = Double.NaN;
                    return true;
                }
                double lost = bufferLostAt[buf.id()];
                if (lost != lost) {
                    bufferLostAt[buf.id()] = now;
                    lost = now;
                }
                return up[buf.battery()] && now < lost + buf.autonomyS() / Units.SECONDS_PER_HOUR;
            } else {
                Block.Generators g = (Block.Generators) b;
                boolean demand = !eval(g.demand());
                if (demand) {
                    genActive[g.id()] = true;
                    // Every available set that is not yet running starts: at the loss, and again after a repair.
                    for (int unit : g.units()) {
                        if (up[unit] && genState[unit] == OFF) {
                            if (random.nextDouble() < g.failToStartProbability()) {
                                up[unit] = false;
                                next[unit] = now + exp(1.0 / repairH[unit]);
                            } else {
                                genState[unit] = STARTING;
                                startsAt[unit] = now + g.startDelayS() / Units.SECONDS_PER_HOUR;
                            }
                        }
                    }
                } else if (genActive[g.id()]) {
                    genActive[g.id()] = false;
                    for (int unit : g.units()) {
                        if (genState[unit] != OFF) {
                            genState[unit] = OFF;
                            if (up[unit]) {
                                next[unit] = Double.POSITIVE_INFINITY;
                            }
                        }
                    }
                }
                int online = 0;
                for (int unit : g.units()) {
                    if (up[unit] && genState[unit] == RUNNING) {
                        online++;
                    }
                }
                return online >= g.needed();
            }
        }
    }
}

package org.aidcsim.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntToLongFunction;
import org.aidcsim.report.SweepCsv;
import org.aidcsim.scenario.LoadedScenario;
import org.aidcsim.scenario.ScenarioLoader;
import org.aidcsim.sweep.Sweep;
import org.aidcsim.sweep.SweepDimensions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How a whole sweep scales from one worker thread to two, beside the two ceilings of the machine it runs on
 * (issue 31): a compute-bound loop and a memory-streaming one, each a fixed amount of work split between the
 * threads, as the sweep splits its variants. Speed-up = time on one thread / time on two, of the same benchmark.
 * Single shots: each is a whole job of several seconds, its threads started and joined inside it.
 * {@code benchmarks/scaling} runs them interleaved (one thread as it comes and pinned, two threads: nine forks a round) so that the machine's drift falls on all of them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(1)
public class ScalingBenchmark {
    /** Worker threads sharing the job. */
    @Param({"1", "2"})
    public int threads;

    /** Steps of the compute-bound recurrence in all (about 2 s on one core of the 2026 VM). */
    private static final long COMPUTE_STEPS = 1L << 30;
    /** The memory-streaming array: 256 MB of longs, far beyond any cache. */
    private static final int STREAM_LONGS = 32 << 20;
    /** One read per 64-byte cache line: every read brings a new line from memory. */
    private static final int STRIDE_LONGS = 8;
    /** Passes over the whole array per shot. */
    private static final int STREAM_PASSES = 64;

    private Sweep.Plan plan;
    private long[] stream;

    @Setup(Level.Trial)
    public void load() throws Exception {
        Path file = Path.of("benchmarks", "scenarios", "sweep-19820.yaml");
        if (!Files.exists(file)) {
            file = Path.of("scenarios", "sweep-19820.yaml");
        }
        LoadedScenario base = ScenarioLoader.load(file);
        plan = Sweep.check(base, SweepDimensions.fromScenario(base));
        stream = new long[STREAM_LONGS];
        for (int i = 0; i < stream.length; i++) {
            stream[i] = i * 0x9E3779B97F4A7C15L;
        }
    }

    /**
     * The 19,820 annual variants of benchmarks/scenarios/sweep-19820.yaml, each built, run and priced and its
     * sweep.csv row formatted on the worker, the rows taken in order (bytes counted, not written: the disk
     * is not what is measured).
     */
    @Benchmark
    public long sweep19820() throws Exception {
        long[] bytes = {0};
        Sweep.run(plan, threads, 0, i -> { }, new Sweep.Sink<SweepCsv.Row>() {
            @Override
            public SweepCsv.Row prepare(Sweep.Variant variant) {
                return SweepCsv.row(variant);
            }

            @Override
            public void accept(SweepCsv.Row row) {
                bytes[0] += row.line().length;
            }
        });
        return bytes[0];
    }

    /** A dependent multiply-xorshift recurrence in registers: no memory traffic, no allocation. */
    @Benchmark
    public long computeCeiling() throws InterruptedException {
        return split(t -> {
            long x = t + 1;
            for (long s = COMPUTE_STEPS / threads; s > 0; s--) {
                x ^= x << 13;
                x ^= x >>> 7;
                x *= 0x2545F4914F6CDD1DL;
            }
            return x;
        });
    }

    /** Strided reads, one per cache line, each thread over its own part of the 256 MB array. */
    @Benchmark
    public long memoryCeiling() throws InterruptedException {
        return split(t -> {
            int part = stream.length / threads;
            int from = t * part;
            long sum = 0;
            for (int pass = 0; pass < STREAM_PASSES; pass++) {
                for (int i = from; i < from + part; i += STRIDE_LONGS) {
                    sum += stream[i];
                }
            }
            return sum;
        });
    }

    /** Runs {@code work} on {@link #threads} threads, one index each, and joins them. */
    private long split(IntToLongFunction work) throws InterruptedException {
        AtomicLong result = new AtomicLong();
        Thread[] pool = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            int index = t;
            pool[t] = new Thread(() -> result.addAndGet(work.applyAsLong(index)));
            pool[t].start();
        }
        for (Thread thread : pool) {
            thread.join();
        }
        return result.get();
    }
}

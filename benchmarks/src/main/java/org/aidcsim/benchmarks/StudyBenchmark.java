package org.aidcsim.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.aidcsim.scenario.ScenarioLoader;
import org.aidcsim.study.StudyPlan;
import org.aidcsim.study.StudyRun;
import org.aidcsim.sweep.Sweep;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One sample of scenarios/study-cold-plate.yaml (six climates, uncertain load, facility water and
 * power price; a full hourly year): drawn, built by substitution, compiled, run and priced, as
 * every engine does it. Run with {@code -t 1} and {@code -t 2} for the 1 → 2 thread scaling; the
 * score per thread is what the cluster arithmetic of docs/studies.md multiplies.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StudyBenchmark {
    /** Samples drawn once; threads take them in turn. */
    private static final int SAMPLES = 100_000;

    private StudyRun run;
    private final AtomicInteger next = new AtomicInteger();

    @Setup
    public void load() throws Exception {
        Path file = Path.of("scenarios", "study-cold-plate.yaml");
        if (!Files.exists(file)) {
            file = Path.of("..", "scenarios", "study-cold-plate.yaml");
        }
        run = new StudyRun(StudyPlan.read(ScenarioLoader.load(file), Optional.of(SAMPLES), Optional.empty()));
    }

    @Benchmark
    public Sweep.Variant oneSample() {
        return run.sample(Math.floorMod(next.getAndIncrement(), SAMPLES));
    }
}

package org.aidcsim.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.aidcsim.scenario.LoadedScenario;
import org.aidcsim.scenario.ScenarioLoader;
import org.aidcsim.sweep.Sweep;
import org.aidcsim.sweep.SweepDimension;
import org.aidcsim.sweep.SweepDimensions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A sweep of the three-group scenario (scenarios/three-group-hall.yaml: 4 densities × 5 water
 * temperatures = 20 annual hourly runs), each variant validated, compiled, run and priced, on
 * all cores. Score: sweeps per second; runs per second = 20 × score.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SweepBenchmark {
    @Param({"2"})
    public int threads;

    private LoadedScenario base;
    private List<SweepDimension> dims;
    private Sweep.Plan plan;

    @Setup
    public void load() throws Exception {
        Path file = Path.of("scenarios", "three-group-hall.yaml");
        if (!Files.exists(file)) {
            file = Path.of("..", "scenarios", "three-group-hall.yaml");
        }
        base = ScenarioLoader.load(file);
        dims = SweepDimensions.fromScenario(base);
        plan = Sweep.check(base, dims);
    }

    /** Variants built, run and priced; the checks before a sweep are done once, in the setup, as before a command's run. */
    @Benchmark
    public List<Sweep.Variant> twentyVariantSweep() throws Exception {
        List<Sweep.Variant> out = new ArrayList<>();
        Sweep.run(plan, threads, 0, i -> { }, new Sweep.Sink<Sweep.Variant>() {
            @Override
            public Sweep.Variant prepare(Sweep.Variant variant) {
                return variant;
            }

            @Override
            public void accept(Sweep.Variant prepared) {
                out.add(prepared);
            }
        });
        return out;
    }
}

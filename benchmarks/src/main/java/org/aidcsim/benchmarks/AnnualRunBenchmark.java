package org.aidcsim.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.aidcsim.engine.AnnualRun;
import org.aidcsim.engine.SiteModel;
import org.aidcsim.metrics.AnnualMetrics;
import org.aidcsim.site.SiteCompiler;
import org.aidcsim.scenario.ScenarioLoader;
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
 * One annual hourly run (8760 steps) of an example scenario, the model compiled once beforehand:
 * what a sweep repeats for every variant. {@code metricsOnly} is the sweep path (totals only);
 * {@code withSeries} also records every hour, as {@code aidcsim run} does. {@code measured-load-trace} replays
 * a non-repeating hourly trace, so no step repeats another and nothing is memoized (issue 12 target:
 * ≥ 1,000 runs/s on one thread).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AnnualRunBenchmark {
    @Param({"ai-hall-cold-plate", "traditional-air-ups", "immersion-800v", "measured-load-trace"})
    public String scenario;

    private SiteModel model;

    @Setup
    public void compile() throws Exception {
        Path file = Path.of("scenarios", scenario + ".yaml");
        if (!Files.exists(file)) {
            file = Path.of("..", "scenarios", scenario + ".yaml");
        }
        model = SiteCompiler.compile(ScenarioLoader.load(file)).model();
    }

    @Benchmark
    public AnnualMetrics metricsOnly() {
        return AnnualRun.metricsOnly(model);
    }

    @Benchmark
    public AnnualRun withSeries() {
        return AnnualRun.of(model);
    }
}

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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A year at 1-minute steps (525,600 steps: interpolated weather, checkpoint dips integrated per
 * step), the model compiled once beforehand; target (issue 12): at most 0.2 s per run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SubHourlyBenchmark {
    private SiteModel model;

    @Setup
    public void compile() throws Exception {
        Path file = Path.of("benchmarks", "scenarios", "checkpoint-minutes.yaml");
        if (!Files.exists(file)) {
            file = Path.of("scenarios", "checkpoint-minutes.yaml");
        }
        model = SiteCompiler.compile(ScenarioLoader.load(file)).model();
    }

    @Benchmark
    public AnnualMetrics yearAtOneMinute() {
        return AnnualRun.metricsOnly(model);
    }
}

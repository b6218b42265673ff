package org.aidcsim.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.aidcsim.availability.AvailabilityModel;
import org.aidcsim.availability.AvailabilityResult;
import org.aidcsim.availability.MonteCarlo;
import org.aidcsim.availability.PowerPathStructure;
import org.aidcsim.engine.AnnualRun;
import org.aidcsim.site.CompiledScenario;
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
 * 10 000 simulated years of the outage example's reliability structure (utility, switchgear,
 * transformer, HVDC rectifier groups, batteries, 50 generator sets, ATS, feeder, CDUs), on all
 * cores. Component-years per second = components × 10 000 / (score in s).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AvailabilityBenchmark {
    private AvailabilityModel model;

    @Setup
    public void build() throws Exception {
        Path file = Path.of("scenarios", "outage-ride-through.yaml");
        if (!Files.exists(file)) {
            file = Path.of("..", "scenarios", "outage-ride-through.yaml");
        }
        CompiledScenario c = SiteCompiler.compile(ScenarioLoader.load(file));
        model = PowerPathStructure.build(c.model().name(), c.model().powerChain(), c.model().cooling().liquid(), c.backup(),
                c.scenario().spec().availability(), AnnualRun.metricsOnly(c.model()).peakFacilityPowerW(),
                c.model().designItPowerW());
        System.out.println("components: " + model.components().size());
    }

    @Benchmark
    public AvailabilityResult tenThousandYears() {
        return MonteCarlo.run(model, 10_000, 1);
    }
}

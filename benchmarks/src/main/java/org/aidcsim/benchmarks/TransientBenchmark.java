package org.aidcsim.benchmarks;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.aidcsim.engine.TransientEngine;
import org.aidcsim.engine.TransientModel;
import org.aidcsim.engine.TransientResult;
import org.aidcsim.site.SiteCompiler;
import org.aidcsim.scenario.ScenarioLoader;
import org.aidcsim.site.TransientCompiler;
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
 * A one-hour window at 1 ms steps (3.6 million steps) for a 100 MW site: the utility is lost for
 * the whole hour; supercapacitors and batteries bridge until 45 generator sets (one failing) take
 * the load in steps. Score: milliseconds per run; steps per second = 3.6e6 / (score / 1000).
 * The target is at least 20 million steps per second per core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TransientBenchmark {
    private static final String SCENARIO = """
            name: bench-outage
            site: {weather: {type: constant, dry_bulb_c: 25}}
            it: {groups: [{name: training, racks: 770, rack_power_kw: 130}]}
            power: {architecture: hvdc-240v}
            cooling: {technology: cold_plate}
            backup:
              supercap: {series: 300, parallel: 200, converter_rating_kw: 100000}
              battery: {chemistry: li_ion, energy_kwh: 25000}
              generators: {units: 45, unit_rating_kw: 2500}
            transient:
              duration_s: 3600
              step_s: 0.001
              output_step_s: 1
              events:
                - {type: grid_outage, at_s: 0, duration_s: 3600}
                - {type: generator_fail_to_start, units: 1}
            """;

    private TransientModel model;

    @Setup
    public void compile() throws Exception {
        model = TransientCompiler.compile(SiteCompiler.compile(ScenarioLoader.parse(Path.of("scenarios/bench.yaml"), SCENARIO)));
    }

    @Benchmark
    public TransientResult oneHourOutageAt1ms() {
        return TransientEngine.run(model);
    }
}

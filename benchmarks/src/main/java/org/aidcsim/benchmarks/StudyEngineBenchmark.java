package org.aidcsim.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;
import org.aidcsim.scenario.LoadedScenario;
import org.aidcsim.scenario.ScenarioLoader;
import org.aidcsim.schema.TextFiles;
import org.aidcsim.study.StudyEngine;
import org.aidcsim.study.StudyPlan;
import org.aidcsim.study.StudyRecorder;
import org.aidcsim.study.StudyRun;
import org.aidcsim.study.StudySource;
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
 * A whole study, in process or on Apache Spark {@code local[threads]}, single shot: scenarios/study-cold-plate.yaml's
 * samples drawn, evaluated and brought back in order into the report's recorder (the files are not written: the
 * disk is not what is compared). The Spark engine is found on the class path, so run this benchmark with the Spark
 * module's jars before the benchmarks' (benchmarks/README.md, "The same comparison under JMH"):
 * <pre>
 * java -cp spark/target/aidcsim-spark.jar:spark/target/lib/*:benchmarks/target/benchmarks.jar org.openjdk.jmh.Main \
 *     StudyEngineBenchmark -jvmArgsAppend @spark/jvm.options -p samples=1000000
 * </pre>
 * Without them only {@code -p engine=local} runs. Score: seconds per study; samples/s = samples / score.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@Fork(1)
public class StudyEngineBenchmark {
    /** local (this process's workers) or spark (Spark local[threads]). */
    @Param({"local", "spark"})
    public String engine;

    @Param({"100000"})
    public int samples;

    @Param({"2"})
    public int threads;

    private StudyEngine chosen;
    private StudySource source;
    private StudyPlan plan;

    @Setup
    public void load() throws Exception {
        Path file = Path.of("scenarios", "study-cold-plate.yaml");
        if (!Files.exists(file)) {
            file = Path.of("..", "scenarios", "study-cold-plate.yaml");
        }
        chosen = StudyEngine.LOCAL;
        if (!engine.equals("local")) {
            chosen = ServiceLoader.load(StudyEngine.class).stream().map(ServiceLoader.Provider::get)
                    .filter(e -> e.key().equals(engine)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no " + engine + " engine on the class path"));
        }
        LoadedScenario base = ScenarioLoader.load(file);
        plan = StudyPlan.read(base, Optional.of(samples), Optional.empty());
        source = new StudySource(file.toAbsolutePath().toString(), TextFiles.readUtf8(file, TextFiles.MAX_SCENARIO_BYTES), samples,
                null);
    }

    /** Every sample evaluated and recorded in order; the Spark engine's session start and stop are part of it, as in a command. */
    @Benchmark
    public StudyRecorder study() throws Exception {
        StudyRecorder recorder = new StudyRecorder(new StudyRun(plan));
        chosen.run(source, plan, threads, i -> { }, recorder);
        return recorder;
    }
}

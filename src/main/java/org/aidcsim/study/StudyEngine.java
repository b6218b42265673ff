package org.aidcsim.study;

import java.io.IOException;
import java.util.List;
import java.util.function.IntConsumer;
import org.aidcsim.sweep.Sweep;

/**
 * Where a study's samples run. Every engine evaluates each sample with {@link StudyRun#sample}, the
 * same evaluation as {@code run} and {@code sweep}, and hands the samples to the sink in order, so
 * that the files a study writes are the same row for row whichever engine ran it. The in-process
 * engine is built in; others (Apache Spark, in the aidcsim-spark module) are found on the class
 * path through {@link java.util.ServiceLoader}.
 */
public interface StudyEngine {
    /**
     * System property naming the folder the study writes to, for an engine that writes files of its
     * own there (Spark: study.parquet); the study command sets it.
     */
    String OUTPUT_FOLDER_PROPERTY = "aidcsim.study.out";

    /**
     * Samples whose rows a study brings back at most: the report holds every row (its inputs and every metric, about
     * 250 bytes a sample) to compute exact percentiles and the tornado. A larger study needs an engine that keeps
     * its rows where they are evaluated ({@link #runAtScale}).
     */
    int MAX_HELD_SAMPLES = 1_000_000;

    /**
     * What a study too large to bring back leaves on the driver.
     *
     * @param stats every metric's distribution over all the samples that ran
     * @param failed samples that failed, of all
     * @param percentiles how the percentiles were computed, as outputs name it
     * @param rows where every sample's row is (a folder of Parquet files)
     */
    record AtScale(List<StudySummary.Stats> stats, long failed, String percentiles, String rows) {
        public AtScale {
            stats = List.copyOf(stats);
        }
    }

    /** Its name on the command line ({@code --engine local}). */
    String key();

    /**
     * Runs every sample of {@code source}'s study, {@code plan} being that study already checked here.
     *
     * @param threads workers on this machine (an engine of its own cluster may read it as a hint)
     */
    void run(StudySource source, StudyPlan plan, int threads, IntConsumer progress, Sweep.Sink<Sweep.Variant> sink)
            throws IOException;

    /**
     * Runs a study of more than {@link #MAX_HELD_SAMPLES} samples, whose rows stay where they are evaluated: written
     * there, the distributions computed there, and only the first {@code held} samples handed to {@code thinned} in
     * order, for the charts and the tornado.
     *
     * @throws UnsupportedOperationException from an engine that brings every row back (the in-process one)
     */
    default AtScale runAtScale(StudySource source, StudyPlan plan, int threads, int held, IntConsumer progress,
            Sweep.Sink<Sweep.Variant> thinned) throws IOException {
        throw new UnsupportedOperationException("the " + key() + " engine brings every row back");
    }

    /** Whether {@link #runAtScale} is supported. */
    default boolean runsAtScale() {
        return false;
    }

    /** The engine of this process: the sweep's workers on all cores. */
    StudyEngine LOCAL = new StudyEngine() {
        @Override
        public String key() {
            return "local";
        }

        @Override
        public void run(StudySource source, StudyPlan plan, int threads, IntConsumer progress, Sweep.Sink<Sweep.Variant> sink)
                throws IOException {
            new StudyRun(plan).run(threads, progress, sink);
        }
    };
}

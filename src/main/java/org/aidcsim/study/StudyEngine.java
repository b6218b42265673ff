package org.aidcsim.study;

import java.io.IOException;
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

    /** Its name on the command line ({@code --engine local}). */
    String key();

    /**
     * Runs every sample of {@code source}'s study, {@code plan} being that study already checked here.
     *
     * @param threads workers on this machine (an engine of its own cluster may read it as a hint)
     */
    void run(StudySource source, StudyPlan plan, int threads, IntConsumer progress, Sweep.Sink<Sweep.Variant> sink)
            throws IOException;

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

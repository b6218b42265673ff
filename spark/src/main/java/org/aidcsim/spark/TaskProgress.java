package org.aidcsim.spark;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * The samples done of a study at scale, told as its tasks end: the rows stay on the executors, so the driver counts
 * finished tasks (each about {@code perTask} samples) rather than rows.
 */
final class TaskProgress extends SparkListener {
    private final IntConsumer progress;
    private final long perTask;
    private final long samples;
    private final AtomicLong tasks = new AtomicLong();

    TaskProgress(IntConsumer progress, long perTask, long samples) {
        this.progress = progress;
        this.perTask = perTask;
        this.samples = samples;
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
        if (end.taskInfo().successful()) {
            progress.accept((int) Math.min(samples, tasks.incrementAndGet() * perTask));
        }
    }
}

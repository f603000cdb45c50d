package org.sitrep.store;

import java.io.PrintStream;
import java.nio.file.Path;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows ingest progress on a stream (stderr) when a batch has more than {@value #MANY_FILES} files or lasts more
 * than {@value #SLOW_MILLIS} ms. On a terminal it is a redrawn bar; otherwise (a log file, a pipe) it is a plain
 * line every {@value #LOG_INTERVAL_MILLIS} ms, without carriage returns or escape codes.
 */
public final class ProgressDisplay implements IngestListener {
    static final int MANY_FILES = 20;
    static final long SLOW_MILLIS = 2000;
    static final int LOG_INTERVAL_MILLIS = 10_000;

    private final PrintStream out;
    private final boolean interactive;
    private long startedAt;
    private int total;
    private int done;
    private ProgressBar bar;

    /**
     * @param out         where to draw (stderr)
     * @param interactive true when {@code out} is a terminal
     */
    public ProgressDisplay(PrintStream out, boolean interactive) {
        this.out = out;
        this.interactive = interactive;
    }

    /** A display on stderr, interactive when the process has a console. */
    public static ProgressDisplay onStderr() {
        return new ProgressDisplay(System.err, System.console() != null);
    }

    @Override public void started(int total) {
        this.total = total;
        this.done = 0;
        this.startedAt = System.nanoTime();
        if (total > MANY_FILES) show();
    }

    @Override public void fileDone(Path file) {
        done++;
        if (bar == null && done < total && (System.nanoTime() - startedAt) / 1_000_000 > SLOW_MILLIS) show();
        if (bar != null) bar.stepTo(done);
    }

    @Override public void finished() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }

    private void show() {
        ProgressBarConsumer consumer = interactive
                ? new ConsoleProgressBarConsumer(out)
                : new DelegatingProgressBarConsumer(out::println, 80);
        bar = new ProgressBarBuilder()
                .setTaskName("ingest")
                .setInitialMax(total)
                .setStyle(interactive ? ProgressBarStyle.COLORFUL_UNICODE_BLOCK : ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(interactive ? 200 : LOG_INTERVAL_MILLIS)
                .setConsumer(consumer)
                .setUnit(" files", 1)
                .build();
        bar.stepTo(done);
    }
}

package org.newsgraph.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.newsgraph.build.BuildListener;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Shows a build's progress on stderr: a bar with the document count and the time left when someone is watching a
 * terminal, one line otherwise (a log file does not want a redrawn bar). When the input is larger than the build
 * reads ahead, the total is unknown and the bar shows the count done. Called from the build's worker threads.
 */
final class BuildProgress implements BuildListener, AutoCloseable {

    private final PrintStream err;
    private final boolean interactive;
    private final AtomicInteger annotated = new AtomicInteger();
    private final AtomicInteger reused = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private volatile ProgressBar bar;

    BuildProgress(PrintStream err, boolean interactive) {
        this.err = err;
        this.interactive = interactive;
    }

    @Override
    public synchronized void started(int documents) {
        if (!interactive) {
            err.println(documents == UNKNOWN ? "Building documents as they are read..."
                    : "Building " + BuildCommand.plural(documents, "document") + "...");
            err.flush();
            return;
        }
        bar = new ProgressBarBuilder()
                .setTaskName("Building")
                // An unknown total (a large archive read as it is built) gives a bar that counts documents.
                .setInitialMax(documents == UNKNOWN ? -1 : documents)
                .setUnit(" docs", 1)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(err))
                .clearDisplayOnFinish()
                .build();
    }

    @Override
    public void documentDone(String documentId, DocumentOutcome outcome) {
        switch (outcome) {
            case ANNOTATED -> annotated.incrementAndGet();
            case FROM_CACHE, UNCHANGED -> reused.incrementAndGet();
            case FAILED -> failed.incrementAndGet();
        }
        ProgressBar current = bar;
        if (current != null) {
            current.setExtraMessage(annotated.get() + " annotated, " + reused.get() + " reused"
                    + (failed.get() > 0 ? ", " + failed.get() + " failed" : ""));
            current.step();
        }
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}

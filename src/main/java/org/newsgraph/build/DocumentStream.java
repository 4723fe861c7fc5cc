package org.newsgraph.build;

import org.newsgraph.ingest.ArticleCollector;
import org.newsgraph.ingest.Document;
import org.newsgraph.ingest.IngestResult;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;

/**
 * The build's inputs read on a thread of their own, handed over one document at a time through a buffer of at most
 * {@link ReadAhead} documents and characters: reading goes on while documents are annotated, and waits when the
 * buffer is full, so an archive of any size is never held.
 */
final class DocumentStream implements AutoCloseable {

    private final ReadAhead limit;
    private final BuildTimings timings;
    private final ArrayDeque<Document> buffer = new ArrayDeque<>();
    private final Thread reader;
    private long bufferedChars;
    private boolean finished;
    private boolean closed;
    private IngestResult result;
    private Throwable failure;

    private DocumentStream(ReadAhead limit, BuildTimings timings, ArticleCollector collector, List<Path> inputs) {
        this.limit = limit;
        this.timings = timings;
        this.reader = new Thread(() -> read(collector, inputs), "build-input-reader");
        reader.setDaemon(true);
    }

    /** {@code timings} counts the documents held: each is held from here until the build lets it go. */
    static DocumentStream start(ArticleCollector collector, List<Path> inputs, ReadAhead limit, BuildTimings timings) {
        DocumentStream stream = new DocumentStream(limit, timings, collector, inputs);
        stream.reader.start();
        return stream;
    }

    private void read(ArticleCollector collector, List<Path> inputs) {
        IngestResult read = null;
        Throwable failed = null;
        try {
            read = collector.collect(inputs, this::put);
        } catch (RuntimeException | Error e) {
            failed = e;
        }
        synchronized (this) {
            result = read;
            failure = failed;
            finished = true;
            notifyAll();
        }
    }

    private synchronized void put(Document document) {
        long chars = size(document);
        try {
            // One document always fits, however long: a window is a bound on many documents, not on one.
            while (!closed && !buffer.isEmpty()
                    && (buffer.size() >= limit.documents() || bufferedChars + chars > limit.chars())) {
                wait();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ArticleCollector.Stopped();
        }
        if (closed) {
            throw new ArticleCollector.Stopped();
        }
        buffer.add(document);
        timings.documentHeld();
        bufferedChars += chars;
        notifyAll();
    }

    /** The next document in input order, waiting for it to be read; null once every input is read. */
    synchronized Document next() throws InterruptedException {
        while (buffer.isEmpty() && !finished) {
            wait();
        }
        Document document = buffer.poll();
        if (document == null) {
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            if (failure instanceof Error e) {
                throw e;
            }
            return null;
        }
        bufferedChars -= size(document);
        notifyAll();
        return document;
    }

    /** What reading found wrong with the inputs; call once {@link #next()} has returned null. */
    synchronized IngestResult result() {
        if (!finished) {
            throw new IllegalStateException("the inputs are still being read");
        }
        return result;
    }

    static long size(Document document) {
        return document.text().length();
    }

    /** Stops the reading, if it is still going, and lets its documents go. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            buffer.clear();
            notifyAll();
        }
        reader.interrupt();
    }
}

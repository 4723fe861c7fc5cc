package org.newsgraph.serve;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.layout.PatternLayout;

import java.io.StringWriter;

/** What the application logs while it is open, as lines of "LEVEL message", for tests that a thing is logged. */
public final class CapturedLog implements AutoCloseable {

    private final StringWriter lines = new StringWriter();
    private final WriterAppender appender;
    private final LoggerConfig root;

    public CapturedLog() {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        Configuration configuration = context.getConfiguration();
        appender = WriterAppender.newBuilder()
                .setName("captured-" + System.identityHashCode(this))
                .setTarget(lines)
                .setLayout(PatternLayout.newBuilder().withPattern("%level %msg%n").build())
                .build();
        appender.start();
        root = configuration.getRootLogger();
        // Events of every logger reach the root's appenders; each logger's own level still decides what is logged.
        root.addAppender(appender, null, null);
        context.updateLoggers();
    }

    public String text() {
        synchronized (lines) {
            return lines.toString();
        }
    }

    @Override
    public void close() {
        root.removeAppender(appender.getName());
        appender.stop();
        ((LoggerContext) LogManager.getContext(false)).updateLoggers();
    }
}

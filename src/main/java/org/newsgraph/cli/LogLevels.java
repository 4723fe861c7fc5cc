package org.newsgraph.cli;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;

/** log4j2.xml keeps CoreNLP and Jena at WARN; --verbose lets them, and newsgraph's own debug lines, through. */
final class LogLevels {

    private LogLevels() {
    }

    static void verbose() {
        Configurator.setLevel("org.newsgraph", Level.DEBUG);
        Configurator.setLevel("edu.stanford.nlp", Level.INFO);
        Configurator.setLevel("edu.stanford.nlp.quoteattribution", Level.INFO);
        Configurator.setLevel("org.apache.jena", Level.INFO);
    }
}

package org.newsgraph.spark;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;

/**
 * On Spark's class path Jena finds Woodstox as its StAX parser, which does not know one of the safety properties
 * Jena sets; Jena then logs an ERROR per property at start-up although RDF/XML is never read here. Each JVM of the
 * job (driver and executors) calls {@link #quiet} before it first touches Jena.
 */
final class JenaLogging {

    static {
        Configurator.setLevel("org.apache.jena.util.JenaXMLInput", Level.OFF);
    }

    private JenaLogging() {
    }

    /** Loading the class is what does it; the call only makes sure it is loaded. */
    static void quiet() {
        // nothing else to do: the static initialiser ran
    }
}

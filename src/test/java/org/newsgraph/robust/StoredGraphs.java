package org.newsgraph.robust;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;

import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/** Copies of a store's document graphs that outlive the read transaction they were taken in. */
final class StoredGraphs {

    private StoredGraphs() {
    }

    /** Every named graph of {@code dataset} by name, copied out of it. */
    static Map<String, Model> copyOf(Dataset dataset) {
        Map<String, Model> graphs = new TreeMap<>();
        for (Iterator<Resource> names = dataset.listModelNames(); names.hasNext(); ) {
            String name = names.next().getURI();
            graphs.put(name, ModelFactory.createDefaultModel().add(dataset.getNamedModel(name)));
        }
        return graphs;
    }
}

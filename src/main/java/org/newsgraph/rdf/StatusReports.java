package org.newsgraph.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;

import java.util.List;

/**
 * Adds to a mapped document graph one {@code ng:StatusReport} per evacuation status the article reports: the status,
 * the article's date and the evidence of the {@code ng:status} fact. An operation that several articles report then
 * carries, in the union of their graphs, the status each one gave on its day: its timeline. Works on the mapped
 * graph alone, so each article's reports live and die with its graph.
 */
final class StatusReports {

    private StatusReports() {
    }

    static void add(Model graph, Resource document, DocumentRecord record) {
        List<Resource> evidence = graph.listSubjectsWithProperty(RDF.predicate, NG.status).toList();
        for (Resource node : evidence) {
            Statement subject = node.getProperty(RDF.subject);
            Statement status = node.getProperty(RDF.object);
            if (subject == null || status == null || !status.getObject().isURIResource()
                    || !graph.contains(subject.getResource(), RDF.type, NG.Evacuation)) {
                continue;
            }
            String hash = node.getURI().substring(node.getURI().lastIndexOf('/') + 1);
            Resource report = graph.createResource(Iris.statusReport(record.id(), hash));
            report.addProperty(RDF.type, NG.StatusReport);
            report.addProperty(NG.reportedStatus, status.getResource());
            if (record.issued() != null) {
                report.addProperty(NG.reportedOn,
                        graph.createTypedLiteral(record.issued().toString(), XSDDatatype.XSDdate));
            }
            report.addProperty(NG.evidence, node);
            report.addProperty(NG.Prov.wasDerivedFrom, document);
            subject.getResource().addProperty(NG.statusReport, report);
        }
    }
}

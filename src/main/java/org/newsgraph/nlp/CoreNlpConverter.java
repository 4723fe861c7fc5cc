package org.newsgraph.nlp;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.coref.data.CorefChain.CorefMention;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The one place that reads CoreNLP's annotation types: it turns an annotated document into newsgraph's own records,
 * so that extraction, caching and tests never depend on CoreNLP classes.
 */
final class CoreNlpConverter {

    private CoreNlpConverter() {
    }

    static AnnotatedDocument convert(String docId, String contentHash, Annotation annotation) {
        String text = annotation.get(CoreAnnotations.TextAnnotation.class);
        List<CoreMap> coreSentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        List<Sentence> sentences = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        for (int s = 0; s < coreSentences.size(); s++) {
            CoreMap sentence = coreSentences.get(s);
            sentences.add(sentence(s, sentence, text));
            List<CoreMap> entityMentions = sentence.get(CoreAnnotations.MentionsAnnotation.class);
            if (entityMentions != null) {
                for (CoreMap m : entityMentions) {
                    mentions.add(mention(s, m));
                }
            }
        }
        return new AnnotatedDocument(docId, contentHash, sentences, mentions, corefChains(annotation),
                quotes(annotation), relations(coreSentences));
    }

    private static Sentence sentence(int index, CoreMap sentence, String documentText) {
        List<Token> tokens = new ArrayList<>();
        for (CoreLabel label : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
            tokens.add(new Token(label.index(), label.word(), label.lemma(), label.tag(), label.ner(),
                    label.beginPosition(), label.endPosition()));
        }
        List<Dependency> dependencies = new ArrayList<>();
        SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        if (graph != null) {
            for (var root : graph.getRoots()) {
                dependencies.add(new Dependency("root", 0, root.index()));
            }
            for (SemanticGraphEdge edge : graph.edgeIterable()) {
                dependencies.add(new Dependency(edge.getRelation().toString(), edge.getGovernor().index(),
                        edge.getDependent().index()));
            }
            dependencies.sort(Comparator.comparingInt(Dependency::dependent).thenComparingInt(Dependency::governor)
                    .thenComparing(Dependency::relation));
        }
        int begin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        return new Sentence(index, begin, end, documentText.substring(begin, end), tokens, dependencies);
    }

    private static Mention mention(int sentenceIndex, CoreMap mention) {
        List<CoreLabel> tokens = mention.get(CoreAnnotations.TokensAnnotation.class);
        int start = tokens.get(0).index();
        int end = tokens.get(tokens.size() - 1).index() + 1;
        return new Mention(sentenceIndex, start, end, mention.get(CoreAnnotations.TextAnnotation.class),
                mention.get(CoreAnnotations.EntityTypeAnnotation.class),
                mention.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                mention.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
    }

    private static List<CorefChain> corefChains(Annotation annotation) {
        Map<Integer, edu.stanford.nlp.coref.data.CorefChain> chains =
                annotation.get(CorefCoreAnnotations.CorefChainAnnotation.class);
        List<CorefChain> result = new ArrayList<>();
        if (chains == null) {
            return result;
        }
        for (var chain : chains.values()) {
            CorefMention representative = chain.getRepresentativeMention();
            List<org.newsgraph.nlp.CorefMention> mentions = new ArrayList<>();
            for (CorefMention m : chain.getMentionsInTextualOrder()) {
                mentions.add(new org.newsgraph.nlp.CorefMention(m.sentNum - 1, m.startIndex, m.endIndex, m.headIndex,
                        m.mentionSpan, m.mentionType.name(), m == representative));
            }
            result.add(new CorefChain(chain.getChainID(), mentions));
        }
        result.sort(Comparator.comparingInt(CorefChain::id));
        return result;
    }

    private static List<Relation> relations(List<CoreMap> sentences) {
        List<Relation> result = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            java.util.Collection<edu.stanford.nlp.ie.util.RelationTriple> triples =
                    sentences.get(s).get(CoreAnnotations.KBPTriplesAnnotation.class);
            if (triples == null) {
                continue;
            }
            for (var triple : triples) {
                List<CoreLabel> subject = triple.subject;
                List<CoreLabel> object = triple.object;
                result.add(new Relation(s, triple.subjectGloss(), subject.get(0).beginPosition(),
                        subject.get(subject.size() - 1).endPosition(), triple.relationGloss(), triple.objectGloss(),
                        object.get(0).beginPosition(), object.get(object.size() - 1).endPosition(),
                        triple.confidence));
            }
        }
        return result;
    }

    private static List<Quote> quotes(Annotation annotation) {
        List<CoreMap> quotes = annotation.get(CoreAnnotations.QuotationsAnnotation.class);
        List<Quote> result = new ArrayList<>();
        if (quotes == null) {
            return result;
        }
        List<CoreLabel> documentTokens = annotation.get(CoreAnnotations.TokensAnnotation.class);
        for (CoreMap q : quotes) {
            Integer speakerBegin = null;
            Integer speakerEnd = null;
            Integer mentionBegin = q.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class);
            Integer mentionEnd = q.get(QuoteAttributionAnnotator.MentionEndAnnotation.class);
            if (mentionBegin != null && mentionEnd != null) {
                speakerBegin = documentTokens.get(mentionBegin).beginPosition();
                speakerEnd = documentTokens.get(mentionEnd).endPosition();
            }
            result.add(new Quote(q.get(CoreAnnotations.QuotationIndexAnnotation.class),
                    q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class),
                    q.get(CoreAnnotations.TextAnnotation.class),
                    q.get(CoreAnnotations.SentenceBeginAnnotation.class),
                    q.get(CoreAnnotations.SentenceEndAnnotation.class),
                    q.get(QuoteAttributionAnnotator.SpeakerAnnotation.class),
                    q.get(QuoteAttributionAnnotator.CanonicalMentionAnnotation.class),
                    speakerBegin, speakerEnd));
        }
        return result;
    }
}

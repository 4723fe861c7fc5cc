package org.newsgraph.nlp;

/**
 * A relation triple from CoreNLP's KBP annotator ("per:employee_or_member_of"), with the character spans of its
 * subject and object in the original text. newsgraph's own extraction does not use these; the baseline does.
 */
public record Relation(int sentence, String subject, int subjectBegin, int subjectEnd, String relation,
                       String object, int objectBegin, int objectEnd, double confidence) {}

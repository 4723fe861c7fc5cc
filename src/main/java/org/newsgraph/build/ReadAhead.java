package org.newsgraph.build;

/**
 * How much of its input a build holds at once. Documents are resolved in date order (see {@link GraphBuilder}), which
 * needs documents to sort; a build sorts them a window at a time: the documents read while the previous window is
 * annotated, at most {@code documents} of them and {@code chars} characters of text. Reading waits when the next
 * window is full, so a build holds at most two windows of documents whatever the size of its input.
 * <p>
 * The standard window holds 2,500 documents or 16 million characters: a corpus that size (the 2,225 BBC articles
 * are 5 million characters) is one window, sorted whole as before streaming; two full windows of Latin-1 text, each
 * document held as read and as masked for CoreNLP, take about 64 MB of heap (twice that in UTF-16).
 */
public record ReadAhead(int documents, long chars) {

    public ReadAhead {
        if (documents < 1 || chars < 1) {
            throw new IllegalArgumentException("a window holds at least one document and one character, got "
                    + documents + " documents, " + chars + " characters");
        }
    }

    public static ReadAhead standard() {
        return new ReadAhead(2_500, 16_000_000L);
    }
}

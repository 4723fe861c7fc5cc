package org.newsgraph.export;

import java.time.Duration;

/**
 * What an export wrote: {@code statements} triples or quads, {@code graphs} named graphs among them (0 when the
 * selection was written as one unnamed graph), {@code bytes} of output.
 */
public record ExportReport(ExportFormat format, GraphSelection selection, long statements, int graphs, long bytes,
                           Duration elapsed) {
}

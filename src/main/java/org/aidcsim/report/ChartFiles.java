package org.aidcsim.report;

import java.awt.Dimension;
import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGraphics2D;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes a chart as PNG (JFreeChart) and SVG (Batik's SVGGraphics2D, Apache-2.0; JFreeSVG is GPL),
 * each to a temporary name first.
 */
public final class ChartFiles {
    private ChartFiles() {
    }

    /** Writes {@code base}.png and {@code base}.svg; returns the two paths. */
    public static Path[] write(JFreeChart chart, Path base, int widthPx, int heightPx) throws IOException {
        Path png = base.resolveSibling(base.getFileName() + ".png");
        Path svg = base.resolveSibling(base.getFileName() + ".svg");
        AtomicFiles.write(png, ChartUtils.encodeAsPNG(chart.createBufferedImage(widthPx, heightPx)));
        AtomicFiles.write(svg, svg(chart, widthPx, heightPx));
        return new Path[] {png, svg};
    }

    /** The chart as an SVG document (UTF-8 bytes). */
    public static byte[] svg(JFreeChart chart, int widthPx, int heightPx) throws IOException {
        Document doc;
        try {
            doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no XML DOM available", e);
        }
        SVGGraphics2D g = new SVGGraphics2D(doc);
        g.setSVGCanvasSize(new Dimension(widthPx, heightPx));
        chart.draw(g, new Rectangle(0, 0, widthPx, heightPx));
        // A viewBox lets the SVG scale when inlined in HTML; streaming the root element alone leaves
        // out the DOCTYPE, whose external DTD a reader would otherwise try to fetch.
        Element root = g.getRoot();
        root.setAttributeNS(null, "viewBox", "0 0 " + widthPx + " " + heightPx);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            g.stream(root, w, true, false);
        }
        String text = bytes.toString(StandardCharsets.UTF_8).replaceFirst("(?s)<!DOCTYPE[^>]*>\\s*", "");
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

package org.aidcsim.report;

import java.awt.Dimension;
import java.awt.Rectangle;
import java.awt.image.RenderedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.ImageHandlerBase64Encoder;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.svggen.SVGGraphics2DIOException;
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
        return write(chart, svg(chart, widthPx, heightPx), base, widthPx, heightPx);
    }

    /** Writes {@code base}.png drawn from the chart and {@code base}.svg from its SVG drawing; returns the two paths. */
    public static Path[] write(JFreeChart chart, byte[] svgDocument, Path base, int widthPx, int heightPx) throws IOException {
        Path[] paths = paths(base);
        AtomicFiles.write(paths[0], ChartUtils.encodeAsPNG(chart.createBufferedImage(widthPx, heightPx)));
        AtomicFiles.write(paths[1], svgDocument);
        return paths;
    }

    /** {@code base}.png and {@code base}.svg. */
    public static Path[] paths(Path base) {
        return new Path[] {base.resolveSibling(base.getFileName() + ".png"), base.resolveSibling(base.getFileName() + ".svg")};
    }

    /** The chart as an SVG document (UTF-8 bytes). */
    public static byte[] svg(JFreeChart chart, int widthPx, int heightPx) throws IOException {
        Document doc;
        try {
            doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no XML DOM available", e);
        }
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(doc);
        context.setImageHandler(new PngImageHandler());
        SVGGraphics2D g = new SVGGraphics2D(context, false);
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
        // Java's logical 'Dialog' font means nothing to a browser, which falls back to a serif face.
        String text = bytes.toString(StandardCharsets.UTF_8).replaceFirst("(?s)<!DOCTYPE[^>]*>\\s*", "")
                .replace("font-family:'Dialog'", "font-family:sans-serif").replace("font-family:'SansSerif'", "font-family:sans-serif");
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Embeds raster images (the PUE heat map's cells) as base64 PNG written by the JDK's own ImageIO:
     * Batik's default encoder looks for a PNG writer in batik-codec, which the jar does not carry.
     */
    private static final class PngImageHandler extends ImageHandlerBase64Encoder {
        @Override
        public void encodeImage(RenderedImage image, OutputStream out) throws SVGGraphics2DIOException {
            try {
                ImageIO.write(image, "png", out);
            } catch (IOException e) {
                throw new SVGGraphics2DIOException(e);
            }
        }
    }
}

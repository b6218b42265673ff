package org.aidcsim.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jfree.chart.JFreeChart;

/**
 * One self-contained HTML page: tables, charts inlined as SVG, the scenario echoed with every
 * default applied. No external resource, so it reads offline and can be mailed as one file. A
 * tiny inline script only records script errors and the end of loading on the root element, so
 * that tests (and people) can see the page rendered cleanly.
 */
public final class HtmlReport {
    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'DejaVu Sans',Arial,sans-serif;margin:2em auto;max-width:1180px;
            color:#222;padding:0 1em}
            h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ddd;padding-bottom:.2em}
            .sub{color:#666;margin-top:0}table{border-collapse:collapse;margin:.6em 0;font-size:.9em}
            .wide{overflow-x:auto}th,td{border:1px solid #ddd;padding:.25em .6em;text-align:left;vertical-align:top;max-width:40em}
            th{background:#f4f6f8}td.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
            tr.pareto td{background:#fff7e0;font-weight:600}
            figure{margin:1em 0;break-inside:avoid}figure svg{width:100%;height:auto;border:1px solid #eee}
            figure svg text{font-family:'DejaVu Sans',Arial,Helvetica,sans-serif}
            figcaption{color:#555;font-size:.9em}pre{background:#f7f7f7;padding:1em;overflow:auto;font-size:.8em;max-height:40em}
            .note{color:#555;font-size:.9em}nav.toc{font-size:.9em}nav.toc ol{margin:0 0 1em}nav.toc.two{columns:2}nav.toc a{color:#1f4e8c;text-decoration:none}
            @media print{body{margin:0;max-width:none}nav.toc{display:none}pre{max-height:none;overflow:visible;white-space:pre-wrap}
            h2{break-after:avoid}table,tr{break-inside:avoid}a{color:inherit}}
            """;
    /**
     * Records, on the root element, what a test needs to see that the page rendered cleanly:
     * script errors, charts, ids used twice, clip paths that point outside their own chart (the
     * defect that clipped a chart to another's box), chart text that lies outside its chart, and
     * pairs of chart texts that overlap by more than 2 px each way (labels written over each other).
     */
    private static final String SCRIPT = "(function(){var d=document.documentElement;d.setAttribute('data-errors','0');"
            + "window.addEventListener('error',function(){d.setAttribute('data-errors',String(+d.getAttribute('data-errors')+1));});"
            + "window.addEventListener('load',function(){var svgs=document.querySelectorAll('figure svg');"
            + "d.setAttribute('data-charts',String(svgs.length));var ids={},dup=0;"
            + "document.querySelectorAll('[id]').forEach(function(e){if(ids[e.id])dup++;ids[e.id]=1;});"
            + "var foreign=0;document.querySelectorAll('[clip-path]').forEach(function(e){var m=/url\\(#([^)]+)\\)/"
            + ".exec(e.getAttribute('clip-path'));if(!m)return;var c=document.getElementById(m[1]);"
            + "if(!c||c.ownerSVGElement!==e.ownerSVGElement)foreign++;});var outside=0,texts=0;"
            + "var overlaps=0;svgs.forEach(function(s){var r=s.getBoundingClientRect(),boxes=[];s.querySelectorAll('text').forEach("
            + "function(t){if(!t.textContent.trim())return;texts++;var b=t.getBoundingClientRect();if(b.left<r.left-1||b.right>r.right+1"
            + "||b.top<r.top-1||b.bottom>r.bottom+1)outside++;boxes.forEach(function(o){if(Math.min(b.right,o.right)-Math.max(b.left,"
            + "o.left)>2&&Math.min(b.bottom,o.bottom)-Math.max(b.top,o.top)>2)overlaps++;});boxes.push(b);});});"
            + "d.setAttribute('data-text-overlaps',String(overlaps));d.setAttribute('data-duplicate-ids',String(dup));"
            + "d.setAttribute('data-foreign-clips',String(foreign));d.setAttribute('data-chart-texts',String(texts));"
            + "d.setAttribute('data-text-outside',String(outside));d.setAttribute('data-loaded','true');});})();";
    private static final Pattern NUMBER_CELL = Pattern.compile("^[-+(]?[−]?[0-9][0-9,.]*( ?[(][-+][0-9,.]+[)])?( ?%| [A-Za-z°/³²₂ ]{1,16})?$");

    private final String title;
    private final StringBuilder header = new StringBuilder();
    private final StringBuilder body = new StringBuilder();
    private final List<String> sections = new ArrayList<>();
    private int charts;

    public HtmlReport(String title, String subtitle) {
        this.title = title;
        header.append("<h1>").append(escape(title)).append("</h1>\n");
        if (!subtitle.isEmpty()) {
            header.append("<p class=\"sub\">").append(escape(subtitle)).append("</p>\n");
        }
    }

    public HtmlReport heading(String text) {
        sections.add(text);
        body.append("<h2 id=\"s").append(sections.size()).append("\">").append(escape(text)).append("</h2>\n");
        return this;
    }

    public HtmlReport note(String text) {
        body.append("<p class=\"note\">").append(escape(text)).append("</p>\n");
        return this;
    }

    /**
     * A table; rows whose index is in {@code highlight} are marked (the Pareto front).
     *
     * @param highlight row flags, or null
     */
    public HtmlReport table(List<String> headers, List<List<String>> rows, boolean[] highlight) {
        body.append("<div class=\"wide\"><table>\n<tr>");
        headers.forEach(h -> body.append("<th>").append(escape(h)).append("</th>"));
        body.append("</tr>\n");
        for (int i = 0; i < rows.size(); i++) {
            body.append(highlight != null && highlight[i] ? "<tr class=\"pareto\">" : "<tr>");
            List<String> row = rows.get(i);
            for (int c = 0; c < row.size(); c++) {
                // the first column names the row ("240 V DC rectifier"), however much it looks like a number
                boolean number = c > 0 && NUMBER_CELL.matcher(row.get(c)).matches();
                body.append(number ? "<td class=\"num\">" : "<td>").append(escape(row.get(c))).append("</td>");
            }
            body.append("</tr>\n");
        }
        body.append("</table></div>\n");
        return this;
    }

    public HtmlReport chart(JFreeChart chart, int widthPx, int heightPx, String caption) throws IOException {
        return chart(ChartFiles.svg(chart, widthPx, heightPx), caption);
    }

    /** A chart already drawn as an SVG document (UTF-8 bytes, as {@link ChartFiles#svg} gives it). */
    public HtmlReport chart(byte[] svgDocument, String caption) {
        String svg = new String(svgDocument, StandardCharsets.UTF_8);
        svg = uniqueIds(svg.replaceFirst("^<\\?xml[^>]*\\?>\\s*", ""), "c" + (++charts) + "-");
        body.append("<figure>").append(svg).append("<figcaption>").append(escape(caption)).append("</figcaption></figure>\n");
        return this;
    }

    /**
     * Every id of an inline SVG prefixed, and every reference to one: each SVG generator numbers its
     * clip paths from 1, and two charts on one page would otherwise share (and clip to) the first's.
     */
    static String uniqueIds(String svg, String prefix) {
        return svg.replaceAll("id=\"([^\"]+)\"", "id=\"" + prefix + "$1\"")
                .replaceAll("url\\(#([^)]+)\\)", "url(#" + prefix + "$1)")
                .replaceAll("href=\"#([^\"]+)\"", "href=\"#" + prefix + "$1\"");
    }

    /** A plain-data document (maps, lists, scalars) echoed as YAML. */
    public HtmlReport yaml(Object document) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER));
        body.append("<pre>").append(escape(yaml.writeValueAsString(document))).append("</pre>\n");
        return this;
    }

    public String render() {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" "
                + "content=\"width=device-width, initial-scale=1\">\n<title>" + escape(title) + "</title>\n<style>" + STYLE
                + "</style>\n<script>" + SCRIPT + "</script>\n</head>\n<body>\n" + header + toc() + body
                + "<p class=\"note\">Made by aidcsim. Every default applied is in the scenario echo; sources of defaults are in "
                + "docs/scenario-format.md.</p>\n</body>\n</html>\n";
    }

    /** An index of the sections, for the screen (print leaves it out). */
    private String toc() {
        if (sections.size() < 3) {
            return "";
        }
        StringBuilder sb = new StringBuilder(sections.size() > 5 ? "<nav class=\"toc two\"><ol>" : "<nav class=\"toc\"><ol>");
        for (int i = 0; i < sections.size(); i++) {
            sb.append("<li><a href=\"#s").append(i + 1).append("\">").append(escape(sections.get(i))).append("</a></li>");
        }
        return sb.append("</ol></nav>\n").toString();
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}

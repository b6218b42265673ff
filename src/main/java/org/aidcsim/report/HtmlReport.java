package org.aidcsim.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jfree.chart.JFreeChart;

/**
 * One self-contained HTML page: tables, charts inlined as SVG, the scenario echoed with every
 * default applied. No external resource, so it reads offline and can be mailed as one file. A
 * tiny inline script only records script errors and the end of loading on the root element, so
 * that tests (and people) can see the page rendered cleanly.
 */
public final class HtmlReport {
    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:2em auto;max-width:1180px;color:#222;padding:0 1em}
            h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ddd;padding-bottom:.2em}
            .sub{color:#666;margin-top:0}table{border-collapse:collapse;margin:.6em 0;font-size:.9em}
            .wide{overflow-x:auto}th,td{border:1px solid #ddd;padding:.25em .6em;text-align:right;max-width:40em}th{background:#f4f6f8}
            td:first-child,th:first-child{text-align:left}tr.pareto td{background:#fff7e0;font-weight:600}
            figure{margin:1em 0}figure svg{width:100%;height:auto;border:1px solid #eee}
            figcaption{color:#555;font-size:.9em}pre{background:#f7f7f7;padding:1em;overflow:auto;font-size:.8em;max-height:40em}
            .note{color:#555;font-size:.9em}
            """;
    private static final String SCRIPT = "(function(){var d=document.documentElement;d.setAttribute('data-errors','0');"
            + "window.addEventListener('error',function(){d.setAttribute('data-errors',String(+d.getAttribute('data-errors')+1));});"
            + "window.addEventListener('load',function(){d.setAttribute('data-charts',String(document.querySelectorAll('figure svg').length));"
            + "d.setAttribute('data-loaded','true');});})();";

    private final String title;
    private final StringBuilder body = new StringBuilder();

    public HtmlReport(String title, String subtitle) {
        this.title = title;
        body.append("<h1>").append(escape(title)).append("</h1>\n");
        if (!subtitle.isEmpty()) {
            body.append("<p class=\"sub\">").append(escape(subtitle)).append("</p>\n");
        }
    }

    public HtmlReport heading(String text) {
        body.append("<h2>").append(escape(text)).append("</h2>\n");
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
            rows.get(i).forEach(c -> body.append("<td>").append(escape(c)).append("</td>"));
            body.append("</tr>\n");
        }
        body.append("</table></div>\n");
        return this;
    }

    public HtmlReport chart(JFreeChart chart, int widthPx, int heightPx, String caption) throws IOException {
        String svg = new String(ChartFiles.svg(chart, widthPx, heightPx), StandardCharsets.UTF_8);
        svg = svg.replaceFirst("^<\\?xml[^>]*\\?>\\s*", "");
        body.append("<figure>").append(svg).append("<figcaption>").append(escape(caption)).append("</figcaption></figure>\n");
        return this;
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
                + "</style>\n<script>" + SCRIPT + "</script>\n</head>\n<body>\n" + body
                + "<p class=\"note\">Made by aidcsim. Every default applied is in the scenario echo; sources of defaults are in "
                + "docs/scenario-format.md.</p>\n</body>\n</html>\n";
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

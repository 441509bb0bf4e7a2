package io.offerkit.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Tables where the profile allows none: the sanitizer alone would drop the table tags and run the cells together
 * ("PlanPriceStandard$10/user/month"). Instead each row becomes a paragraph of its own, its cells separated by
 * {@value #SEPARATOR}: the vertical bar reads as a column boundary to anyone who has seen a table, is plain ASCII (no
 * font or encoding surprise in the portal) and cannot be mistaken for a list bullet, as a middle dot can.
 */
final class TableText {
    static final String SEPARATOR = " | ";
    private static final Pattern TABLE = Pattern.compile("<table", Pattern.CASE_INSENSITIVE);

    private TableText() {
    }

    /**
     * The HTML with its tables flattened, or {@code html} itself when it has none or the profile allows tables (the
     * common case costs one search, no parse). Each flattening is told to {@code report} as (key, line).
     */
    static String flatten(String html, Set<String> allowed, BiConsumer<String, String> report) {
        if (allowed.contains("table") || !TABLE.matcher(html).find()) {
            return html;
        }
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        List<Element> tables = document.body().select("table");
        if (tables.isEmpty()) {
            return html;
        }
        boolean paragraphs = allowed.contains("p");
        // Innermost first (they come last in document order), so an outer table reads its inner ones as text.
        for (int i = tables.size() - 1; i >= 0; i--) {
            Element table = tables.get(i);
            List<String> rows = new ArrayList<>();
            for (Element caption : table.select("> caption")) {
                rows.add(caption.html().strip());
            }
            for (Element row : table.select("tr")) {
                List<String> cells = new ArrayList<>();
                for (Element cell : row.children()) {
                    if ((cell.tagName().equals("td") || cell.tagName().equals("th")) && !cell.text().isBlank()) {
                        cells.add(cell.html().strip());
                    }
                }
                if (!cells.isEmpty()) {
                    rows.add(String.join(SEPARATOR, cells));
                }
            }
            StringBuilder text = new StringBuilder();
            for (String row : rows) {
                text.append(paragraphs ? "<p>" + row + "</p>" : row + "<br>").append('\n');
            }
            table.before(text.toString());
            table.remove();
        }
        report.accept("tag:table", "<table> written as " + (paragraphs ? "one paragraph" : "one line") + " per row, cells "
                + "separated by \"" + SEPARATOR + "\": the profile allows no tables");
        return document.body().html();
    }
}

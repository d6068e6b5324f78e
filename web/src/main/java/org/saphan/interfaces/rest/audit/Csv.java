package org.saphan.interfaces.rest.audit;

/**
 * CSV rows (RFC 4180) safe to open in a spreadsheet: every cell quoted, quotes doubled, and a cell that a spreadsheet
 * would run as a formula ({@code = + - @}, tab, carriage return) starts with an apostrophe instead.
 */
public final class Csv {

    private Csv() {
    }

    public static void row(StringBuilder out, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells[i]));
        }
        out.append("\r\n");
    }

    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "\"\"";
        }
        String v = value;
        char first = v.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            v = "'" + v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }
}

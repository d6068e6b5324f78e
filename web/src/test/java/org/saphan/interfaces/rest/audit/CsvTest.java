package org.saphan.interfaces.rest.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Cells a spreadsheet opens as text: always quoted, quotes doubled, formulas defused. */
class CsvTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "plain|\"plain\"",
            "with, comma|\"with, comma\"",
            "say \"hi\"|\"say \"\"hi\"\"\"",
            "=SUM(A1:A9)|\"'=SUM(A1:A9)\"",
            "+66 81 234|\"'+66 81 234\"",
            "-1|\"'-1\"",
            "@cmd|\"'@cmd\"",
            "a=b|\"a=b\"",
            "SPH-2026-000001|\"SPH-2026-000001\""})
    void eachCellIsQuotedAndDefused(String value, String expected) {
        assertEquals(expected, Csv.cell(value));
    }

    @Test
    void tabsAndCarriageReturnsAtTheStartAreDefusedToo() {
        assertEquals("\"'\tx\"", Csv.cell("\tx"));
        assertEquals("\"'\rx\"", Csv.cell("\rx"));
        assertEquals("\"line\nbreak\"", Csv.cell("line\nbreak"), "a line break inside quotes stays one cell");
    }

    @Test
    void emptyAndMissingAreAnEmptyQuotedCell() {
        assertEquals("\"\"", Csv.cell(null));
        assertEquals("\"\"", Csv.cell(""));
    }

    @Test
    void aRowEndsWithCrLf() {
        StringBuilder out = new StringBuilder();
        Csv.row(out, "a", null, "=1");
        Csv.row(out, "b");
        assertEquals("\"a\",\"\",\"'=1\"\r\n\"b\"\r\n", out.toString());
    }
}

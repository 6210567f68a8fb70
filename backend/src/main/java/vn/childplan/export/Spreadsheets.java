package vn.childplan.export;

/** What a spreadsheet does with text. */
final class Spreadsheets {
    private Spreadsheets() {
    }

    /**
     * Whether Excel or LibreOffice would take the text for a formula: it starts with =, +, -, @, a tab or a carriage
     * return (OWASP, CSV injection). The same test in SQL is {@link ValueColumns#FORMULA_LIKE}.
     */
    static boolean formulaLike(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }
}

package vn.childplan.period;

/**
 * The kinds of reporting period (DOMAIN.md, chế độ báo cáo). Codes, as {@link Period#code()} writes them:
 * <ul>
 * <li>{@code YEAR} "2016": 1 January to 31 December;</li>
 * <li>{@code HALF_YEAR} "2016-H1" (January–June), "2016-H2" (July–December);</li>
 * <li>{@code QUARTER} "2016-Q3": July–September;</li>
 * <li>{@code MONTH} "2016-05": a calendar month;</li>
 * <li>{@code STATISTICAL_MONTH} "2016-05S": the state statistical month, cut at the 15th: 15 April to 14 May;</li>
 * <li>{@code SCHOOL_YEAR} "2016-2017": 1 September 2016 to 31 May 2017;</li>
 * <li>{@code CUSTOM} "2016-03-01/2016-06-30": any inclusive date range.</li>
 * </ul>
 */
public enum PeriodType {
    YEAR, HALF_YEAR, QUARTER, MONTH, STATISTICAL_MONTH, SCHOOL_YEAR, CUSTOM
}

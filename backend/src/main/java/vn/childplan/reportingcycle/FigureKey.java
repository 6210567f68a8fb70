package vn.childplan.reportingcycle;

import vn.childplan.period.Breakdown;
import vn.childplan.value.IndicatorValue;

/** The natural key of a figure within a period: indicator, unit and breakdown, of a report figure or a stored value. */
public record FigureKey(long indicatorId, long unitId, Breakdown breakdown) {

    public static FigureKey of(ReportValue v) {
        return new FigureKey(v.indicator.id, v.unit.id, v.breakdown);
    }

    public static FigureKey of(IndicatorValue v) {
        return new FigureKey(v.indicator.id, v.unit.id, v.breakdown);
    }
}

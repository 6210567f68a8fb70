package vn.childplan.reportingcycle;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.childplan.common.ApiException;
import vn.childplan.period.Period;
import vn.childplan.period.PeriodType;

@ApplicationScoped
public class ReportingRegimeRepository implements PanacheRepositoryBase<ReportingRegime, Long> {
    /** Everything a {@link ReportingRegimeDtos.ReportingRegimeDto} shows, in one select. */
    public static final String FETCHED = "from ReportingRegime r join fetch r.document d join fetch r.consolidatingAgency g";

    public Optional<ReportingRegime> findFetched(long id) {
        return find(FETCHED + " where r.id = ?1", id).firstResultOptional();
    }

    public Optional<ReportingRegime> findFor(long documentId, PeriodType type) {
        return find(FETCHED + " where d.id = ?1 and r.periodType = ?2", documentId, type).firstResultOptional();
    }

    /**
     * The regime of the plan for {@code period}'s type; 422 on {@code field} when the plan reports no such periods
     * or its regime does not owe this one (2016-H2 when the yearly report replaces it).
     */
    public ReportingRegime requireFor(long documentId, Period period, String field) {
        ReportingRegime r = findFor(documentId, period.type()).orElseThrow(() -> ApiException.rule(field, "the "
                + "reporting regime of this plan lists no " + period.type() + " reports; periods of "
                + listedTypes(documentId) + " are reported"));
        if (!r.owes(period)) {
            throw ApiException.rule(field, "the reporting regime of this plan owes " + period.type() + " reports for "
                    + "periods " + Arrays.toString(r.periodNumbers) + " of the year only; " + period.code()
                    + " is not reported");
        }
        return r;
    }

    private String listedTypes(long documentId) {
        List<String> types = find("document.id = ?1 order by periodType", documentId).list().stream()
                .map(r -> r.periodType.name()).toList();
        return types.isEmpty() ? "no type (the plan has no reporting regime yet)" : "type " + String.join(", ", types);
    }
}

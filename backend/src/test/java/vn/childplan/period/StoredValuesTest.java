package vn.childplan.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The embeddable values StoredPeriod and Breakdown and the HQL they name: plain JUnit, no Quarkus. */
class StoredValuesTest {

    @Test
    void a_stored_period_keeps_the_code_and_gives_the_period_back() {
        Period p = Period.parse("2016-05S");
        StoredPeriod s = StoredPeriod.of(p);
        assertEquals(new StoredPeriod(PeriodType.STATISTICAL_MONTH, "2016-05S", LocalDate.parse("2016-04-15"),
                LocalDate.parse("2016-05-14")), s);
        assertEquals(p, s.toPeriod());
    }

    @Test
    void period_paths_follow_the_csv_order() {
        assertEquals("iv.period.code, iv.period.type, iv.period.start, iv.period.end", StoredPeriod.paths("iv"));
    }

    @Test
    void an_omitted_part_of_a_breakdown_is_all() {
        assertEquals(Breakdown.TOTAL, Breakdown.of(null, null, null));
        assertEquals(Breakdown.TOTAL, Breakdown.of(null, "  ", null));
        assertEquals(new Breakdown(Sex.FEMALE, "0-5", AreaType.RURAL), Breakdown.of(Sex.FEMALE, " 0-5 ", AreaType.RURAL));
    }

    @Test
    void a_breakdown_matches_with_its_parameters() {
        assertEquals("v.breakdown.sex = :sex and v.breakdown.ageGroup = :ageGroup and v.breakdown.areaType = :areaType",
                Breakdown.matches("v"));
        assertEquals("breakdown.sex = :sex and breakdown.ageGroup = :ageGroup and breakdown.areaType = :areaType",
                Breakdown.matches(null));
        assertEquals(Map.of("sex", Sex.MALE, "ageGroup", "U5", "areaType", AreaType.URBAN),
                new Breakdown(Sex.MALE, "U5", AreaType.URBAN).parameters());
    }

    @Test
    void breakdowns_order_by_sex_then_age_group_then_area() {
        assertTrue(new Breakdown(Sex.ALL, "Z", AreaType.RURAL).compareTo(new Breakdown(Sex.FEMALE, "A", AreaType.ALL)) < 0);
        assertTrue(new Breakdown(Sex.ALL, "A", AreaType.RURAL).compareTo(new Breakdown(Sex.ALL, "B", AreaType.ALL)) < 0);
        assertTrue(new Breakdown(Sex.ALL, "A", AreaType.ALL).compareTo(new Breakdown(Sex.ALL, "A", AreaType.RURAL)) < 0);
    }
}

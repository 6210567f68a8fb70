package vn.childplan.period;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import vn.childplan.common.Text;

/**
 * The breakdown of a value or a target: sex, age group and area type, in the columns sex, age_group and area_type;
 * {@link #TOTAL} (ALL, ALL, ALL) is the total. A value, part of the natural keys of values and report figures.
 * HQL names its paths through {@link #SEX}, {@link #AGE_GROUP}, {@link #AREA_TYPE} and {@link #matches}.
 */
@Embeddable
public record Breakdown(
        @Enumerated(EnumType.STRING) @Column(name = "sex", nullable = false) Sex sex,
        @Column(name = "age_group", nullable = false) String ageGroup,
        @Enumerated(EnumType.STRING) @Column(name = "area_type", nullable = false) AreaType areaType)
        implements Comparable<Breakdown> {

    public static final String ALL = "ALL";
    public static final Breakdown TOTAL = new Breakdown(Sex.ALL, ALL, AreaType.ALL);

    /** The HQL paths of the three columns below an entity holding the breakdown as {@code breakdown}. */
    public static final String SEX = "breakdown.sex";
    public static final String AGE_GROUP = "breakdown.ageGroup";
    public static final String AREA_TYPE = "breakdown.areaType";

    private static final Comparator<Breakdown> ORDER = Comparator.comparing(Breakdown::sex)
            .thenComparing(Breakdown::ageGroup).thenComparing(Breakdown::areaType);

    public Breakdown {
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(ageGroup, "ageGroup");
        Objects.requireNonNull(areaType, "areaType");
    }

    /** The breakdown an input gives, each part omitted (null, or a blank age group) meaning ALL. */
    public static Breakdown of(Sex sex, String ageGroup, AreaType areaType) {
        String a = Text.clean(ageGroup);
        return new Breakdown(sex == null ? Sex.ALL : sex, a == null ? ALL : a, areaType == null ? AreaType.ALL : areaType);
    }

    /** {@code alias.breakdown.sex = :sex and …} (no alias: unqualified), to be bound with {@link #parameters}. */
    public static String matches(String alias) {
        return Paths.at(alias, SEX) + " = :sex and " + Paths.at(alias, AGE_GROUP) + " = :ageGroup and "
                + Paths.at(alias, AREA_TYPE) + " = :areaType";
    }

    /** The parameters {@link #matches} names. */
    public Map<String, Object> parameters() {
        return Map.of("sex", sex, "ageGroup", ageGroup, "areaType", areaType);
    }

    /** {@code alias.breakdown.sex, alias.breakdown.ageGroup, alias.breakdown.areaType}, e.g. for a projection. */
    public static String paths(String alias) {
        return Paths.list(alias, SEX, AGE_GROUP, AREA_TYPE);
    }

    /** By sex, then age group, then area type. */
    @Override
    public int compareTo(Breakdown o) {
        return ORDER.compare(this, o);
    }
}

package vn.childplan.value;

import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The attacker of the suppression tests: what subtracting shown figures from shown totals gives back. */
final class Subtraction {
    private Subtraction() {
    }

    /**
     * Subtracts {@code known} siblings from {@code known} totals in {@code groups} (each a total and its parts) again
     * and again until nothing more can be learnt, adding what it learns to {@code known}; fails, naming {@code what},
     * when it recovers a cell of {@code withheld}.
     */
    static void recover(String what, Map<String, BigDecimal> known, Set<String> withheld, List<List<String>> groups) {
        boolean progress = true;
        while (progress) {
            progress = false;
            for (List<String> group : groups) {
                List<String> unknown = group.stream().filter(c -> !known.containsKey(c)).toList();
                if (unknown.size() != 1) {
                    continue;
                }
                String cell = unknown.get(0);
                BigDecimal others = group.stream().skip(1).filter(known::containsKey).map(known::get)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal recovered = cell.equals(group.get(0)) ? others : known.get(group.get(0)).subtract(others);
                if (withheld.contains(cell)) {
                    fail(what + ": recovered withheld " + cell + " = " + recovered + " from group " + group);
                }
                known.put(cell, recovered);
                progress = true;
            }
        }
    }
}

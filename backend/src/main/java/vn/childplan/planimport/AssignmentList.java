package vn.childplan.planimport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.childplan.planimport.PlanImportDtos.AssignmentDraft;
import vn.childplan.planimport.PlanImportDtos.Source;

/** Assignments, one per agency and task: the strongest role wins (LEAD, then REQUESTED, then COORDINATE). */
final class AssignmentList {
    private final PlanExtractor.Catalogue catalogue;
    private final Map<String, AssignmentDraft> byKey = new LinkedHashMap<>();

    AssignmentList(PlanExtractor.Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    void add(String agency, String role, String task, boolean consolidates, Source source, double confidence) {
        String name = agency.strip();
        // one agency under two spellings ("Sở LĐ-TB&XH" beside "Sở Lao động - Thương binh và Xã hội") is one assignment
        String key = byKey.entrySet().stream().filter(e -> e.getValue().taskNumber().equals(task)
                && same(e.getValue().agency(), name)).map(Map.Entry::getKey).findFirst()
                .orElse(Agencies.key(name) + "|" + task);
        AssignmentDraft old = byKey.get(key);
        if (old == null) {
            byKey.put(key, new AssignmentDraft(name, catalogue.agencyId(name), role, task, consolidates, source,
                    confidence));
            return;
        }
        String stronger = rank(role) > rank(old.role()) ? role : old.role();
        byKey.put(key, new AssignmentDraft(old.agency(), old.agencyId(), stronger, task,
                old.consolidates() || consolidates, old.source().join(source), Math.max(old.confidence(), confidence)));
    }

    private int rank(String role) {
        return switch (role) {
            case "LEAD" -> 3;
            case "REQUESTED" -> 2;
            default -> 1;
        };
    }

    /**
     * The assignments a line states: agencies after "Đề nghị" (REQUESTED), "phối hợp với" (COORDINATE), "chủ
     * trì:"/"Giao … chủ trì"/"X chủ trì" (LEAD), "qua X tổng hợp" (LEAD, consolidating). Under a "Phân công
     * thực hiện" label, an agency named without a verb takes {@code defaultRole}; elsewhere it is no assignment.
     */
    void read(String text, Source source, String task, String defaultRole) {
        for (String sentence : text.split("(?<=[.])\\s+(?=\\p{Lu})")) {
            Said said = new Said(sentence);
            long specific = said.mentions.stream().filter(m -> !m.collective()).count();
            for (Agencies.Mention m : said.mentions) {
                String role = said.role(m);
                boolean consolidates = false;
                if (role == null && said.followedBy(m, "tong hop") && (said.precededBy(m, "qua")
                        || said.folded.substring(m.end()).contains("bao cao"))) {
                    // "(qua Sở X tổng hợp báo cáo)", "Sở Y tế tổng hợp, báo cáo UBND thành phố": it gathers the reports
                    role = "LEAD";
                    consolidates = true;
                }
                if (role == null && defaultRole != null) {
                    role = said.mentions.size() == 1 && specific == 1 ? "LEAD" : defaultRole;
                }
                if (role == null || (role.equals("COORDINATE") && defaultRole == null && m.collective())) {
                    continue;
                }
                String after = said.folded.substring(m.end());
                if (role.equals("LEAD") && after.matches(".*\\b(tong hop|tiep nhan)\\b.*") && after.contains("bao cao")) {
                    consolidates = true;
                }
                add(m.name(), role, task, consolidates, source, defaultRole != null ? 0.85 : 0.8);
            }
        }
    }

    /** In an agency's own paragraph, the agencies it works with ("phối hợp với Sở Tài chính"). */
    void readPartners(String text, Source source, String task) {
        Said said = new Said(text);
        for (Agencies.Mention m : said.mentions) {
            if (!m.collective() && !said.followedBy(m, "phoi hop") && "COORDINATE".equals(said.role(m))) {
                add(m.name(), "COORDINATE", task, false, source, 0.7);
            }
        }
    }

    /** The agency of a sentence that gathers the reports (tổng hợp, tiếp nhận … báo cáo): its subject that leads. */
    String consolidatorIn(String sentence) {
        TaskTree.AgencyLabel label = TaskTree.AgencyLabel.of(sentence);
        if (label != null && !label.requested() && TaskTree.consolidates(Folding.fold(label.duties()))) {
            // "Phòng Lao động - …: Là cơ quan thường trực …; tổng hợp, báo cáo UBND huyện": the paragraph's agency
            mark(label.names().get(0));
            return label.names().get(0);
        }
        Said said = new Said(sentence);
        for (Agencies.Mention m : said.mentions) {
            if (!m.collective() && ("LEAD".equals(said.role(m)) || said.precededBy(m, "qua") || said.followedBy(m, "tong hop"))) {
                mark(m.name());
                return m.name();
            }
        }
        return null;
    }

    /** The one agency whose assignments say it gathers the reports; null when none or several do. */
    String gatherer() {
        List<String> gathering = byKey.values().stream().filter(AssignmentDraft::consolidates).map(AssignmentDraft::agency)
                .toList();
        return gathering.stream().allMatch(g -> same(g, gathering.get(0))) && !gathering.isEmpty() ? gathering.get(0) : null;
    }

    /** Marks an agency's assignments as consolidating once the reporting part names it so. */
    private void mark(String agency) {
        byKey.replaceAll((k, a) -> same(agency, a.agency())
                ? new AssignmentDraft(a.agency(), a.agencyId(), a.role(), a.taskNumber(), true, a.source(), a.confidence())
                : a);
    }

    /**
     * The assignments; the agency that gathers the reports does so for the whole plan, so each of its assignments
     * says so, also where the text that says it is elsewhere.
     */
    List<AssignmentDraft> list() {
        List<String> gathering = byKey.values().stream().filter(AssignmentDraft::consolidates).map(AssignmentDraft::agency)
                .toList();
        return byKey.values().stream().map(a -> a.consolidates() || gathering.stream().noneMatch(g -> same(g, a.agency())) ? a
                : new AssignmentDraft(a.agency(), a.agencyId(), a.role(), a.taskNumber(), true, a.source(), a.confidence()))
                .toList();
    }

    private static boolean same(String a, String b) {
        return Agencies.key(a).equals(Agencies.key(b)) || Agencies.match(a, b, null) >= 0.9 || Agencies.match(b, a, null) >= 0.9;
    }

    /**
     * One sentence with the agencies it names, read for the verb that gives each its role. A verb reaches the list of
     * agencies right after it ("Đề nghị A, B và C tham gia"), not an agency named later in the sentence.
     */
    private static final class Said {
        private static final Pattern LIST_FILLER = Pattern.compile("(\\s*[#,;:]\\s*|\\s+(va|cac|cung|voi)\\b|\\s+)+$");
        final List<Agencies.Mention> mentions;
        final String folded;
        private final String lower;
        private final String masked;

        Said(String sentence) {
            this.mentions = Agencies.find(sentence);
            this.folded = Folding.fold(sentence);
            this.lower = sentence.toLowerCase(java.util.Locale.ROOT);
            char[] m = folded.toCharArray();
            for (Agencies.Mention x : mentions) {
                java.util.Arrays.fill(m, x.start(), x.end(), '#');
            }
            this.masked = new String(m);
        }

        /**
         * LEAD for "X chủ trì", "Chủ trì: X", "Giao X …"; REQUESTED for "Đề nghị X"; COORDINATE for "X phối hợp",
         * "phối hợp với X"; null when no verb speaks of X.
         */
        String role(Agencies.Mention m) {
            if (followedBy(m, "chu tri")) {
                return "LEAD";
            }
            String before = LIST_FILLER.matcher(" " + masked.substring(0, m.start())).replaceFirst("");
            if (before.endsWith("de nghi")) {
                return "REQUESTED";
            }
            if (followedBy(m, "phoi hop")) {
                return "COORDINATE";
            }
            if (before.endsWith("phoi hop") || before.endsWith("co quan phoi hop") || before.endsWith("don vi phoi hop")) {
                return "COORDINATE";
            }
            String lowerBefore = lower.substring(0, m.start()).stripTrailing();
            if (before.endsWith("chu tri") || lowerBefore.endsWith("giao")) {
                return "LEAD";
            }
            return null;
        }

        /** Whether the word follows the agency, or the list it opens ("Báo Bình Định, Đài … phối hợp"). */
        boolean followedBy(Agencies.Mention m, String word) {
            return masked.substring(m.end()).replaceFirst("^([\\s,#]|\\bva\\b)+", "").startsWith(word);
        }

        boolean precededBy(Agencies.Mention m, String word) {
            return lower.substring(0, m.start()).stripTrailing().endsWith(word);
        }
    }
}

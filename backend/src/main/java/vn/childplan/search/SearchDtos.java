package vn.childplan.search;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class SearchDtos {
    private SearchDtos() {
    }

    public enum SearchType {
        DOCUMENT, TASK, AGENCY
    }

    @Schema(name = "SearchHit", description = "A document, task or agency whose text matches every word of the query")
    public record SearchHit(
            SearchType type,
            @Schema(description = "Id of the document, task or agency", examples = "101") long id,
            @Schema(examples = "Kế hoạch thực hiện công tác bảo vệ, chăm sóc và giáo dục trẻ em tỉnh Thừa Thiên Huế năm 2016") String title,
            @Schema(description = "Document number; task number and its document; agency's unit", examples = "26/KH-UBND") String subtitle,
            @Schema(description = "The document a task belongs to (the document itself for documents)", examples = "101") Long documentId,
            @Schema(description = "Trigram similarity to the query, 0–1; hits are sorted by it", examples = "0.42") double score) {
    }
}

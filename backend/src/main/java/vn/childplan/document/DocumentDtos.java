package vn.childplan.document;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.childplan.common.VersionedDto;
import vn.childplan.orgunit.AdminUnitDtos.UnitRef;
import vn.childplan.orgunit.AgencyDtos.AgencyRef;
import vn.childplan.security.ScopedRef;

public final class DocumentDtos {
    private DocumentDtos() {
    }

    @Schema(name = "DocumentSummary", description = "A document as it appears in lists")
    public record DocumentSummary(
            @Schema(examples = "101") long id,
            @Schema(description = "Số hiệu; null while a draft has none", examples = "26/KH-UBND") String number,
            DocumentKind kind,
            @Schema(examples = "Kế hoạch thực hiện công tác bảo vệ, chăm sóc và giáo dục trẻ em tỉnh Thừa Thiên Huế năm 2016") String title,
            AgencyRef issuer,
            @Schema(description = "The unit governed; null for national documents") UnitRef unit,
            @Schema(examples = "2016-02-26") LocalDate issuedOn,
            @Schema(examples = "2016") int periodFromYear,
            @Schema(examples = "2016") int periodToYear,
            DocumentStatus status,
            @Schema(description = "Row version, also sent as the ETag", examples = "0") int version) {

        public static DocumentSummary of(Document d) {
            return new DocumentSummary(d.id, d.number, d.kind, d.title, AgencyRef.of(d.issuer), UnitRef.of(d.unit),
                    d.issuedOn, d.periodFromYear, d.periodToYear, d.status, d.version);
        }
    }

    /** Reads the unit's id only, so the unit is not loaded; {@link ScopedRef}: the caller's scope decides if it shows. */
    @Schema(name = "DocumentRef", description = "A document named by id, number and title")
    public record DocumentRef(long id, @Schema(examples = "1235/QĐ-TTg") String number, DocumentKind kind,
            String title, LocalDate issuedOn, DocumentStatus status,
            @JsonIgnore @Schema(hidden = true) Long scopeUnitId) implements ScopedRef {
        public static DocumentRef of(Document d) {
            return new DocumentRef(d.id, d.number, d.kind, d.title, d.issuedOn, d.status,
                    d.unit == null ? null : d.unit.id);
        }
    }

    @Schema(name = "Funding", description = "A funding source and, when the text gives one, the planned amount in VND")
    public record FundingDto(
            @NotNull FundingSource source,
            @DecimalMin("0") @Digits(integer = 18, fraction = 0) @Schema(examples = "500000000") BigDecimal plannedAmount) {
    }

    @Schema(name = "Document", description = "A document with its metadata and the documents it implements")
    public record DocumentDto(
            @Schema(examples = "101") long id,
            @Schema(examples = "26/KH-UBND") String number,
            DocumentKind kind,
            String title,
            AgencyRef issuer,
            UnitRef unit,
            @Schema(examples = "Nguyễn Văn A") String signerName,
            @Schema(examples = "KT. CHỦ TỊCH – PHÓ CHỦ TỊCH") String signerTitle,
            LocalDate issuedOn,
            LocalDate effectiveOn,
            @Schema(examples = "Bảo vệ, chăm sóc và giáo dục trẻ em") String field,
            int periodFromYear,
            int periodToYear,
            DocumentStatus status,
            @Schema(description = "Mục đích") String purpose,
            @Schema(description = "Yêu cầu") String requirements,
            @Schema(description = "Kinh phí thực hiện, as written") String fundingNote,
            List<FundingDto> funding,
            @Schema(description = "The higher documents this one implements (Thực hiện …), by id") List<DocumentRef> implementsDocuments,
            @Schema(description = "Row version, also sent as the ETag", examples = "0") int version) implements VersionedDto {

        public static DocumentDto of(Document d) {
            return new DocumentDto(d.id, d.number, d.kind, d.title, AgencyRef.of(d.issuer), UnitRef.of(d.unit),
                    d.signerName, d.signerTitle, d.issuedOn, d.effectiveOn, d.field, d.periodFromYear, d.periodToYear,
                    d.status, d.purpose, d.requirements, d.fundingNote,
                    d.funding.stream().map(f -> new FundingDto(f.source, f.plannedAmount)).toList(),
                    d.implementsDocuments.stream().sorted(Comparator.comparing(p -> p.id)).map(DocumentRef::of).toList(),
                    d.version);
        }
    }

    @Schema(name = "DocumentInput", description = "A document to create or the full new state of one to update")
    public record DocumentInput(
            @Size(max = 60) @Schema(description = "Số hiệu; may be omitted while DRAFT", examples = "26/KH-UBND") String number,
            @NotNull DocumentKind kind,
            @NotBlank @Size(max = 1000) String title,
            @NotNull @Schema(description = "Issuing agency id", examples = "3") Long issuerId,
            @Schema(description = "Administrative unit governed; omit for national documents", examples = "46") Long unitId,
            @Size(max = 200) String signerName,
            @Size(max = 200) String signerTitle,
            LocalDate issuedOn,
            LocalDate effectiveOn,
            @Size(max = 200) String field,
            @NotNull @Min(1945) @Max(2100) Integer periodFromYear,
            @NotNull @Min(1945) @Max(2100) Integer periodToYear,
            @NotNull DocumentStatus status,
            @Size(max = 20000) String purpose,
            @Size(max = 20000) String requirements,
            @Size(max = 4000) String fundingNote,
            @Size(max = 10) List<@Valid @NotNull FundingDto> funding,
            @Size(max = 50) @Schema(description = "Ids of the documents this one implements; cycles are refused")
            Set<@NotNull Long> implementsIds) {
    }
}

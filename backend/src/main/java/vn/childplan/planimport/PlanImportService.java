package vn.childplan.planimport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.childplan.common.ApiException;
import vn.childplan.common.ErrorCode;
import vn.childplan.common.Filter;
import vn.childplan.document.Document;
import vn.childplan.document.DocumentRepository;
import vn.childplan.indicator.Indicator;
import vn.childplan.indicator.IndicatorRepository;
import vn.childplan.orgunit.Agency;
import vn.childplan.orgunit.AgencyRepository;
import vn.childplan.planimport.PlanImportDtos.PlanDraft;
import vn.childplan.security.Caller;

/**
 * Reads a plan document into a draft ({@link PlanExtractor}) and links it to what ChildPlan holds: the documents it
 * implements or cites by number, indicators by name, agencies by name or short form. Only records the caller may
 * read are linked, so a draft never reveals a document or agency outside the caller's scope. Writes nothing.
 */
@ApplicationScoped
public class PlanImportService {
    /** Below this, a name is no match: the item is proposed as new rather than linked to a guess. */
    static final double INDICATOR_MATCH = 0.6;
    static final double AGENCY_MATCH = 0.6;

    private final DocumentRepository documents;
    private final IndicatorRepository indicators;
    private final AgencyRepository agencies;
    private final Caller caller;

    public PlanImportService(DocumentRepository documents, IndicatorRepository indicators, AgencyRepository agencies,
            Caller caller) {
        this.documents = documents;
        this.indicators = indicators;
        this.agencies = agencies;
        this.caller = caller;
    }

    @Transactional
    public PlanDraft read(byte[] body, String mediaType) {
        String text = DocumentText.read(body, mediaType);
        return PlanExtractor.extract(text, new Linked());
    }

    /** A multipart upload: the part's media type, or, when the browser sent none of use, the file name's extension. */
    @Transactional
    public PlanDraft readUpload(FileUpload file) {
        if (file == null) {
            throw new ApiException(ErrorCode.UNREADABLE_DOCUMENT, "the multipart field 'file' is missing");
        }
        String type = file.contentType();
        String name = file.fileName() == null ? "" : file.fileName().toLowerCase(Locale.ROOT);
        if (type == null || type.startsWith(MediaType.APPLICATION_OCTET_STREAM)) {
            type = name.endsWith(".docx") ? DocumentText.DOCX : name.endsWith(".md") ? DocumentText.MARKDOWN
                    : MediaType.TEXT_PLAIN;
        }
        try {
            return read(Files.readAllBytes(file.uploadedFile()), type);
        } catch (IOException e) {
            throw new ApiException(ErrorCode.UNREADABLE_DOCUMENT, "the uploaded file cannot be read");
        }
    }

    /** The catalogue as the caller may read it, loaded once per import. */
    private final class Linked implements PlanExtractor.Catalogue {
        private List<Indicator> indicatorList;
        private List<Agency> agencyList;

        @Override
        public Long documentId(String number) {
            Filter f = new Filter().and("lower(d.number) = lower(:number)", "number", number);
            caller.restrict(f, "d.unit");
            List<Document> found = documents.find("from Document d where " + f.query(), f.params()).list();
            // two readable documents with one number (e.g. a province's and a city's 26/KH-UBND): no guess
            return found.size() == 1 ? found.get(0).id : null;
        }

        @Override
        public Long indicatorId(String name) {
            if (indicatorList == null) {
                indicatorList = indicators.listAll();
            }
            Indicator best = best(indicatorList, i -> Folding.similarity(name, i.nameVi), INDICATOR_MATCH);
            return best == null ? null : best.id;
        }

        @Override
        public Long agencyId(String name) {
            if (agencyList == null) {
                Filter f = new Filter();
                caller.restrict(f, "a.unit");
                agencyList = agencies.find("from Agency a where " + f.query(), f.params()).list();
            }
            Agency best = best(agencyList, a -> Agencies.match(name, a.name, a.shortName), AGENCY_MATCH);
            return best == null ? null : best.id;
        }

        /** The one record scoring highest above {@code threshold}; null when none does or two tie. */
        private <T> T best(List<T> candidates, ToDoubleFunction<T> score, double threshold) {
            T best = null;
            double top = threshold;
            boolean tie = false;
            for (T c : candidates) {
                double s = score.applyAsDouble(c);
                if (s > top) {
                    best = c;
                    top = s;
                    tie = false;
                } else if (s == top && best != null) {
                    tie = true;
                }
            }
            return tie ? null : best;
        }
    }
}

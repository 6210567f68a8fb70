package vn.childplan.attachment;

import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import org.jboss.resteasy.reactive.RestResponse;
import vn.childplan.attachment.AttachmentDtos.AttachmentDto;
import vn.childplan.common.Responses;

/** What the three owners' upload endpoints share: the contract's text and the answer. */
final class Uploads {
    static final String DESCRIPTION = "Send the file as the request body, its name in `name` (any Content-Type: "
            + "the type is read from the content, never from the name or the header). Accepted: PDF, PNG, JPEG, "
            + "DOCX, XLSX, ODT, CSV and plain text; anything else (a program, a web page, another archive or bytes "
            + "of no known kind, named .pdf or .docx among them) is 415 UNSUPPORTED_ATTACHMENT_TYPE. At most 20 MiB "
            + "(the upload route childplan.api.uploads.attachments), else 413 PAYLOAD_TOO_LARGE, whether the length "
            + "is declared or the body comes in chunks. The file is written under the rules of the record it "
            + "belongs to (403 for a caller who may not edit it), audited with its SHA-256, and answered with "
            + "Location and ETag.";
    static final String NAME = "The file's name as the user sees it (Vietnamese allowed; a path is cut to its last "
            + "segment), at most 255 characters";

    private Uploads() {
    }

    static RestResponse<AttachmentDto> store(AttachmentService service, AttachmentService.Owner owner, long id,
            String name, AttachmentKind kind, InputStream body, UriInfo uri) {
        AttachmentDto created = service.upload(owner, id, name, kind, body);
        return Responses.created(uri.getBaseUriBuilder().path(AttachmentResource.class).path("{id}")
                .build(created.id()), created);
    }
}

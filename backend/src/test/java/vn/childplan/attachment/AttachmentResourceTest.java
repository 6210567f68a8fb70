package vn.childplan.attachment;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.childplan.reportingcycle.ReportingFixtures;
import vn.childplan.support.Tokens;

/**
 * Files of plans, reports and values: round trip with checksum, type from the content, the size limit, access by
 * role and scope (the owner's rules), deletion only while the owner is a draft, and the audit trail.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttachmentResourceTest {
    /** A minimal valid PDF: header, one empty page, cross-reference table, trailer. */
    static final byte[] PDF = """
            %PDF-1.4
            1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
            2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
            3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj
            trailer << /Root 1 0 R >>
            %%EOF
            """.getBytes(StandardCharsets.US_ASCII);
    private static final String NAME = "Kế hoạch 26-KH-UBND (bản ký).pdf";

    @TestHTTPResource("/")
    URL root;

    private ReportingFixtures fx;
    private boolean ready;

    @BeforeEach
    void data() {
        if (!ready) {
            ready = true;
            fx = ReportingFixtures.create();
        }
    }

    static RequestSpecification admin() {
        return Tokens.as("admin", null, null);
    }

    static RequestSpecification planner(String unit) {
        return Tokens.as("planner", unit, null);
    }

    static ValidatableResponse upload(RequestSpecification as, String owner, long id, String name, byte[] content) {
        return as.contentType("application/octet-stream").queryParam("name", name).body(content).when()
                .post("/api/v1/" + owner + "/" + id + "/attachments").then();
    }

    /**
     * POSTs {@code body} as planner of 46 over HTTP/1.1 in chunks (Transfer-Encoding), without a Content-Length, as a
     * client streaming a file of unknown size does.
     */
    private HttpResponse<String> chunked(String pathAndQuery, byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(root.toURI().resolve(pathAndQuery))
                .header("Authorization", "Bearer " + Tokens.token("planner", "46", null))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(request,
                HttpResponse.BodyHandlers.ofString());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_signed_plan_goes_up_and_comes_back_with_its_checksum() {
        var created = upload(planner("46"), "plans", fx.doc(), NAME, PDF).statusCode(201).header("ETag", "\"0\"")
                .body("kind", is("OTHER")).body("mediaType", is("application/pdf")).body("size", is(PDF.length))
                .body("sha256", is(sha256(PDF))).body("documentId", is((int) fx.doc())).body("name", is(NAME))
                .body("uploadedBy", is("planner.test")).extract();
        long id = created.jsonPath().getLong("id");
        org.junit.jupiter.api.Assertions.assertTrue(created.header("Location").endsWith("/api/v1/attachments/" + id),
                created.header("Location"));
        planner("46").when().get("/api/v1/plans/" + fx.doc() + "/attachments").then().statusCode(200)
                .body("id", hasItem((int) id));
        var download = planner("46").when().get("/api/v1/attachments/" + id + "/content").then().statusCode(200)
                .contentType("application/pdf").header("ETag", "\"" + sha256(PDF) + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", is("attachment; filename=\"Ke hoach 26-KH-UBND (ban ky).pdf\"; "
                        + "filename*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch%2026-KH-UBND%20%28b%E1%BA%A3n%20k%C3%BD%29.pdf"))
                .extract().asByteArray();
        assertArrayEquals(PDF, download);
        // a signed plan is said so
        upload(planner("46"), "plans", fx.doc(), "ban-ky.pdf", PDF).statusCode(201);
        planner("46").contentType("application/octet-stream").queryParam("name", "x.pdf")
                .queryParam("kind", "SIGNED_PLAN").body(PDF).when()
                .post("/api/v1/plans/" + fx.doc() + "/attachments").then().statusCode(201).body("kind", is("SIGNED_PLAN"));
        planner("46").contentType("application/octet-stream").queryParam("name", "x.pdf")
                .queryParam("kind", "EVIDENCE").body(PDF).when()
                .post("/api/v1/plans/" + fx.doc() + "/attachments").then().statusCode(400)
                .body("violations[0].field", is("kind"));
    }

    @Test
    void the_type_comes_from_the_content_not_the_name() {
        byte[] html = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        upload(planner("46"), "plans", fx.doc(), "ke-hoach.pdf", html).statusCode(415)
                .contentType("application/problem+json").body("code", is("UNSUPPORTED_ATTACHMENT_TYPE"))
                .body("detail", containsString("text/html"));
        byte[] exe = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0 };
        upload(planner("46"), "plans", fx.doc(), "ke-hoach.pdf", exe).statusCode(415)
                .body("code", is("UNSUPPORTED_ATTACHMENT_TYPE"));
        // bytes of no known kind are not made a PDF by their name
        upload(planner("46"), "plans", fx.doc(), "ke-hoach.pdf", new byte[] { 0, 1, 2, 3, 4, 5, 6, 7 }).statusCode(415)
                .body("code", is("UNSUPPORTED_ATTACHMENT_TYPE")).body("detail", containsString("application/octet-stream"));
        // a ZIP archive is not a DOCX by its name, nor a macro-enabled document by its entries
        upload(planner("46"), "plans", fx.doc(), "ke-hoach.docx", zip(Map.of("setup.exe", exe))).statusCode(415)
                .body("code", is("UNSUPPORTED_ATTACHMENT_TYPE")).body("detail", containsString("application/zip"));
        upload(planner("46"), "plans", fx.doc(), "ke-hoach.docx", zip(Map.of("[Content_Types].xml", new byte[0],
                "word/document.xml", new byte[0], "word/vbaProject.bin", exe))).statusCode(415)
                .body("code", is("UNSUPPORTED_ATTACHMENT_TYPE"));
        // an Office Open XML package is what its entries say, whatever its name
        upload(planner("46"), "plans", fx.doc(), "bao-cao.bin", docx()).statusCode(201)
                .body("mediaType", is(ContentTypes.DOCX));
        upload(planner("46"), "plans", fx.doc(), "so-lieu.docx", xlsx()).statusCode(201)
                .body("mediaType", is(ContentTypes.XLSX));
        // plain text named .csv is CSV; a PDF named .txt is still a PDF
        upload(planner("46"), "plans", fx.doc(), "so-lieu.csv", "ma,gia_tri\nTE_01,96.5\n".getBytes(StandardCharsets.UTF_8))
                .statusCode(201).body("mediaType", is("text/csv"));
        upload(planner("46"), "plans", fx.doc(), "ghi-chu.txt", PDF).statusCode(201).body("mediaType", is("application/pdf"));
    }

    /** A ZIP archive of the given entries. */
    static byte[] zip(Map<String, byte[]> entries) {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
            for (var e : new java.util.TreeMap<>(entries).entrySet()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] docx() {
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(); var out = new java.io.ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Báo cáo kết quả thực hiện");
            doc.write(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static byte[] xlsx() {
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
            book.createSheet("Số liệu").createRow(0).createCell(0).setCellValue("Tỷ lệ");
            book.write(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void files_over_the_limit_are_413() throws Exception {
        // the tests' limit is 1.5 MiB; 2 MiB + 1 is past the HTTP layer's own cut there as well
        byte[] big = new byte[2 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        upload(planner("46"), "plans", fx.doc(), "lon.pdf", big).statusCode(413)
                .contentType("application/problem+json").body("code", is("PAYLOAD_TOO_LARGE"));
        // sent in chunks without a length (Transfer-Encoding: chunked): counted as it arrives, the same problem
        HttpResponse<String> chunked = chunked("/api/v1/plans/" + fx.doc() + "/attachments?name=lon.pdf", big);
        assertEquals(413, chunked.statusCode(), chunked.body());
        assertEquals("application/problem+json", chunked.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(chunked.body().contains("\"PAYLOAD_TOO_LARGE\""), chunked.body());
        // chunked within the limit: neither cut at the JSON routes' 1 MiB nor asked for a length (411)
        byte[] chunkedFine = new byte[1280 * 1024];
        System.arraycopy(PDF, 0, chunkedFine, 0, PDF.length);
        HttpResponse<String> accepted = chunked("/api/v1/plans/" + fx.doc() + "/attachments?name=vua.pdf", chunkedFine);
        assertEquals(201, accepted.statusCode(), accepted.body());
        assertTrue(accepted.body().contains("\"size\":" + chunkedFine.length), accepted.body());
        // within the limit: more than any other body may be
        byte[] fine = new byte[1280 * 1024];
        System.arraycopy(PDF, 0, fine, 0, PDF.length);
        upload(planner("46"), "plans", fx.doc(), "vua.pdf", fine).statusCode(201).body("size", is(fine.length));
    }

    @Test
    void access_follows_the_owner() {
        long id = upload(planner("46"), "plans", fx.doc(), "ke-hoach.pdf", PDF).statusCode(201).extract().jsonPath()
                .getLong("id");
        // another province's planner and officer: as if nothing existed
        for (RequestSpecification outsider : new RequestSpecification[] { planner("30"),
                Tokens.as("officer", "30", "HD-LDTBXH") }) {
            outsider.when().get("/api/v1/plans/" + fx.doc() + "/attachments").then().statusCode(404);
        }
        planner("30").when().get("/api/v1/attachments/" + id + "/content").then().statusCode(404)
                .body("detail", containsString("Attachment"));
        planner("30").when().get("/api/v1/attachments/" + id).then().statusCode(404);
        Tokens.as("officer", "30", "HD-LDTBXH").when().get("/api/v1/attachments/" + id + "/content").then().statusCode(404);
        upload(planner("30"), "plans", fx.doc(), "x.pdf", PDF).statusCode(404);
        // readers of the plan read its files
        for (RequestSpecification reader : new RequestSpecification[] { Tokens.as("viewer", "46", null),
                ReportingFixtures.officer(fx.leadCode()), planner("46") }) {
            reader.when().get("/api/v1/plans/" + fx.doc() + "/attachments").then().statusCode(200)
                    .body("id", hasItem((int) id));
            reader.when().get("/api/v1/attachments/" + id + "/content").then().statusCode(200);
        }
        // ...but only who edits the plan writes them
        upload(Tokens.as("viewer", "46", null), "plans", fx.doc(), "x.pdf", PDF).statusCode(403);
        upload(ReportingFixtures.officer(fx.leadCode()), "plans", fx.doc(), "x.pdf", PDF).statusCode(403);
        Tokens.as("officer", "46", fx.leadCode()).header("If-Match", "\"0\"").when()
                .delete("/api/v1/attachments/" + id).then().statusCode(403);
    }

    @Test
    void a_reports_evidence_is_its_agencys_and_is_locked_once_submitted() {
        long report = fx.report(fx.coordinatingCode(), fx.coordinating(), "2019-H1");
        java.util.function.Supplier<RequestSpecification> author = () -> ReportingFixtures.officer(fx.coordinatingCode());
        long kept = upload(author.get(), "reports", report, "bien-ban.pdf", PDF).statusCode(201).body("kind", is("EVIDENCE"))
                .body("reportId", is((int) report)).extract().jsonPath().getLong("id");
        long dropped = upload(author.get(), "reports", report, "nham.pdf", PDF).statusCode(201).extract().jsonPath().getLong("id");
        // another agency's officer reads the plan's reports but does not write this one
        upload(ReportingFixtures.officer(fx.leadCode()), "reports", report, "x.pdf", PDF).statusCode(403);
        Tokens.as("viewer", "46", null).when().get("/api/v1/reports/" + report + "/attachments").then().statusCode(200)
                .body("size()", is(2));
        planner("30").when().get("/api/v1/reports/" + report + "/attachments").then().statusCode(404);
        // while a draft, a file goes with If-Match
        author.get().when().delete("/api/v1/attachments/" + dropped).then().statusCode(428);
        author.get().header("If-Match", "\"0\"").when().delete("/api/v1/attachments/" + dropped).then().statusCode(204);
        author.get().when().get("/api/v1/attachments/" + dropped).then().statusCode(404);
        int version = author.get().when().get(ReportingFixtures.REPORTS + "/" + report).then().extract().path("version");
        ReportingFixtures.move(author.get(), report, "submit", version, Map.of()).statusCode(200);
        author.get().header("If-Match", "\"0\"").when().delete("/api/v1/attachments/" + kept).then().statusCode(409)
                .body("code", is("ATTACHMENT_LOCKED"));
        upload(author.get(), "reports", report, "muon.pdf", PDF).statusCode(409).body("code", is("ATTACHMENT_LOCKED"));
        author.get().when().get("/api/v1/attachments/" + kept + "/content").then().statusCode(200);
        // uploads and deletions are audited with the checksum
        admin().queryParam("entity", "attachment").queryParam("entityId", dropped).when().get("/api/v1/audit").then()
                .statusCode(200).body("items.action", containsInAnyOrder("CREATE", "DELETE"))
                .body("items.find { it.action == 'CREATE' }.after.sha256", is(sha256(PDF)))
                .body("items.find { it.action == 'DELETE' }.before.sha256", is(sha256(PDF)))
                .body("items[0].userName", is("officer.test"));
    }

    @Test
    void a_plan_with_files_is_not_deleted_with_them_and_an_issued_plans_files_stay() {
        Map<String, Object> plan = new java.util.HashMap<>(Map.of("kind", "PLAN", "title", "Kế hoạch có tệp",
                "issuerId", fx.lead(), "unitId", fx.province(), "periodFromYear", 2026, "periodToYear", 2026,
                "status", "DRAFT", "implementsIds", java.util.List.of()));
        long doc = admin().contentType("application/json").body(plan).when().post("/api/v1/documents").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        long file = upload(admin(), "plans", doc, "du-thao.pdf", PDF).statusCode(201).extract().jsonPath().getLong("id");
        admin().header("If-Match", "\"0\"").when().delete("/api/v1/documents/" + doc).then().statusCode(409)
                .body("code", is("STILL_REFERENCED"));
        plan.putAll(Map.of("status", "ISSUED", "number", "99/KH-UBND", "issuedOn", "2026-02-01"));
        admin().contentType("application/json").header("If-Match", "\"0\"").body(plan).when()
                .put("/api/v1/documents/" + doc).then().statusCode(200);
        // the signed text comes once the plan is issued; nothing of an issued plan is deleted
        upload(admin(), "plans", doc, "ban-ky.pdf", PDF).statusCode(201);
        admin().header("If-Match", "\"0\"").when().delete("/api/v1/attachments/" + file).then().statusCode(409)
                .body("code", is("ATTACHMENT_LOCKED"));
    }

    @Test
    void a_values_evidence_follows_the_values_rules() {
        long value = admin().contentType("application/json").body(Map.of("indicatorId", fx.rate(), "unitId",
                fx.province(), "periodCode", "2019", "value", 91.5)).when().post("/api/v1/indicator-values").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        long file = upload(Tokens.as("officer", "46", fx.leadCode()), "indicator-values", value, "so-lieu.csv",
                "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)).statusCode(201).body("indicatorValueId", is((int) value))
                .body("mediaType", is("text/csv")).extract().jsonPath().getLong("id");
        upload(Tokens.as("viewer", "46", null), "indicator-values", value, "x.csv", "a\n".getBytes()).statusCode(403);
        planner("30").when().get("/api/v1/indicator-values/" + value + "/attachments").then().statusCode(404);
        planner("30").when().get("/api/v1/attachments/" + file + "/content").then().statusCode(404);
        planner("46").when().get("/api/v1/indicator-values/" + value + "/attachments").then().statusCode(200)
                .body("[0].id", is((int) file));
    }

    @Test
    void the_evidence_of_a_withheld_small_count_is_withheld_too() {
        String code = "ATT_" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
        long indicator = admin().contentType("application/json").body(Map.of("code", code, "nameVi",
                "Số trẻ em bị xâm hại (tệp)", "nameEn", "Test", "unit", "trẻ em", "direction", "LOWER_IS_BETTER",
                "aggregation", "SUM", "sensitive", true)).when().post("/api/v1/indicators").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        RequestSpecification granted = Tokens.withSensitiveData("planner", "46", null);
        long value = Tokens.withSensitiveData("admin", null, null).contentType("application/json").body(Map.of(
                "indicatorId", indicator, "unitId", fx.province(), "periodCode", "2019", "value", 3)).when()
                .post("/api/v1/indicator-values").then().statusCode(201).extract().jsonPath().getLong("id");
        long file = upload(Tokens.withSensitiveData("admin", null, null), "indicator-values", value, "danh-sach.csv",
                "ho_ten,tuoi\nA,9\nB,11\nC,12\n".getBytes(StandardCharsets.UTF_8)).statusCode(201).extract().jsonPath()
                .getLong("id");
        granted.when().get("/api/v1/indicator-values/" + value + "/attachments").then().statusCode(200)
                .body("[0].id", is((int) file));
        Tokens.withSensitiveData("planner", "46", null).when().get("/api/v1/attachments/" + file + "/content").then()
                .statusCode(200);
        // the same planner without the grant sees the value withheld, and neither its files nor their content
        planner("46").when().get("/api/v1/indicator-values/" + value).then().statusCode(200)
                .body("suppressed", is(true)).body("value", nullValue());
        planner("46").when().get("/api/v1/indicator-values/" + value + "/attachments").then().statusCode(403)
                .contentType("application/problem+json").body("code", is("FORBIDDEN"));
        planner("46").when().get("/api/v1/attachments/" + file).then().statusCode(403);
        planner("46").when().get("/api/v1/attachments/" + file + "/content").then().statusCode(403);
        upload(admin(), "indicator-values", value, "x.csv", "a\n".getBytes(StandardCharsets.UTF_8)).statusCode(403);
    }

}

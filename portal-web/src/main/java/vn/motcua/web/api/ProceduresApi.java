package vn.motcua.web.api;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.motcua.cases.agency.Agencies;
import vn.motcua.cases.agency.Agency;
import vn.motcua.cases.form.FormDefinition;
import vn.motcua.cases.procedure.CatalogEntry;
import vn.motcua.cases.procedure.CatalogQuery;
import vn.motcua.cases.procedure.CatalogSearch;
import vn.motcua.cases.procedure.FeeType;
import vn.motcua.cases.procedure.OnlineLevel;
import vn.motcua.cases.procedure.Participant;
import vn.motcua.cases.procedure.ProcedureCatalog;
import vn.motcua.cases.procedure.ProcedureVersion;
import vn.motcua.cases.procedure.RequiredDocument;
import vn.motcua.workflow.ProcessCatalog;

/** The public catalogue of procedures, as the pages show it, for the app to search and to render a filing form. */
@RestController
@RequestMapping("/api/v1/procedures")
@Tag(name = "procedures", description = "Danh mục thủ tục hành chính (công khai)")
class ProceduresApi {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;

    /** A page of search results. */
    record ProcedurePage(List<CatalogEntry> items, int page, int size, long totalItems, int totalPages) {
    }

    /** The fee: {@code PHI} or {@code LE_PHI}, in VND, per copy or per dossier. */
    record Fee(FeeType type, long amount, boolean perCopy) {
    }

    /** The deadline in working days from acceptance, and the time after which a dossier counts from the next day. */
    record Deadline(int workingDays, LocalTime cutoff) {
    }

    /** A document slot: attachments are uploaded to a draft by its {@code slot}. */
    record DocumentSlot(int slot, String name, int originals, int certifiedCopies, int copies, boolean required) {

        static DocumentSlot of(RequiredDocument document) {
            return new DocumentSlot(document.position(), document.name(), document.originals(),
                    document.certifiedCopies(), document.copies(), document.required());
        }
    }

    /** The receiving agency. */
    record AgencyRef(String code, String name) {
    }

    /** A procedure's current version: everything the app needs to show it and to fill its form. */
    record ProcedureDetail(String code, String name, String field, OnlineLevel onlineLevel, int version,
            Instant publishedAt, String legalBasis, AgencyRef receivingAgency, List<Participant> participants, Fee fee,
            Deadline deadline, String resultTitle, List<DocumentSlot> documents, boolean fileableOnline,
            FormDefinition form) {
    }

    private final CatalogSearch search;
    private final ProcedureCatalog catalog;
    private final Agencies agencies;
    private final ProcessCatalog processes;
    private final ApiProblems problems;

    ProceduresApi(CatalogSearch search, ProcedureCatalog catalog, Agencies agencies, ProcessCatalog processes,
            ApiProblems problems) {
        this.search = search;
        this.catalog = catalog;
        this.agencies = agencies;
        this.processes = processes;
        this.problems = problems;
    }

    @GetMapping
    @Operation(summary = "Tìm thủ tục", description = "Tìm theo từ khóa (có dấu hoặc không dấu, chấp nhận gõ sai nhẹ), "
            + "lọc theo cơ quan tiếp nhận và lĩnh vực; phân trang từ 0.")
    @ApiResponse(responseCode = "200", description = "Một trang kết quả")
    @ApiResponse(responseCode = "400", description = "Tham số phân trang không hợp lệ")
    ResponseEntity<?> search(@RequestParam(required = false) @Parameter(description = "Từ khóa") String q,
            @RequestParam(required = false) @Parameter(description = "Mã cơ quan tiếp nhận") String agency,
            @RequestParam(required = false) @Parameter(description = "Lĩnh vực") String field,
            @RequestParam(defaultValue = "0") @Parameter(description = "Trang, từ 0") int page,
            @RequestParam(defaultValue = "" + DEFAULT_SIZE) @Parameter(description = "Cỡ trang, 1–100") int size) {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            return problems.of(HttpStatus.BAD_REQUEST, "INVALID_PAGING", "api.paging.invalid", String.valueOf(MAX_SIZE));
        }
        Page<CatalogEntry> results = search.search(new CatalogQuery(q, agency, field), PageRequest.of(page, size));
        return ResponseEntity.ok(new ProcedurePage(results.getContent(), page, size, results.getTotalElements(),
                results.getTotalPages()));
    }

    @GetMapping("/{code}")
    @Operation(summary = "Một thủ tục", description = "Phiên bản hiện hành: phí, lệ phí, thời hạn giải quyết, thành phần "
            + "hồ sơ (slot để tải tệp lên) và biểu mẫu nộp trực tuyến (các bước, trường, ràng buộc) để ứng dụng hiển thị.")
    @ApiResponse(responseCode = "200", description = "Thủ tục và biểu mẫu")
    @ApiResponse(responseCode = "404", description = "Không có thủ tục này")
    ResponseEntity<?> procedure(@PathVariable String code) {
        ProcedureVersion version = catalog.currentVersion(code).orElse(null);
        if (version == null) {
            return problems.of(HttpStatus.NOT_FOUND, "PROCEDURE_NOT_FOUND", "api.procedure.notFound");
        }
        AgencyRef agency = agencies.findByCode(version.receivingAgencyCode())
                .map((Agency a) -> new AgencyRef(a.code(), a.name()))
                .orElse(new AgencyRef(version.receivingAgencyCode(), null));
        return ResponseEntity.ok(new ProcedureDetail(version.procedure().code(), version.procedure().name(),
                version.procedure().field(), version.procedure().onlineLevel(), version.version(),
                version.publishedAt(), version.legalBasis(), agency, search.participants(version),
                new Fee(version.feeType(), version.feeAmount(), version.feePerCopy()),
                new Deadline(version.deadlineRule().workingDays(), version.deadlineRule().cutoff()),
                version.resultTitle(), version.documents().stream().map(DocumentSlot::of).toList(),
                version.form().isPresent() && processes.isDeployed(version.processKey()), version.form().orElse(null)));
    }
}

package vn.motcua.web.api;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import vn.motcua.cases.agency.Agencies;
import vn.motcua.cases.agency.Agency;
import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.dossier.StatusChange;

/** The citizen's own dossiers ({@code dossiers.read}); another citizen's dossier is answered 404 like a missing one. */
@RestController
@RequestMapping("/api/v1/dossiers")
@Tag(name = "dossiers", description = "Hồ sơ của công dân")
@SecurityRequirement(name = OpenApiConfiguration.BEARER, scopes = "dossiers.read")
class DossiersApi {

    /** A dossier as the mobile app lists it. */
    record DossierSummary(UUID id, String code, String procedureCode, String procedureName, int status,
            String channel, Instant submittedAt, Instant dueAt, String handlingAgency) {

        static DossierSummary of(Dossier dossier) {
            return new DossierSummary(dossier.id(), dossier.code(), dossier.procedureVersion().procedure().code(),
                    dossier.procedureVersion().procedure().name(), dossier.status().code(), dossier.channel().name(),
                    dossier.submittedAt(), dossier.dueAt(), dossier.handlerAgencyCode());
        }
    }

    /** One step of the timeline: the national status entered, when, at which agency, with the note if any. */
    record TimelineEntry(int status, String statusText, Instant at, String agencyCode, String agencyName, String note) {
    }

    /** The dossier's timeline, its due date and whether the legal clock is paused. */
    record Timeline(UUID id, String code, int status, String statusText, Instant dueAt, Instant clockPausedAt,
            List<TimelineEntry> entries) {
    }

    private final Dossiers dossiers;
    private final Agencies agencies;
    private final MessageSource messages;
    private final ApiProblems problems;

    DossiersApi(Dossiers dossiers, Agencies agencies, MessageSource messages, ApiProblems problems) {
        this.dossiers = dossiers;
        this.agencies = agencies;
        this.messages = messages;
        this.problems = problems;
    }

    @GetMapping
    @Operation(summary = "Danh sách hồ sơ của công dân", description = "Mới nhất trước.")
    List<DossierSummary> mine(@AuthenticationPrincipal Jwt token) {
        return dossiers.ownedBy(token.getSubject()).stream().map(DossierSummary::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Một hồ sơ của công dân")
    @ApiResponse(responseCode = "404", description = "Không có hồ sơ này hoặc hồ sơ của người khác")
    ResponseEntity<?> one(@PathVariable UUID id, @AuthenticationPrincipal Jwt token, HttpServletRequest request) {
        return dossiers.findOwned(id, token.getSubject())
                .<ResponseEntity<?>>map(dossier -> ResponseEntity.ok(DossierSummary.of(dossier)))
                .orElseGet(() -> problems.notFound(request));
    }

    @GetMapping("/{id}/timeline")
    @Operation(summary = "Quá trình xử lý hồ sơ", description = "Các trạng thái quốc gia đã qua, thời điểm, cơ quan "
            + "giữ hồ sơ ở mỗi bước, ngày hẹn trả và thời điểm tạm dừng tính thời hạn (nếu có).")
    @ApiResponse(responseCode = "404", description = "Không có hồ sơ này hoặc hồ sơ của người khác")
    ResponseEntity<?> timeline(@PathVariable UUID id, @AuthenticationPrincipal Jwt token, HttpServletRequest request) {
        return dossiers.findOwned(id, token.getSubject())
                .<ResponseEntity<?>>map(dossier -> ResponseEntity.ok(timelineOf(dossier)))
                .orElseGet(() -> problems.notFound(request));
    }

    private Timeline timelineOf(Dossier dossier) {
        Locale vi = ApiProblems.VIETNAMESE;
        List<TimelineEntry> entries = dossier.history().stream().map((StatusChange change) -> new TimelineEntry(
                change.status().code(), messages.getMessage(change.status().messageKey(), null, vi), change.occurredAt(),
                change.agencyCode(), change.agencyCode() == null ? null
                        : agencies.findByCode(change.agencyCode()).map(Agency::name).orElse(null),
                change.note())).toList();
        return new Timeline(dossier.id(), dossier.code(), dossier.status().code(),
                messages.getMessage(dossier.status().messageKey(), null, vi), dossier.dueAt(), dossier.deadline().pausedAt(),
                entries);
    }
}

package vn.motcua.web.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;
import vn.motcua.cases.audit.SecurityEvent.Kind;
import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.web.security.SecurityAuditing;

/** The citizen's own dossiers ({@code dossiers.read}); another citizen's dossier is answered 404 like a missing one. */
@RestController
@RequestMapping("/api/v1/dossiers")
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

    private final Dossiers dossiers;
    private final SecurityAuditing auditing;

    DossiersApi(Dossiers dossiers, SecurityAuditing auditing) {
        this.dossiers = dossiers;
        this.auditing = auditing;
    }

    @GetMapping
    List<DossierSummary> mine(@AuthenticationPrincipal Jwt token) {
        return dossiers.ownedBy(token.getSubject()).stream().map(DossierSummary::of).toList();
    }

    @GetMapping("/{id}")
    ResponseEntity<?> one(@PathVariable UUID id, @AuthenticationPrincipal Jwt token, HttpServletRequest request) {
        return dossiers.findOwned(id, token.getSubject())
                .<ResponseEntity<?>>map(dossier -> ResponseEntity.ok(DossierSummary.of(dossier)))
                .orElseGet(() -> {
                    auditing.record(Kind.OBJECT_REFUSED, request, null);
                    return ResponseEntity.status(HttpStatus.NOT_FOUND)
                            .body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such dossier"));
                });
    }
}

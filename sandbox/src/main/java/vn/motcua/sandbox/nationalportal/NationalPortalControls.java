package vn.motcua.sandbox.nationalportal;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the national portal received, for tests and the demo: {@code GET /sandbox/national-portal/records} (optionally
 * {@code ?dossierCode=…}) in arrival order, {@code DELETE} forgets them.
 */
@RestController
@RequestMapping("/sandbox/national-portal/records")
class NationalPortalControls {

    private final SyncRecords records;

    NationalPortalControls(SyncRecords records) {
        this.records = records;
    }

    @GetMapping
    List<SyncRecords.Received> list(@RequestParam(required = false) String dossierCode) {
        return records.all().stream()
                .filter(record -> dossierCode == null || dossierCode.equals(record.dossierCode()))
                .toList();
    }

    @DeleteMapping
    ResponseEntity<Void> clear() {
        records.clear();
        return ResponseEntity.noContent().build();
    }
}

package vn.motcua.sandbox.tsa;

import java.util.List;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.sandbox.api.CallJournal;

/**
 * Controls of the time-stamping authority for tests and the demo: {@code GET /sandbox/tsa/requests} lists the last
 * queries ({@code POST /tsa}) with the status answered and the {@code traceparent} each came with, {@code DELETE}
 * forgets them.
 */
@RestController
@RequestMapping("/sandbox/tsa")
class TsaControls {

    private final CallJournal calls;

    TsaControls(@Qualifier(TsaConfiguration.JOURNAL) CallJournal calls) {
        this.calls = calls;
    }

    @GetMapping("/requests")
    List<CallJournal.Entry> requests() {
        return calls.entries();
    }

    @DeleteMapping("/requests")
    ResponseEntity<Void> forgetRequests() {
        calls.clear();
        return ResponseEntity.noContent().build();
    }
}

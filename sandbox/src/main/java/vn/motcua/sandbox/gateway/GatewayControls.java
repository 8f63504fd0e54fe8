package vn.motcua.sandbox.gateway;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Controls of the gateway stand-in for tests and the demo: {@code GET /sandbox/lgsp/requests} (optionally
 * {@code ?service=POPULATION_PROFILE}) lists the API calls that passed the checks, {@code DELETE} forgets them;
 * {@code POST /sandbox/lgsp/tokens/expire} makes every issued token expire at once, as if time had run out mid-run.
 */
@RestController
@RequestMapping("/sandbox/lgsp")
class GatewayControls {

    private final GatewayJournal journal;
    private final AccessTokens tokens;

    GatewayControls(GatewayJournal journal, AccessTokens tokens) {
        this.journal = journal;
        this.tokens = tokens;
    }

    @GetMapping("/requests")
    List<GatewayJournal.Entry> requests(@RequestParam(required = false) String service) {
        return journal.entries().stream()
                .filter(entry -> service == null || service.equals(entry.serviceCode()))
                .toList();
    }

    @DeleteMapping("/requests")
    ResponseEntity<Void> forgetRequests() {
        journal.clear();
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/tokens/expire")
    ResponseEntity<Void> expireTokens() {
        tokens.expireAll();
        return ResponseEntity.noContent().build();
    }
}

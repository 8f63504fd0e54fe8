package vn.motcua.sandbox.fault;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.sandbox.api.ApiError;

/**
 * Switches faults on and off: {@code PUT /sandbox/faults/{api}} with {@code {latencyMillis, errorRate, outage}},
 * {@code DELETE /sandbox/faults}; {@code GET /sandbox/faults} lists them. The APIs are token, population,
 * civil-status, business, insurance, national-portal, tsa, payment and smtp (an outage stops the SMTP server; the mails
 * it received are kept).
 */
@RestController
@RequestMapping("/sandbox/faults")
class FaultController {

    private final FaultInjector faults;

    FaultController(FaultInjector faults) {
        this.faults = faults;
    }

    /** A fault switch as sent; fields left out mean no latency, no errors, no outage. */
    record FaultRequest(Long latencyMillis, Double errorRate, Boolean outage) {

        FaultSettings settings() {
            return new FaultSettings(latencyMillis == null ? 0 : latencyMillis, errorRate == null ? 0.0 : errorRate,
                    Boolean.TRUE.equals(outage));
        }
    }

    @GetMapping
    Map<String, FaultSettings> list() {
        return faults.all();
    }

    @PutMapping("/{api}")
    FaultSettings set(@PathVariable String api, @RequestBody FaultRequest request) {
        FaultInjector.Api target = FaultInjector.Api.byKey(api)
                .orElseThrow(() -> new ApiError(HttpStatus.NOT_FOUND, Map.of("error", "unknown_api", "api", api)));
        FaultSettings settings = request.settings();
        if (!settings.isValid()) {
            throw new ApiError(HttpStatus.BAD_REQUEST, "invalid_request");
        }
        faults.set(target, settings);
        return settings;
    }

    @DeleteMapping
    ResponseEntity<Void> reset() {
        faults.reset();
        return ResponseEntity.noContent().build();
    }
}

package vn.motcua.sandbox.tsa;

import java.io.IOException;

import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.tsp.TimeStampRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.sandbox.api.ApiError;
import vn.motcua.sandbox.fault.FaultInjector;

/**
 * RFC 3161 over HTTP: {@code POST /tsa} takes a DER TimeStampReq and answers a DER TimeStampResp (HTTP 200 even when
 * the request is rejected, as the RFC says); {@code GET /tsa/certificate} gives the certificate that verifies the
 * tokens. Errors are plain text, since time-stamp clients do not ask for JSON.
 */
@RestController
class TsaController {

    static final MediaType TIMESTAMP_QUERY = MediaType.parseMediaType("application/timestamp-query");
    static final MediaType TIMESTAMP_REPLY = MediaType.parseMediaType("application/timestamp-reply");
    static final MediaType PEM_FILE = MediaType.parseMediaType("application/x-pem-file");

    private final TimeStampAuthority authority;
    private final TsaCredentials credentials;
    private final FaultInjector faults;

    TsaController(TimeStampAuthority authority, TsaCredentials credentials, FaultInjector faults) {
        this.authority = authority;
        this.credentials = credentials;
        this.faults = faults;
    }

    @PostMapping("/tsa")
    ResponseEntity<byte[]> timeStamp(
            @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
            @RequestBody(required = false) byte[] body) throws IOException {
        faults.inject(FaultInjector.Api.TSA);
        if (!isTimeStampQuery(contentType)) {
            throw new ApiError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type");
        }
        TimeStampRequest request = parse(body);
        byte[] reply = authority.answer(request).getEncoded(ASN1Encoding.DER);
        return ResponseEntity.ok().contentType(TIMESTAMP_REPLY).cacheControl(CacheControl.noStore()).body(reply);
    }

    @GetMapping("/tsa/certificate")
    ResponseEntity<String> certificate() {
        return ResponseEntity.ok().contentType(PEM_FILE).body(credentials.certificatePem());
    }

    /** Errors of this controller, and the injected faults, as plain text whatever the client accepts. */
    @ExceptionHandler
    ResponseEntity<String> error(ApiError error) {
        return ResponseEntity.status(error.status()).headers(error.headers()).contentType(MediaType.TEXT_PLAIN)
                .body(String.valueOf(error.body().get("error")));
    }

    private static boolean isTimeStampQuery(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            return TIMESTAMP_QUERY.equalsTypeAndSubtype(MediaType.parseMediaType(contentType));
        }
        catch (InvalidMediaTypeException ex) {
            return false;
        }
    }

    private static TimeStampRequest parse(byte[] body) {
        if (body == null || body.length == 0) {
            throw new ApiError(HttpStatus.BAD_REQUEST, "invalid_request");
        }
        try {
            TimeStampRequest request = new TimeStampRequest(body);
            if (request.getMessageImprint() == null) {
                throw new ApiError(HttpStatus.BAD_REQUEST, "invalid_request");
            }
            return request;
        }
        catch (IOException | IllegalArgumentException | IllegalStateException | ClassCastException ex) {
            throw new ApiError(HttpStatus.BAD_REQUEST, "invalid_request");
        }
    }
}

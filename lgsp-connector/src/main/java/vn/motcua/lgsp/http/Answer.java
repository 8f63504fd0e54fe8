package vn.motcua.lgsp.http;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;

import org.springframework.http.HttpHeaders;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import vn.motcua.lgsp.LgspException;
import vn.motcua.lgsp.LgspException.Kind;

/** What the gateway answered to one HTTP request: status, the {@code WWW-Authenticate} challenge and the body. */
record Answer(int status, String challenge, byte[] body) {

    /** Sends a request and reads the whole answer, turning a failure to reach the gateway into UNAVAILABLE. */
    static Answer of(RestClient.RequestHeadersSpec<?> request, String what) {
        try {
            return request.exchange((sent, response) -> new Answer(response.getStatusCode().value(),
                    response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE), readBody(response.getBody())));
        }
        catch (ResourceAccessException ex) {
            if (isTimeout(ex)) {
                throw new LgspException(Kind.TIMEOUT, what + ": the LGSP did not answer in time", ex);
            }
            throw new LgspException(Kind.UNAVAILABLE, what + ": the LGSP cannot be reached (" + ex.getMessage() + ")", ex);
        }
        catch (RestClientException ex) {
            throw new LgspException(Kind.UNAVAILABLE, what + ": the LGSP call failed (" + ex.getMessage() + ")", ex);
        }
    }

    /** A read timeout, as opposed to a connection that could not be made (which stays UNAVAILABLE). */
    private static boolean isTimeout(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpConnectTimeoutException) {
                return false;
            }
            if (cause instanceof HttpTimeoutException || cause instanceof SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static byte[] readBody(java.io.InputStream body) throws IOException {
        return body == null ? new byte[0] : body.readAllBytes();
    }

    boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    boolean isServerError() {
        return status >= 500;
    }

    boolean isAuthFailure() {
        return status == 401 || status == 403;
    }

    /** Turns a failed answer into the matching failure kind. */
    LgspException failure(String what) {
        Kind kind = isServerError() ? Kind.UNAVAILABLE : isAuthFailure() ? Kind.UNAUTHORIZED : Kind.REJECTED;
        return new LgspException(kind, what + ": the LGSP answered HTTP " + status);
    }
}

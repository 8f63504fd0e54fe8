package vn.motcua.lgsp.http;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.lgsp.LgspException;
import vn.motcua.lgsp.LgspException.Kind;

/** Reads and writes the gateway's JSON, independent of how the host application configures Jackson. */
final class JsonPayloads {

    private final JsonMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    <T> T read(Answer answer, Class<T> type, String what) {
        try {
            T value = mapper.readValue(answer.body(), type);
            if (value == null) {
                throw new LgspException(Kind.MALFORMED_ANSWER, what + ": the LGSP answered an empty body");
            }
            return value;
        }
        catch (JacksonException ex) {
            throw new LgspException(Kind.MALFORMED_ANSWER, what + ": the LGSP answered unreadable JSON", ex);
        }
    }

    /** Reads the {@code error} field of an error answer; empty when there is none. */
    String errorCode(Answer answer) {
        try {
            ErrorAnswer error = mapper.readValue(answer.body(), ErrorAnswer.class);
            return error == null || error.error() == null ? "" : error.error();
        }
        catch (JacksonException ex) {
            return "";
        }
    }

    byte[] write(Object payload) {
        return mapper.writeValueAsBytes(payload);
    }

    record ErrorAnswer(String error) {
    }
}

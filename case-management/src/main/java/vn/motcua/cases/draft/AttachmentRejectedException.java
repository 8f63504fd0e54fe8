package vn.motcua.cases.draft;

import java.util.List;

/** An uploaded file the draft does not take: its message key and arguments say why. */
public class AttachmentRejectedException extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> arguments;

    public AttachmentRejectedException(String messageKey, Object... arguments) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }
}

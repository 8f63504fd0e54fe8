package vn.motcua.cases.authoring;

import java.util.List;

/**
 * What is wrong with an administrator's input.
 *
 * @param field     the input it belongs to, named as the command's component ({@code legalBasis},
 *                  {@code documents[1].name}, {@code form}), or empty for the whole request
 * @param key       the message key that explains it
 * @param arguments the message's arguments
 */
public record DraftProblem(String field, String key, List<Object> arguments) {

    public DraftProblem {
        arguments = List.copyOf(arguments);
    }

    /**
     * Whether a text holds control characters (NUL and the like, which the database refuses); line breaks and tabs
     * count only where a text may have several lines.
     */
    static boolean hasControl(String text, boolean multiline) {
        return text != null && text.chars().anyMatch(c -> (c < 0x20 && !(multiline && (c == '\n' || c == '\r' || c == '\t')))
                || c == 0x7F || Character.isSurrogate((char) c) && !validSurrogates(text));
    }

    private static boolean validSurrogates(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(++i)))) {
                return false;
            }
            if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    static DraftProblem of(String field, String key, Object... arguments) {
        return new DraftProblem(field, key, List.of(arguments));
    }
}

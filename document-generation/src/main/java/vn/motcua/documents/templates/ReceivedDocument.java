package vn.motcua.documents.templates;

import java.util.Objects;

/**
 * One document received with a dossier (slip 01).
 *
 * @param name            the document, e.g. "Tờ khai đề nghị cấp bản sao trích lục hộ tịch"
 * @param originals       how many originals (bản chính)
 * @param certifiedCopies how many certified copies (bản sao chứng thực)
 * @param copies          how many plain copies (bản sao)
 */
public record ReceivedDocument(String name, int originals, int certifiedCopies, int copies) {

    public ReceivedDocument {
        Objects.requireNonNull(name, "name");
        if (originals < 0 || certifiedCopies < 0 || copies < 0) {
            throw new IllegalArgumentException("negative count for " + name);
        }
    }
}

package vn.motcua.documents.templates;

import java.util.Objects;

/**
 * Something a dossier lacks (slip 02).
 *
 * @param content what must be supplied or corrected, e.g. "Giấy chứng sinh (bản chính)"
 * @param reason  why, e.g. "Hồ sơ chỉ có bản chụp không rõ nét"
 */
public record SupplementItem(String content, String reason) {

    public SupplementItem {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(reason, "reason");
    }
}

package vn.motcua.documents;

/**
 * The person who signs, shown in the signature block.
 *
 * @param title    the signing title, e.g. "CHỦ TỊCH" (may hold several lines separated by '\n',
 *                 e.g. "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH")
 * @param fullName the full name, e.g. "Phạm Văn Hải"
 */
public record Signatory(String title, String fullName) {
}

package vn.motcua.documents;

/**
 * Who issues the document: shown top-left in the document header.
 *
 * @param superiorName the superior authority, e.g. "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH"
 * @param name         the issuing authority itself, e.g. "ỦY BAN NHÂN DÂN PHƯỜNG BẾN THÀNH"
 * @param code         the agency code, e.g. "H29.12.05"
 */
public record IssuingAuthority(String superiorName, String name, String code) {
}

package vn.motcua.documents;

/**
 * One labelled line in the body, rendered as "label: value".
 *
 * @param label the label, rendered bold
 * @param value the value, rendered in the regular face
 */
public record DocumentLine(String label, String value) {
}

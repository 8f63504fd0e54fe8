package vn.motcua.lgsp;

/**
 * Whether a business name may still be registered.
 *
 * @param name               the name as asked
 * @param available          whether no registered business bears the same name
 * @param conflictingTaxCode the tax code of the business that bears it, {@code null} when available
 */
public record NameAvailability(String name, boolean available, String conflictingTaxCode) {
}

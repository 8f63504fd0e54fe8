package vn.motcua.lgsp;

import java.util.Optional;

/** Port to the national business registry through the LGSP. */
public interface BusinessRegistry {

    /**
     * Checks whether a household business may be registered under a name. The answer names no person, so no
     * {@link DataAccessed} event is published for it, and it is never cached.
     *
     * @param name    the proposed name
     * @param context who asks and why
     * @return the verdict
     * @throws LgspException when the gateway cannot answer or answers something unusable
     */
    NameAvailability checkName(String name, LgspContext context);

    /**
     * Fetches a business by its tax code.
     *
     * @param taxCode the 10-digit (or 13-digit branch) tax code
     * @param context who asks and why
     * @return the business, or empty when the registry knows no such tax code
     * @throws LgspException when the gateway cannot answer or answers something unusable
     */
    Optional<Business> findByTaxCode(String taxCode, LgspContext context);
}

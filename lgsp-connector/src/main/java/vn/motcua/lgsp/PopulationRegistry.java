package vn.motcua.lgsp;

import java.time.LocalDate;
import java.util.Optional;

/** Port to the national population database through the LGSP. */
public interface PopulationRegistry {

    /**
     * Fetches a person's profile.
     *
     * @param idNumber the 12-digit identity number
     * @param context  who asks and why
     * @return the profile, or empty when the database knows no such person
     * @throws LgspException when the gateway cannot answer or answers something unusable
     */
    Optional<CitizenProfile> findCitizen(String idNumber, LgspContext context);

    /**
     * Checks that an identity number belongs to the person with that name and date of birth.
     *
     * @param idNumber  the 12-digit identity number
     * @param fullName  the declared full name
     * @param birthDate the declared date of birth
     * @param context   who asks and why
     * @return whether the database holds exactly this person
     * @throws LgspException when the gateway cannot answer or answers something unusable
     */
    boolean verify(String idNumber, String fullName, LocalDate birthDate, LgspContext context);

    /**
     * Fetches the household a person belongs to, with all its members.
     *
     * @param idNumber the 12-digit identity number of any member
     * @param context  who asks and why
     * @return the household, or empty when the database knows no such person
     * @throws LgspException when the gateway cannot answer or answers something unusable
     */
    Optional<Household> findHousehold(String idNumber, LgspContext context);

    /**
     * Registers a newborn child and has the population database issue its personal identity number. Asking again
     * with the same {@link BirthRegistration#registrationKey()} returns the number issued before.
     *
     * @param registration the child, its parents and the registering unit
     * @param context      who asks and why
     * @return the child's 12-digit personal identity number
     * @throws LgspException when the gateway cannot answer or refuses the registration
     */
    String registerBirth(BirthRegistration registration, LgspContext context);
}

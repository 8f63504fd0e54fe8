package vn.motcua.sandbox.eid;

import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import vn.motcua.sandbox.population.Person;
import vn.motcua.sandbox.population.Population;

/**
 * The e-ID accounts: one citizen account per person of the population data set (username = identity number) and the
 * staff accounts of the demo agencies. Every account has the demo password.
 */
@Component
class EidAccounts implements UserDetailsService {

    /** Citizens get a chip identity card, and with it the high e-ID level, from the age of 14. */
    static final int HIGH_LEVEL_AGE = 14;

    private record Staff(String username, String name, String agency, List<String> roles) {
    }

    private static final List<Staff> STAFF = List.of(
            new Staff("tiepnhan.benthanh", "Phạm Thị Thu Hà", "H29.12.05", List.of("CLERK")),
            new Staff("chuyenvien.benthanh", "Võ Minh Tuấn", "H29.12.05", List.of("SPECIALIST")),
            new Staff("lanhdao.benthanh", "Đặng Quốc Hùng", "H29.12.05", List.of("LEADER")),
            new Staff("congan.benthanh", "Trương Văn Lực", "H29.12.05.CA", List.of("SPECIALIST", "LEADER")),
            new Staff("bhxh.thanhpho", "Lý Thị Ngọc Mai", "H29.BHXH", List.of("SPECIALIST")),
            new Staff("tiepnhan.tanphu", "Huỳnh Ngọc Lan", "H29.12.07", List.of("CLERK")),
            new Staff("quantri", "Bùi Thanh Sơn", "H29", List.of("ADMIN")));

    private final Map<String, EidAccount> accounts;
    private final String passwordHash;

    EidAccounts(Population population, EidProperties properties, PasswordEncoder passwordEncoder) {
        LocalDate today = LocalDate.now();
        this.accounts = Stream.concat(population.people().stream().map(person -> citizen(person, today)),
                        STAFF.stream().map(EidAccounts::staff))
                .collect(Collectors.toUnmodifiableMap(EidAccount::username, Function.identity()));
        this.passwordHash = passwordEncoder.encode(properties.demoPassword());
    }

    Optional<EidAccount> find(String username) {
        return Optional.ofNullable(username).map(accounts::get);
    }

    /** A fresh {@link UserDetails} each time, since Spring Security erases the password of the one it is given. */
    @Override
    public UserDetails loadUserByUsername(String username) {
        EidAccount account = find(username).orElseThrow(() -> new UsernameNotFoundException("No account " + username));
        return User.withUsername(account.username())
                .password(passwordHash)
                .authorities(account.authorities().toArray(String[]::new))
                .build();
    }

    private static EidAccount citizen(Person person, LocalDate today) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("name", person.fullName());
        claims.put("birthdate", person.birthDate().toString());
        claims.put("gender", person.sex().code());
        claims.put("account_type", EidAccount.CITIZEN);
        boolean high = Period.between(person.birthDate(), today).getYears() >= HIGH_LEVEL_AGE;
        claims.put("acr", high ? "eid-high" : "eid-basic");
        return new EidAccount(person.idNumber(), Map.copyOf(claims), List.of("ROLE_CITIZEN"));
    }

    private static EidAccount staff(Staff staff) {
        Map<String, Object> claims = Map.of("name", staff.name(), "account_type", EidAccount.STAFF, "agency",
                staff.agency(), "roles", staff.roles());
        return new EidAccount(staff.username(), claims,
                staff.roles().stream().map(role -> "ROLE_" + role).toList());
    }
}

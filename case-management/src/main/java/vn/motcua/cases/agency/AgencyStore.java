package vn.motcua.cases.agency;

import java.util.Optional;

import org.springframework.data.repository.Repository;

/** The agency list as {@link AgencyAdministration} changes it. */
interface AgencyStore extends Repository<Agency, String> {

    Optional<Agency> findById(String code);

    boolean existsById(String code);

    Agency save(Agency agency);
}

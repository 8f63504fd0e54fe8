package vn.motcua.cases.agency;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** Read access to the agency list. */
public interface Agencies extends Repository<Agency, String> {

    Optional<Agency> findByCode(String code);

    List<Agency> findAllByOrderByCodeAsc();
}

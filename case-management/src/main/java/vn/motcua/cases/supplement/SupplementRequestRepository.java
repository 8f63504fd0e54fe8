package vn.motcua.cases.supplement;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface SupplementRequestRepository extends Repository<SupplementRequest, UUID> {

    SupplementRequest save(SupplementRequest request);

    List<SupplementRequest> findByDossierIdOrderByRequestedAt(UUID dossierId);
}

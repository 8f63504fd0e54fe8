package vn.motcua.cases.supplement;

import java.util.List;
import java.util.UUID;

/** The desk asks for a supplement: why, and each missing item on its own line. */
public record RequestSupplement(UUID dossierId, String clerk, String clerkName, String reason, List<String> missingItems) {
}

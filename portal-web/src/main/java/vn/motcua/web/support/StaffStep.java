package vn.motcua.web.support;

import java.util.UUID;

/**
 * What a staff member can do on one dossier page: the page heading, the action's explanation and button,
 * and where the button posts. One template ({@link #VIEW}) serves the desk and the agency inbox.
 */
public record StaffStep(String headingKey, String explainKey, String buttonKey, String buttonId, String actionPath) {

    public static final String VIEW = "staff/dossier";

    public static StaffStep accept(UUID dossierId) {
        return new StaffStep("desk.dossier", "desk.accept.explain", "desk.accept", "accept",
                "/desk/dossiers/" + dossierId + "/accept");
    }

    public static StaffStep approve(UUID dossierId) {
        return new StaffStep("inbox.dossier", "inbox.approve.explain", "inbox.approve", "approve",
                "/inbox/dossiers/" + dossierId + "/approve");
    }
}

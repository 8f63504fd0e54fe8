package vn.motcua.web.notification;

import java.util.List;
import java.util.Set;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

import vn.motcua.cases.notification.Audience;
import vn.motcua.cases.notification.Notifications;
import vn.motcua.web.security.PortalUser;

/**
 * A citizen's notifications about their dossiers ({@code /my/notifications}) and those of a staff member's groups,
 * e.g. the warnings and overdue notices of an agency's leaders ({@code /staff/notifications}). Reading the list
 * changes nothing; "mark all read" does.
 */
@Controller
class NotificationsController {

    static final String CITIZEN_VIEW = "notification/citizen";
    static final String STAFF_VIEW = "notification/staff";

    private final Notifications notifications;

    NotificationsController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/my/notifications")
    String citizen(@AuthenticationPrincipal OidcUser user, Model model) {
        model.addAttribute("notifications", notifications.ofCitizen(PortalUser.of(user).subject()));
        return CITIZEN_VIEW;
    }

    @PostMapping("/my/notifications/read")
    String citizenRead(@AuthenticationPrincipal OidcUser user) {
        notifications.markAllRead(Audience.CITIZEN, List.of(PortalUser.of(user).subject()));
        return "redirect:/my/notifications";
    }

    @GetMapping("/staff/notifications")
    String staff(@AuthenticationPrincipal OidcUser user, Model model) {
        model.addAttribute("notifications", notifications.ofStaff(groups(user)));
        return STAFF_VIEW;
    }

    @PostMapping("/staff/notifications/read")
    String staffRead(@AuthenticationPrincipal OidcUser user) {
        notifications.markAllRead(Audience.STAFF, groups(user));
        return "redirect:/staff/notifications";
    }

    static Set<String> groups(OidcUser user) {
        return PortalUser.of(user).staffMember().candidateGroups();
    }
}

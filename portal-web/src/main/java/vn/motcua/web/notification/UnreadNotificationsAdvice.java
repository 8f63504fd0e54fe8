package vn.motcua.web.notification;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.motcua.cases.notification.Audience;
import vn.motcua.cases.notification.Notifications;
import vn.motcua.web.security.PortalUser;

/** Puts the logged-in user's count of unread notifications (or null) in every page's model for the header. */
@ControllerAdvice
class UnreadNotificationsAdvice {

    private final Notifications notifications;

    UnreadNotificationsAdvice(Notifications notifications) {
        this.notifications = notifications;
    }

    @ModelAttribute("unreadNotifications")
    Long unread(@AuthenticationPrincipal OidcUser user) {
        if (user == null) {
            return null;
        }
        PortalUser portalUser = PortalUser.of(user);
        return portalUser.citizen() ? notifications.unread(Audience.CITIZEN, List.of(portalUser.subject()))
                : notifications.unread(Audience.STAFF, NotificationsController.groups(user));
    }
}

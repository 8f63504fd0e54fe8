/** Notifications of citizens (portal, e-mail, SMS) and staff (portal) about their dossiers, sent after commit. */
package vn.motcua.cases.notification;

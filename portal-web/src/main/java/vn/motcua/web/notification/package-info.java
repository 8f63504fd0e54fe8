/** The notification lists of citizens and staff, and the unread count in the header. */
package vn.motcua.web.notification;

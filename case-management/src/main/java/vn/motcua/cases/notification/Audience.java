package vn.motcua.cases.notification;

/** Who a notification is for: a citizen (recipient = identity number) or staff (recipient = group {agency}:{role}). */
public enum Audience {
    CITIZEN, STAFF
}

package vn.motcua.web.admin;

/** A day or a range of days off to add: ISO dates as the date inputs send them, and the name. */
record HolidayForm(String from, String to, String name) {
}

package vn.motcua.web.inbox;

/** The colleague (user name) a task is handed to. */
record ReassignForm(String colleague) {
}

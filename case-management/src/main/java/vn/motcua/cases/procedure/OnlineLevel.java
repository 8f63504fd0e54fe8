package vn.motcua.cases.procedure;

/** Decree 42/2022: fully online (toàn trình) or partly online (một phần). */
public enum OnlineLevel {
    FULL, PARTIAL
}

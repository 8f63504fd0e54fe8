package vn.motcua.cases.statistics;

/** An agency or a procedure a report can be filtered by. */
public record Choice(String code, String name) {
}

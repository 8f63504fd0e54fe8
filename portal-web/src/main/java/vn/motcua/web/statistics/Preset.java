package vn.motcua.web.statistics;

import java.time.LocalDate;

/**
 * A period offered as a link: the current month, quarter or year, or the previous month.
 *
 * @param key the message key of its label
 */
record Preset(String key, LocalDate from, LocalDate to) {

    static java.util.List<Preset> around(LocalDate today) {
        LocalDate month = today.withDayOfMonth(1);
        LocalDate previous = month.minusMonths(1);
        LocalDate quarter = month.withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
        LocalDate year = today.withDayOfYear(1);
        return java.util.List.of(
                new Preset("statistics.preset.month", month, month.plusMonths(1).minusDays(1)),
                new Preset("statistics.preset.previousMonth", previous, month.minusDays(1)),
                new Preset("statistics.preset.quarter", quarter, quarter.plusMonths(3).minusDays(1)),
                new Preset("statistics.preset.year", year, year.plusYears(1).minusDays(1)));
    }
}

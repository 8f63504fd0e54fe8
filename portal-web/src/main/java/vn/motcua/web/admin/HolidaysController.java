package vn.motcua.web.admin;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.cases.clock.HolidayCalendar;
import vn.motcua.cases.clock.HolidayRejectedException;
import vn.motcua.web.support.DisplayDates;
import vn.motcua.web.support.NotFoundException;

/**
 * The holiday calendar for administrators: the days off of a year, adding a day or a range, deleting a day. A change
 * that breaks a rule (a past day, a day listed already, a reversed range) is refused with a message and changes
 * nothing.
 */
@Controller
class HolidaysController {

    static final String VIEW = "admin/holidays";
    private static final String FORM = "form";
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    private final HolidayCalendar calendar;
    private final DisplayDates dates;

    HolidaysController(HolidayCalendar calendar, DisplayDates dates) {
        this.calendar = calendar;
        this.dates = dates;
    }

    @GetMapping("/admin/holidays")
    String list(@RequestParam(required = false) String year, Model model) {
        HolidayForm form = new HolidayForm("", "", "");
        return show(yearOf(year), form, new DirectFieldBindingResult(form, FORM), model);
    }

    @PostMapping("/admin/holidays")
    String add(@ModelAttribute(FORM) HolidayForm form, Model model, RedirectAttributes redirect) {
        BindingResult errors = new DirectFieldBindingResult(form, FORM);
        LocalDate from = date(form.from(), "from", true, errors);
        LocalDate to = date(form.to(), "to", false, errors);
        int year = from != null ? from.getYear() : calendar.today().getYear();
        if (errors.hasErrors()) {
            return show(year, form, errors, model);
        }
        try {
            int added = calendar.add(from, to, form.name()).size();
            redirect.addFlashAttribute("holidaysAdded", added);
        } catch (HolidayRejectedException rejected) {
            errors.rejectValue(fieldOf(rejected.problem()), "holiday.problem." + rejected.problem().name(),
                    new Object[] { rejected.day() == null ? "" : dates.date(rejected.day()),
                            HolidayCalendar.MAX_RANGE_DAYS, HolidayCalendar.MAX_NAME_LENGTH }, null);
            return show(year, form, errors, model);
        } catch (org.springframework.dao.DataIntegrityViolationException concurrent) {
            // another administrator listed one of these days between our check and our commit
            errors.rejectValue("from", "holiday.problem." + HolidayRejectedException.Problem.ALREADY_LISTED.name(),
                    new Object[] { dates.date(from), HolidayCalendar.MAX_RANGE_DAYS, HolidayCalendar.MAX_NAME_LENGTH }, null);
            return show(year, form, errors, model);
        }
        return "redirect:/admin/holidays?year=" + year;
    }

    @PostMapping("/admin/holidays/{day}/delete")
    String delete(@PathVariable String day, RedirectAttributes redirect) {
        LocalDate date;
        try {
            date = LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            throw new NotFoundException();
        }
        try {
            calendar.delete(date);
            redirect.addFlashAttribute("holidayDeleted", dates.date(date));
        } catch (HolidayRejectedException rejected) {
            if (rejected.problem() == HolidayRejectedException.Problem.NOT_LISTED) {
                throw new NotFoundException();
            }
            redirect.addFlashAttribute("holidayRefused", "holiday.problem." + rejected.problem().name());
            redirect.addFlashAttribute("holidayRefusedDay", dates.date(date));
        }
        return "redirect:/admin/holidays?year=" + date.getYear();
    }

    private String show(int year, HolidayForm form, BindingResult errors, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("holidays", calendar.ofYear(year));
        model.addAttribute("today", calendar.today());
        model.addAttribute("years", List.of(year - 1, year + 1));
        model.addAttribute(FORM, form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, errors);
        return VIEW;
    }

    private int yearOf(String year) {
        if (year != null && year.matches("\\d{4}")) {
            int value = Integer.parseInt(year);
            if (value >= FIRST_YEAR && value <= LAST_YEAR) {
                return value;
            }
        }
        return calendar.today().getYear();
    }

    private static LocalDate date(String value, String field, boolean required, BindingResult errors) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.rejectValue(field, "holiday.problem.DATE_MISSING");
            }
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
                errors.rejectValue(field, "holiday.problem.DATE_INVALID");
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "holiday.problem.DATE_INVALID");
            return null;
        }
    }

    private static String fieldOf(HolidayRejectedException.Problem problem) {
        return switch (problem) {
            case NAME_MISSING, NAME_TOO_LONG -> "name";
            case RANGE_REVERSED, RANGE_TOO_LONG -> "to";
            default -> "from";
        };
    }
}

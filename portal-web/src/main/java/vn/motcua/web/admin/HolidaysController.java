package vn.motcua.web.admin;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;
import vn.motcua.cases.clock.HolidayCalendar;
import vn.motcua.cases.clock.HolidayRejectedException;
import vn.motcua.web.support.DisplayDates;
import vn.motcua.web.support.FormErrors;
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

    private final HolidayCalendar calendar;
    private final DisplayDates dates;

    HolidaysController(HolidayCalendar calendar, DisplayDates dates) {
        this.calendar = calendar;
        this.dates = dates;
    }

    @GetMapping("/admin/holidays")
    String list(@RequestParam(required = false) String year, Model model) {
        model.addAttribute(FORM, new HolidayForm("", "", ""));
        return show(yearOf(year), model);
    }

    @PostMapping("/admin/holidays")
    String add(@Valid @ModelAttribute(FORM) HolidayForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        LocalDate from = form.fromDay();
        LocalDate to = form.toDay();
        int year = from != null ? from.getYear() : calendar.today().getYear();
        if (errors.hasErrors()) {
            return show(year, model);
        }
        try {
            int added = calendar.add(from, to, form.name()).size();
            redirect.addFlashAttribute("holidaysAdded", added);
        } catch (HolidayRejectedException rejected) {
            FormErrors.reject(errors, fieldOf(rejected.problem()), "holiday.problem." + rejected.problem().name(),
                    rejected.day() == null ? "" : dates.date(rejected.day()), HolidayCalendar.MAX_RANGE_DAYS,
                    HolidayCalendar.MAX_NAME_LENGTH);
            return show(year, model);
        } catch (org.springframework.dao.DataIntegrityViolationException concurrent) {
            // another administrator listed one of these days between our check and our commit
            FormErrors.reject(errors, "from", "holiday.problem." + HolidayRejectedException.Problem.ALREADY_LISTED.name(),
                    dates.date(from), HolidayCalendar.MAX_RANGE_DAYS, HolidayCalendar.MAX_NAME_LENGTH);
            return show(year, model);
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

    /** Shows a year's calendar; the form, with its errors once posted, is in the model already. */
    private String show(int year, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("holidays", calendar.ofYear(year));
        model.addAttribute("today", calendar.today());
        model.addAttribute("years", List.of(year - 1, year + 1));
        return VIEW;
    }

    private int yearOf(String year) {
        if (year != null && year.matches("\\d{4}")) {
            int value = Integer.parseInt(year);
            if (value >= HolidayForm.FIRST_YEAR && value <= HolidayForm.LAST_YEAR) {
                return value;
            }
        }
        return calendar.today().getYear();
    }

    private static String fieldOf(HolidayRejectedException.Problem problem) {
        return switch (problem) {
            case NAME_MISSING, NAME_TOO_LONG -> "name";
            case RANGE_REVERSED, RANGE_TOO_LONG -> "to";
            default -> "from";
        };
    }
}

package vn.motcua.cases.clock;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A public holiday or compensatory day off, as announced by the government for the year. */
@Entity
@Table(name = "holiday")
class Holiday {

    @Id
    private LocalDate day;

    private String name;

    protected Holiday() {
    }

    Holiday(LocalDate day, String name) {
        this.day = day;
        this.name = name;
    }

    LocalDate day() {
        return day;
    }

    String name() {
        return name;
    }
}

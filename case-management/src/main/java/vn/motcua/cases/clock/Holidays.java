package vn.motcua.cases.clock;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.repository.Repository;

interface Holidays extends Repository<Holiday, LocalDate> {

    List<Holiday> findAll();

    List<Holiday> findByDayBetweenOrderByDay(LocalDate from, LocalDate to);

    boolean existsById(LocalDate day);

    Holiday save(Holiday holiday);

    void deleteById(LocalDate day);
}

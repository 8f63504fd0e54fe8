package vn.motcua.cases.clock;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.repository.Repository;

interface Holidays extends Repository<Holiday, LocalDate> {

    List<Holiday> findAll();
}

package vn.motcua.cases.form;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The provinces and wards of the reference tables, for address fields and their lists. */
@Service
public class AdministrativeUnits implements Places {

    /** A province or a ward, by code and name. */
    public record Unit(String code, String name) {
    }

    private final JdbcClient jdbc;

    AdministrativeUnits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<Unit> provinces() {
        return jdbc.sql("select code, name from province order by name").query(Unit.class).list();
    }

    /** The wards of a province, by name. */
    @Transactional(readOnly = true)
    public List<Unit> wards(String provinceCode) {
        return jdbc.sql("select code, name from ward where province_code = ? order by name").param(provinceCode)
                .query(Unit.class).list();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> provinceName(String provinceCode) {
        return jdbc.sql("select name from province where code = ?").param(provinceCode).query(String.class).optional();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> wardName(String wardCode, String provinceCode) {
        return jdbc.sql("select name from ward where code = ? and province_code = ?").param(wardCode).param(provinceCode)
                .query(String.class).optional();
    }
}

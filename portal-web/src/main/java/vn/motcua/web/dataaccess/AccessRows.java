package vn.motcua.web.dataaccess;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

import vn.motcua.cases.access.AccessLogEntry;
import vn.motcua.cases.agency.Agencies;
import vn.motcua.cases.agency.Agency;

/** Turns a page of log entries into rows, naming each requesting agency once per page. */
@Component
class AccessRows {

    private final Agencies agencies;

    AccessRows(Agencies agencies) {
        this.agencies = agencies;
    }

    Page<AccessRow> of(Page<AccessLogEntry> entries) {
        Map<String, Optional<String>> names = new HashMap<>();
        return entries.map(entry -> AccessRow.of(entry, names.computeIfAbsent(entry.requestingUnit(),
                code -> agencies.findByCode(code).map(Agency::name)).orElse(null)));
    }
}

package vn.motcua.cases.procedure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

/**
 * Searches the catalogue of procedures, each by its current version, in one SQL statement per search. Matching
 * ignores accents and case (PostgreSQL {@code unaccent}) and tolerates typos (trigram word similarity of
 * {@code pg_trgm}); a procedure whose name or field holds the text as it was typed ranks before one that only
 * resembles it.
 */
@Service
public class CatalogSearch {

    /** The search key, exactly as the trigram index of V9 is defined, so that the index can serve the query. */
    private static final String KEY = "lower(immutable_unaccent(p.name || ' ' || p.field))";
    private static final String TEXT = "lower(immutable_unaccent(:text))";
    private static final String PATTERN = "'%' || replace(replace(replace(" + TEXT
            + ", '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%'";

    private final EntityManager entityManager;

    CatalogSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Finds the procedures that match a query, best first.
     *
     * @param query what to look for
     * @param page  which page of results
     * @return the page, with the total number of matches
     */
    @Transactional(readOnly = true)
    public Page<CatalogEntry> search(CatalogQuery query, Pageable page) {
        boolean text = !query.text().isEmpty();
        StringBuilder sql = new StringBuilder("""
                select p.code, p.name, p.field, p.online_level, v.receiving_agency_code, a.name as agency_name,
                       count(*) over () as total
                from procedure p
                join procedure_version v on v.procedure_id = p.id
                 and v.version = (select max(w.version) from procedure_version w where w.procedure_id = p.id)
                join agency a on a.code = v.receiving_agency_code
                where true""");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (text) {
            sql.append(" and (").append(KEY).append(" like ").append(PATTERN).append(" or ").append(TEXT)
                    .append(" <% ").append(KEY).append(")");
            parameters.put("text", query.text());
        }
        if (query.agencyCode() != null) {
            sql.append(" and v.receiving_agency_code = :agency");
            parameters.put("agency", query.agencyCode());
        }
        if (query.field() != null) {
            sql.append(" and p.field = :field");
            parameters.put("field", query.field());
        }
        sql.append(" order by ");
        if (text) {
            sql.append(KEY).append(" like ").append(PATTERN).append(" desc, word_similarity(").append(TEXT)
                    .append(", ").append(KEY).append(") desc, ");
        }
        sql.append("p.code limit :limit offset :offset");
        parameters.put("limit", page.getPageSize());
        parameters.put("offset", page.getOffset());

        Query statement = entityManager.createNativeQuery(sql.toString(), Tuple.class);
        parameters.forEach(statement::setParameter);
        List<CatalogEntry> entries = new ArrayList<>();
        long total = 0;
        for (Object row : statement.getResultList()) {
            Tuple tuple = (Tuple) row;
            entries.add(new CatalogEntry(tuple.get("code", String.class), tuple.get("name", String.class),
                    tuple.get("field", String.class), OnlineLevel.valueOf(tuple.get("online_level", String.class)),
                    tuple.get("receiving_agency_code", String.class), tuple.get("agency_name", String.class)));
            total = ((Number) tuple.get("total")).longValue();
        }
        return new PageImpl<>(entries, page, total);
    }

    /**
     * The choices of the catalogue's filters, in one SQL statement.
     *
     * @return the receiving agencies of current versions and the fields of all procedures
     */
    @Transactional(readOnly = true)
    public CatalogFilters filters() {
        List<?> rows = entityManager.createNativeQuery("""
                select 'agency' as kind, a.code as value, a.name as label from agency a
                where exists (select 1 from procedure_version v where v.receiving_agency_code = a.code)
                union all
                select distinct 'field', p.field, p.field from procedure p
                order by kind, label""", Tuple.class).getResultList();
        List<CatalogFilters.AgencyOption> agencies = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        for (Object row : rows) {
            Tuple tuple = (Tuple) row;
            if ("agency".equals(tuple.get("kind", String.class))) {
                agencies.add(new CatalogFilters.AgencyOption(tuple.get("value", String.class), tuple.get("label", String.class)));
            } else {
                fields.add(tuple.get("value", String.class));
            }
        }
        return new CatalogFilters(List.copyOf(agencies), List.copyOf(fields));
    }

    /**
     * The agencies that take part in a version besides its receiving agency, in the order of the process.
     *
     * @param version the procedure version
     * @return its participants, possibly none
     */
    @Transactional(readOnly = true)
    public List<Participant> participants(ProcedureVersion version) {
        List<?> rows = entityManager.createNativeQuery("""
                select pa.agency_code, a.name, pa.task from procedure_agency pa
                join agency a on a.code = pa.agency_code
                where pa.procedure_version_id = :version order by pa.position""", Tuple.class)
                .setParameter("version", version.id()).getResultList();
        return rows.stream().map(Tuple.class::cast).map(tuple -> new Participant(tuple.get(0, String.class),
                tuple.get(1, String.class), tuple.get(2, String.class))).toList();
    }
}

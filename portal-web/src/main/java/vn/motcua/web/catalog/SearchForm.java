package vn.motcua.web.catalog;

import org.springframework.web.util.UriComponentsBuilder;

import vn.motcua.cases.procedure.CatalogQuery;

/**
 * The catalogue's search form, sent with GET so that a search is a link.
 *
 * @param q      the words to look for
 * @param agency a receiving agency's code, or empty for any
 * @param field  a field (lĩnh vực), or empty for any
 * @param page   the page of results, from 0 ({@code null} or anything else: the first)
 */
record SearchForm(String q, String agency, String field, String page) {

    SearchForm {
        q = q == null ? "" : q;
        agency = agency == null ? "" : agency;
        field = field == null ? "" : field;
    }

    static SearchForm empty() {
        return new SearchForm("", "", "", null);
    }

    CatalogQuery query() {
        return new CatalogQuery(q, agency, field);
    }

    /** Whether the visitor asked for anything, rather than the whole catalogue. */
    boolean narrowed() {
        return !q.isBlank() || !agency.isBlank() || !field.isBlank();
    }

    /** The link to a page of the same search. */
    String href(String path, int pageNumber) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
        if (!q.isBlank()) {
            link.queryParam("q", q);
        }
        if (!agency.isBlank()) {
            link.queryParam("agency", agency);
        }
        if (!field.isBlank()) {
            link.queryParam("field", field);
        }
        return link.queryParam("page", pageNumber).encode().build().toUriString();
    }
}

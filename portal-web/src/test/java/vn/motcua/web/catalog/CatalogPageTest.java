package vn.motcua.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.motcua.cases.procedure.CatalogQuery;
import vn.motcua.cases.procedure.CatalogSearch;
import vn.motcua.web.support.PortalIntegrationTest;
import vn.motcua.web.support.ThreadStatements;

/** The catalogue page: search with or without accents, typos, filters, counts, and its cost in SQL statements. */
class CatalogPageTest extends PortalIntegrationTest {

    @Autowired CatalogSearch catalog;

    private String page(String url) throws Exception {
        return page(get(url));
    }

    /** The catalogue page for a search; parameters come in pairs of name and value. */
    private String search(String... parameters) throws Exception {
        MockHttpServletRequestBuilder request = get("/procedures");
        for (int i = 0; i < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        return page(request);
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    @Test
    void findsTheExtractCopyFromWordsWithoutAccentsAndFromATypo() throws Exception {
        for (String query : new String[] { "trich luc", "trích lục", "TRICH LUC", "ban sao trich luc", "trich lucc" }) {
            String html = search("q", query);
            assertThat(html).as(query).contains("id=\"procedure-2.000635\"", "Cấp bản sao trích lục hộ tịch");
            assertThat(html).as(query).doesNotContain("id=\"no-result\"");
        }
        assertThat(search("q", "ban sao trich luc")).contains("Tìm thấy 1 thủ tục phù hợp.");
    }

    @Test
    void saysClearlyWhenNothingMatches() throws Exception {
        String html = search("q", "giay phep xay dung");
        assertThat(html).contains("id=\"no-result\"", "Không tìm thấy thủ tục nào phù hợp.")
                .doesNotContain("id=\"procedure-2.000635\"", "id=\"result-count\"");
        assertThat(html).as("the words stay in the box").contains("value=\"giay phep xay dung\"");
    }

    @Test
    void filtersByFieldAndAgencyWithSelectsThatKeepTheirChoice() throws Exception {
        String civilStatus = search("q", "", "field", "Hộ tịch", "agency", "");
        assertThat(civilStatus).contains("id=\"procedure-2.000635\"", "id=\"procedure-HCM.LT.01\"", "Tìm thấy 2 thủ tục")
                .doesNotContain("id=\"procedure-HCM.HKD.01\"")
                .contains("<option value=\"Hộ tịch\" selected=\"selected\">Hộ tịch</option>");
        String benThanh = search("agency", "H29.12.05", "field", "Hộ tịch", "q", "khai sinh");
        assertThat(benThanh).contains("id=\"procedure-HCM.LT.01\"", "Tìm thấy 1 thủ tục")
                .contains("<option value=\"H29.12.05\" selected=\"selected\">Ủy ban nhân dân phường Bến Thành</option>");
        assertThat(search("agency", "H29.12.07")).contains("id=\"no-result\"");
    }

    @Test
    void anEmptySearchListsTheWholeCatalogue() throws Exception {
        assertThat(page("/procedures")).contains("Danh mục có 3 thủ tục.", "id=\"procedure-2.000635\"",
                "id=\"procedure-HCM.LT.01\"", "id=\"procedure-HCM.HKD.01\"").doesNotContain("id=\"search-clear\"");
    }

    @Test
    void theHomePageCarriesTheSearchFormAndTheLookupLink() throws Exception {
        String html = page("/");
        assertThat(html).contains("role=\"search\"", "action=\"/procedures\"", "method=\"get\"", "<label for=\"search-q\"",
                "<label for=\"search-agency\"", "<label for=\"search-field\"", "href=\"/lookup\"",
                "id=\"procedure-2.000635\"");
        assertThat(page("/?lang=en")).contains("Search procedures", "Look up a dossier");
    }

    @Test
    void aSearchIsOneSqlStatementAndThePageCostsTheSameForAnyNumberOfResults() throws Exception {
        long search = ThreadStatements.count(() -> assertThat(catalog.search(new CatalogQuery("trich lucc", "H29.12.05",
                "Hộ tịch"), PageRequest.of(0, 20)).getTotalElements()).isEqualTo(1));
        assertThat(search).as("statements of one search").isEqualTo(1);

        long forAll = ThreadStatements.count(() -> page(get("/procedures")));
        long forOne = ThreadStatements.count(() -> page(get("/procedures").param("q", "trich luc")));
        long forNone = ThreadStatements.count(() -> page(get("/procedures").param("q", "xyzxyz")));
        System.out.printf("GET /procedures: %d SQL statements for 3 results, %d for 1, %d for none%n", forAll, forOne,
                forNone);
        assertThat(forAll).as("the filters' choices, then the search").isEqualTo(2);
        assertThat(forOne).isEqualTo(forAll);
        assertThat(forNone).isEqualTo(forAll);
    }
}

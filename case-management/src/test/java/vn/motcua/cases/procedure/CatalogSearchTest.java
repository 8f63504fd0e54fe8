package vn.motcua.cases.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

/** Searching the seed catalogue on PostgreSQL with unaccent and pg_trgm. */
@SpringBootTest
class CatalogSearchTest {

    private static final String EXTRACT = "2.000635";
    private static final String BIRTH = "HCM.LT.01";
    private static final String BUSINESS = "HCM.HKD.01";

    @Autowired CatalogSearch catalog;

    private List<String> codes(String text, String agency, String field) {
        return catalog.search(new CatalogQuery(text, agency, field), PageRequest.of(0, 20)).map(CatalogEntry::code)
                .getContent();
    }

    private List<String> codes(String text) {
        return codes(text, null, null);
    }

    @Test
    void findsTheExtractCopyWithOrWithoutAccentsInAnyCase() {
        assertThat(codes("trích lục")).first().isEqualTo(EXTRACT);
        assertThat(codes("trich luc")).first().isEqualTo(EXTRACT);
        assertThat(codes("TRICH LUC")).first().isEqualTo(EXTRACT);
        assertThat(codes("  ban   sao trich luc ")).containsExactly(EXTRACT);
        assertThat(codes("Cấp bản sao trích lục hộ tịch")).containsExactly(EXTRACT);
    }

    @Test
    void toleratesATypo() {
        assertThat(codes("trich lucc")).first().isEqualTo(EXTRACT);
        assertThat(codes("dang ky ho kinh doan")).first().isEqualTo(BUSINESS);
    }

    @Test
    void ranksTheExactSubstringBeforeWhatOnlyResemblesIt() {
        // "hộ tịch" is the field of two procedures, and the name of neither: both match exactly, alphabetically after.
        assertThat(codes("ho tich")).containsExactly(EXTRACT, BIRTH);
        // "khai sinh" is in the birth procedure's name; nothing else should come before it.
        assertThat(codes("khai sinh")).first().isEqualTo(BIRTH);
    }

    @Test
    void answersNothingForTextNoProcedureResembles() {
        assertThat(codes("giấy phép xây dựng")).isEmpty();
        assertThat(codes("%")).isEmpty();
        assertThat(codes("_")).isEmpty();
    }

    /** Without text, procedures come in the order of their codes. */
    @Test
    void anEmptyQueryListsEveryProcedureWithItsReceivingAgency() {
        Page<CatalogEntry> all = catalog.search(CatalogQuery.all(), PageRequest.of(0, 20));
        assertThat(all.getTotalElements()).isEqualTo(3);
        assertThat(all.getContent()).extracting(CatalogEntry::code).containsExactly(EXTRACT, BUSINESS, BIRTH);
        assertThat(all.getContent().get(0).agencyName()).isEqualTo("Ủy ban nhân dân phường Bến Thành");
        assertThat(all.getContent().get(0).onlineLevel()).isEqualTo(OnlineLevel.FULL);
    }

    @Test
    void filtersByFieldAndByAgencyAndBoth() {
        assertThat(codes("", null, "Hộ tịch")).containsExactly(EXTRACT, BIRTH);
        assertThat(codes("", "H29.12.05", null)).containsExactly(EXTRACT, BUSINESS, BIRTH);
        assertThat(codes("", "H29.12.07", null)).isEmpty();
        assertThat(codes("trich luc", "H29.12.05", "Hộ tịch")).containsExactly(EXTRACT);
        assertThat(codes("trich luc", "H29.12.05", "Thành lập và hoạt động của hộ kinh doanh")).isEmpty();
        assertThat(codes("trich luc", "H29.12.07", "Hộ tịch")).isEmpty();
    }

    @Test
    void pagesCountEveryMatch() {
        Page<CatalogEntry> first = catalog.search(CatalogQuery.all(), PageRequest.of(0, 2));
        assertThat(first.getContent()).hasSize(2);
        assertThat(first.getTotalElements()).isEqualTo(3);
        assertThat(first.getTotalPages()).isEqualTo(2);
        assertThat(catalog.search(CatalogQuery.all(), PageRequest.of(1, 2)).getContent()).extracting(CatalogEntry::code)
                .containsExactly(BIRTH);
    }

    @Test
    void offersTheReceivingAgenciesAndTheFieldsAsFilters() {
        CatalogFilters filters = catalog.filters();
        assertThat(filters.agencies()).containsExactly(
                new CatalogFilters.AgencyOption("H29.12.05", "Ủy ban nhân dân phường Bến Thành"));
        assertThat(filters.fields()).containsExactly("Hộ tịch", "Thành lập và hoạt động của hộ kinh doanh");
    }

    @Test
    void truncatesOverlongText() {
        assertThat(new CatalogQuery("a".repeat(500), " ", null).text()).hasSize(CatalogQuery.MAX_TEXT);
        assertThat(new CatalogQuery("a".repeat(500), " ", null).agencyCode()).isNull();
    }
}

package vn.motcua.documents.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

import vn.motcua.documents.IssuingAuthority;
import vn.motcua.documents.OfficialDocument;
import vn.motcua.documents.testing.PdfText;
import vn.motcua.documents.testing.SampleDocuments;

class OfficialDocumentRendererTest {

    private final OfficialDocumentRenderer renderer = new OfficialDocumentRenderer();

    @Test
    void rendersAnA4PageWithTheSignatureRoomInsideIt() throws Exception {
        RenderedPdf rendered = renderer.render(SampleDocuments.receipt());

        try (PDDocument document = Loader.loadPDF(rendered.content())) {
            PDRectangle page = document.getPage(0).getMediaBox();
            assertThat(page.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), offset(1f));
            assertThat(page.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), offset(1f));
            assertThat(rendered.signaturePage()).isEqualTo(document.getNumberOfPages());
        }
        assertThat(rendered.signatureArea().getLeft()).isGreaterThan(PDRectangle.A4.getWidth() / 2);
        assertThat(rendered.signatureArea().getRight()).isLessThan(PDRectangle.A4.getWidth());
        assertThat(rendered.signatureArea().getBottom()).isGreaterThan(0);
        assertThat(rendered.signatureArea().getHeight()).isGreaterThan(40);
    }

    @Test
    void writesDayAndMonthWithTwoDigitsAndUppercasesTheAuthority() {
        OfficialDocument sample = SampleDocuments.receipt();
        OfficialDocument document = new OfficialDocument(new OfficialDocument.Letterhead(
                new IssuingAuthority("Ủy ban nhân dân Thành phố Hồ Chí Minh",
                        "Ủy ban nhân dân phường Bến Thành", "H29.12.05"),
                "12/QĐ", "Thành phố Hồ Chí Minh", LocalDate.of(2026, 1, 5)), "QUYẾT ĐỊNH", null, null,
                sample.closing());

        String text = PdfText.of(renderer.render(document).content());

        assertThat(text).contains("ngày 05 tháng 01 năm 2026", "ỦY BAN NHÂN DÂN PHƯỜNG BẾN THÀNH", "QUYẾT ĐỊNH",
                "Số: 12/QĐ");
    }

    @Test
    void refusesADocumentWithoutSignatory() {
        OfficialDocument sample = SampleDocuments.receipt();
        OfficialDocument unsigned = new OfficialDocument(sample.letterhead(), sample.title(), null,
                new OfficialDocument.Body(List.of(), List.of()),
                new OfficialDocument.Closing(null, sample.verificationUrl()));

        assertThatThrownBy(() -> renderer.render(unsigned)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("signatory");
    }
}

package vn.motcua.documents.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.motcua.documents.DocumentLine;
import vn.motcua.documents.DocumentTable;
import vn.motcua.documents.OfficialDocument;
import vn.motcua.documents.testing.TemplateSamples;

/** The wording of the templates, without rendering. */
class TemplatesTest {

    @Test
    void theControlSlipMarksEachHandoverOnTimeLateOrInProgress() {
        OfficialDocument slip = Templates.render(TemplateSamples.controlSlip());

        DocumentTable handovers = slip.tables().get(0);
        assertThat(handovers.headers()).last().isEqualTo("Kết quả");
        assertThat(handovers.rows()).extracting(row -> row.get(row.size() - 1))
                .containsExactly("Đúng hạn", "Trễ hạn", "Đang xử lý");
        assertThat(handovers.rows().get(1)).contains("Công an phường Bến Thành\nThượng úy Đặng Hữu Nghĩa",
                "11:30 ngày 23/11/2026", "17:00 ngày 25/11/2026", "09:40 ngày 26/11/2026");
    }

    @Test
    void aStepDoneExactlyAtItsDueTimeIsOnTime() {
        Instant due = Instant.parse("2026-11-25T10:00:00Z");

        Handover handover = new Handover("A", "a", "B", "b", due.minusSeconds(3600), due, due);

        assertThat(ProcessingSlips.outcome(handover)).isEqualTo("Đúng hạn");
        assertThat(ProcessingSlips.outcome(new Handover("A", "a", "B", "b", due.minusSeconds(3600), due,
                due.plusSeconds(60)))).isEqualTo("Trễ hạn");
    }

    @Test
    void timesAreShownInHoChiMinhCity() {
        assertThat(Formats.dateTime(Instant.parse("2026-11-26T02:15:00Z"))).isEqualTo("09:15 ngày 26/11/2026");
        assertThat(Formats.dateTime(Instant.parse("2026-11-26T17:05:00Z"))).isEqualTo("00:05 ngày 27/11/2026");
        assertThat(Formats.date(LocalDate.of(2026, 1, 5))).isEqualTo("05/01/2026");
    }

    @Test
    void moneyIsGroupedWithDots() {
        assertThat(Formats.money(150_000_000)).isEqualTo("150.000.000 đồng");
        assertThat(Formats.money(8_000)).isEqualTo("8.000 đồng");
        assertThat(Formats.money(999)).isEqualTo("999 đồng");
        assertThat(Formats.money(0)).isEqualTo("0 đồng");
        assertThat(Formats.money(1_234_567_890_123L)).isEqualTo("1.234.567.890.123 đồng");
    }

    @Test
    void theReceiptListsEachDocumentWithItsCounts() {
        OfficialDocument receipt = Templates.render(TemplateSamples.receiptSlip());

        assertThat(receipt.title()).isEqualTo("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ");
        assertThat(receipt.subtitle()).isEqualTo("Mã hồ sơ: H29.12.05-261126-0007");
        assertThat(receipt.tables().get(0).rows()).containsExactly(
                List.of("1", "Tờ khai đề nghị cấp bản sao trích lục hộ tịch", "1", "0", "0"),
                List.of("2", "Giấy ủy quyền có chứng thực chữ ký", "1", "0", "0"),
                List.of("3", "Căn cước của người được ủy quyền", "0", "1", "1"));
        assertThat(receipt.lines()).contains(
                new DocumentLine("Thời gian trả kết quả giải quyết hồ sơ (ngày hẹn trả)", "16:30 ngày 27/11/2026"));
        assertThat(receipt.paragraphs()).anyMatch(text -> text.contains("quét mã QR")
                && text.contains("H29.12.05-261126-0007"));
    }

    @Test
    void optionalValuesThatAreMissingLeaveNoEmptyLine() {
        BirthRegistrationExtract sample = TemplateSamples.birthRegistrationExtract();
        BirthRegistrationExtract withoutFather = new BirthRegistrationExtract(sample.header(), sample.dossierCode(),
                sample.childName(), sample.birthDate(), sample.gender(), sample.birthplace(), sample.ethnicity(),
                sample.nationality(), sample.personalIdentityNumber(), new Parent("Lê Thị Hồng Nhung", null), null,
                sample.registrationNumber(), sample.registrationDate());
        StopProcessingSlip stop = TemplateSamples.stopProcessingSlip();
        StopProcessingSlip withoutBasis = new StopProcessingSlip(stop.header(), stop.dossierCode(), stop.applicant(),
                stop.procedureName(), stop.reason(), " ");

        assertThat(Templates.render(withoutFather).lines()).extracting(DocumentLine::label)
                .doesNotContain("Họ, chữ đệm, tên người cha", "Số định danh cá nhân của người mẹ")
                .contains("Họ, chữ đệm, tên người mẹ");
        assertThat(Templates.render(withoutBasis).lines()).extracting(DocumentLine::label)
                .doesNotContain("Căn cứ pháp lý");
        assertThat(Templates.render(TemplateSamples.supplementRequestSlip()).lines()).extracting(DocumentLine::label)
                .doesNotContain("Thư điện tử");
    }

    @Test
    void aSupplementRequestWithoutDeadlineSaysOnlyThatTheClockPauses() {
        SupplementRequestSlip sample = TemplateSamples.supplementRequestSlip();
        SupplementRequestSlip open = new SupplementRequestSlip(sample.header(), sample.dossierCode(),
                sample.applicant(), sample.procedureName(), sample.items(), null, sample.staff());

        assertThat(Templates.render(sample).paragraphs().get(0)).contains("đến hết ngày 03/12/2026");
        assertThat(Templates.render(open).paragraphs()).noneMatch(text -> text.contains("Thời hạn"))
                .anyMatch(text -> text.contains("tạm dừng"));
        assertThat(Templates.render(open).paragraphs()).last().asString()
                .contains("Võ Minh Tuấn", "028 3829 1234", "tuan.vm@benthanh.example.vn");
    }

    @Test
    void theExtractCopyIsTitledByTheKindOfRecord() {
        CivilStatusExtractCopy copy = TemplateSamples.civilStatusExtractCopy();

        OfficialDocument document = Templates.render(copy);

        assertThat(document.title()).isEqualTo("BẢN SAO TRÍCH LỤC HỘ TỊCH");
        assertThat(document.subtitle()).isEqualTo("Trích lục khai sinh");
        assertThat(document.lines()).contains(new DocumentLine("Giới tính", "Nữ"),
                new DocumentLine("Số bản sao được cấp", "2"));
        assertThat(document.number()).isEqualTo(copy.header().number());
        assertThat(document.verificationUrl()).isEqualTo(copy.header().verificationUrl());
    }

    @Test
    void inputThatMakesNoSenseIsRefused() {
        ApologySlip apology = TemplateSamples.apologySlip();

        assertThatThrownBy(() -> new ApologySlip(apology.header(), apology.dossierCode(), apology.applicant(),
                apology.procedureName(), apology.receivedAt(), apology.originalDueAt(), apology.delayReason(),
                apology.originalDueAt())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReceivedDocument("Tờ khai", -1, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DocumentTable("Bảng", List.of("A", "B"), List.of(List.of("chỉ một ô"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RefusalSlip(apology.header(), "X", apology.applicant(), "Thủ tục", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

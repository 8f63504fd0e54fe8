package vn.motcua.documents.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.motcua.documents.DocumentTable;
import vn.motcua.documents.fonts.FontSet;

class BodyTablesTest {

    private static final float WIDTH = 467;
    private final Typography type = Typography.create(FontSet.borrow());

    @Test
    void aTableThatFitsOnOneLineSharesTheWidthByContent() {
        DocumentTable table = new DocumentTable(null, List.of("STT", "Tên ngành", "Mã ngành"),
                List.of(List.of("1", "Dịch vụ phục vụ đồ uống", "5630")));

        float[] widths = BodyTables.widths(table, type, WIDTH);

        assertThat(sum(widths)).isCloseTo(WIDTH, offset(0.01f));
        assertThat(widths[1]).isGreaterThan(widths[0]).isGreaterThan(widths[2]);
    }

    @Test
    void everyColumnKeepsRoomForItsWidestWordWhenTextMustWrap() {
        String longText = "Cha mẹ chọn họ của mẹ nhưng chưa có văn bản thỏa thuận lựa chọn họ cho con theo quy định "
                + "của Luật Hộ tịch và các văn bản hướng dẫn thi hành";
        DocumentTable table = new DocumentTable(null, List.of("STT", "Thời gian", "Lý do"),
                List.of(List.of("1", "23/11/2026", longText), List.of("2", "H29.12.05-261120-0007", longText)));

        float[] widths = BodyTables.widths(table, type, WIDTH);

        float code = type.tableText().getBaseFont().getWidthPoint("H29.12.05-261120-0007", BodyTables.TEXT_SIZE);
        float heading = type.tableHeader().getBaseFont().getWidthPoint("STT", BodyTables.TEXT_SIZE);
        assertThat(sum(widths)).isCloseTo(WIDTH, offset(0.01f));
        assertThat(widths[1]).isGreaterThan(code);
        assertThat(widths[0]).isGreaterThan(heading);
        assertThat(widths[2]).isGreaterThan(WIDTH / 2);
    }

    private static float sum(float[] values) {
        float total = 0;
        for (float value : values) {
            total += value;
        }
        return total;
    }
}

package vn.motcua.documents.templates;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.motcua.documents.IssuingAuthority;

/**
 * Every value of a template's input as the document must show it, found by walking the record: strings as given,
 * dates dd/MM/yyyy, times "HH:mm ngày dd/MM/yyyy" in Asia/Ho_Chi_Minh, money "1.500.000 đồng", enums by their label,
 * the issuer's names in capitals, the header's date as "ngày dd tháng MM năm yyyy". The verification URL is left
 * out: it is read back from the QR code, and the printed copy under it may wrap anywhere. White space is collapsed, as
 * {@link vn.motcua.documents.testing.PdfText} does.
 */
final class InputStrings {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private InputStrings() {
    }

    static List<String> of(Record input) {
        List<String> strings = new ArrayList<>();
        walk(input, strings);
        return strings.stream().map(text -> text.replaceAll("\\s+", " ").trim()).filter(text -> !text.isEmpty())
                .distinct().toList();
    }

    private static void walk(Object value, List<String> strings) {
        if (value == null) {
            return;
        }
        if (value instanceof String text) {
            strings.add(text);
        } else if (value instanceof LocalDate date) {
            strings.add(DateTimeFormatter.ofPattern("dd/MM/yyyy").format(date));
        } else if (value instanceof Instant time) {
            strings.add(DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy").format(time.atZone(ZONE)));
        } else if (value instanceof Long money) {
            strings.add(String.format(Locale.GERMANY, "%,d đồng", money));
        } else if (value instanceof Integer count) {
            strings.add(count.toString());
        } else if (value instanceof Enum<?> constant) {
            strings.add(label(constant));
        } else if (value instanceof List<?> list) {
            list.forEach(element -> walk(element, strings));
        } else if (value instanceof IssuingAuthority issuer) {
            strings.add(issuer.superiorName().toUpperCase(VIETNAMESE));
            strings.add(issuer.name().toUpperCase(VIETNAMESE));
        } else if (value instanceof DocumentHeader header) {
            walk(header.issuer(), strings);
            strings.add("Số: " + header.number());
            strings.add(header.place() + ", "
                    + DateTimeFormatter.ofPattern("'ngày' dd 'tháng' MM 'năm' yyyy").format(header.date()));
            strings.add(header.signatory().title());
            strings.add(header.signatory().fullName());
        } else if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                walk(read(component, record), strings);
            }
        } else {
            throw new IllegalArgumentException("no expected text for " + value.getClass());
        }
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String label(Enum<?> constant) {
        try {
            return (String) constant.getClass().getMethod("label").invoke(constant);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no label() on " + constant.getClass(), e);
        }
    }
}

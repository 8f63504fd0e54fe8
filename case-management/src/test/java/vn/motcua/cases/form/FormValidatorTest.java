package vn.motcua.cases.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class FormValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    private static final Places PLACES = new Places() {
        @Override
        public Optional<String> provinceName(String code) {
            return "79".equals(code) ? Optional.of("Thành phố Hồ Chí Minh") : "01".equals(code) ? Optional.of("Thành phố Hà Nội") : Optional.empty();
        }

        @Override
        public Optional<String> wardName(String ward, String province) {
            return "79".equals(province) && "26743".equals(ward) ? Optional.of("Phường Bến Thành") : Optional.empty();
        }
    };

    private final FormValidator validator = new FormValidator(PLACES, TODAY);

    private static Map<String, Object> text(String vi) {
        return Map.of("vi", vi, "en", vi);
    }

    private static Map<String, Object> field(String key, String type, Object... attributes) {
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("key", key);
        field.put("type", type);
        field.put("label", text(key));
        for (int i = 0; i < attributes.length; i += 2) {
            field.put((String) attributes[i], attributes[i + 1]);
        }
        return field;
    }

    private static FormDefinition form(Map<String, Object>... fields) {
        return FormDefinition.parse(Map.of("steps", List.of(Map.of("key", "one", "title", text("Một"), "fields", List.of(fields)))));
    }

    private List<FormProblem> check(FormDefinition form, Map<String, Object> data) {
        return validator.validate(form, data, Set.of());
    }

    private static Map<String, Object> data(Object... pairs) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            data.put((String) pairs[i], pairs[i + 1]);
        }
        return data;
    }

    @Test
    void aRequiredTextMustBeFilledAndBlankSpaceDoesNotCount() {
        FormDefinition form = form(field("name", "text", "required", true));
        assertThat(check(form, data("name", "   "))).containsExactly(new FormProblem("name", "form.required", List.of()));
        assertThat(check(form, data())).extracting(FormProblem::key).containsExactly("form.required");
        assertThat(check(form, data("name", "An"))).isEmpty();
    }

    @Test
    void anOptionalEmptyFieldOfAnyTypeIsFine() {
        FormDefinition form = form(field("t", "text"), field("n", "number", "min", 1), field("d", "date", "date", "past"),
                field("c", "choice", "options", List.of(Map.of("value", "a", "label", text("A")))), field("i", "identity"),
                field("a", "address"));
        assertThat(check(form, data("t", "", "n", "", "d", "", "c", "", "i", "", "a", Map.of("province", "", "ward", "", "street", "")))).isEmpty();
    }

    @Test
    void textIsLimitedToItsMaximumLengthWhichDefaultsTo500() {
        FormDefinition form = form(field("short", "text", "maxLength", 100), field("plain", "text"));
        assertThat(check(form, data("short", "A".repeat(100), "plain", "B".repeat(500)))).isEmpty();
        assertThat(check(form, data("short", "A".repeat(101), "plain", "B".repeat(501))))
                .containsExactly(new FormProblem("short", "form.tooLong", List.of(100)),
                        new FormProblem("plain", "form.tooLong", List.of(500)));
    }

    @Test
    void tenThousandCharactersAreRefusedWithTheLimitNotAnException() {
        FormDefinition form = form(field("purpose", "text", "maxLength", 2000), field("n", "number"), field("i", "identity"));
        String huge = "9".repeat(10_000);
        assertThat(check(form, data("purpose", huge, "n", huge, "i", huge))).extracting(FormProblem::path, FormProblem::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("purpose", "form.tooLong"),
                        org.assertj.core.groups.Tuple.tuple("n", "form.tooLong"),
                        org.assertj.core.groups.Tuple.tuple("i", "form.tooLong"));
    }

    @Test
    void scriptAndMarkupAreAcceptedAsPlainTextAndKeptVerbatim() {
        FormDefinition form = form(field("purpose", "text"));
        String markup = "<script>alert('x')</script><b>đậm</b> & \"trích dẫn\"";
        assertThat(check(form, data("purpose", markup))).isEmpty();
        assertThat(validator.normalize(form, data("purpose", markup))).containsEntry("purpose", markup);
    }

    @Test
    void aDefinitionMayNotAllowMoreThan2000Characters() {
        assertThatThrownBy(() -> form(field("t", "text", "maxLength", 2001))).isInstanceOf(InvalidFormDefinitionException.class);
    }

    @Test
    void textFormatsCheckPhoneEmailAndNames() {
        FormDefinition form = form(field("phone", "text", "format", "phone"), field("email", "text", "format", "email"),
                field("name", "text", "format", "name"));
        assertThat(check(form, data("phone", "0901234567", "email", "an@example.vn", "name", "Nguyễn Văn An"))).isEmpty();
        assertThat(check(form, data("phone", "12345", "email", "an@", "name", "An <b>")))
                .extracting(FormProblem::key).containsExactly("form.phone.invalid", "form.email.invalid", "form.name.letters");
    }

    @Test
    void numbersAreWholeAndWithinTheirBounds() {
        FormDefinition form = form(field("copies", "number", "min", 1, "max", 20), field("capital", "number", "min", 0),
                field("share", "number", "max", 100));
        assertThat(check(form, data("copies", "1", "capital", "1.500.000", "share", "100"))).isEmpty();
        assertThat(check(form, data("copies", "21", "capital", "-1", "share", "101")))
                .containsExactly(new FormProblem("copies", "form.number.range", List.of(1L, 20L)),
                        new FormProblem("capital", "form.number.min", List.of(0L)),
                        new FormProblem("share", "form.number.max", List.of(100L)));
        assertThat(check(form, data("copies", "0", "capital", "2,5", "share", "abc"))).extracting(FormProblem::key)
                .containsExactly("form.number.range", "form.number", "form.number");
        assertThat(validator.normalize(form, data("copies", " 2 ", "capital", "1.500.000", "share", "")))
                .containsEntry("copies", 2L).containsEntry("capital", 1_500_000L).containsEntry("share", "");
    }

    @Test
    void pastOnlyAndFutureOnlyDates() {
        FormDefinition form = form(field("born", "date", "date", "past"), field("appointment", "date", "date", "future"),
                field("any", "date"));
        assertThat(check(form, data("born", "2026-03-10", "appointment", "2026-03-10", "any", "1800-01-01"))).isEmpty();
        assertThat(check(form, data("born", "2026-03-11", "appointment", "2026-03-09", "any", "10/03/2026")))
                .extracting(FormProblem::key).containsExactly("form.date.range", "form.date.future", "form.date");
        assertThat(check(form, data("born", "1870-01-01"))).extracting(FormProblem::key).containsExactly("form.date.range");
    }

    @Test
    void aChoiceMustBeOneOfItsOptions() {
        FormDefinition form = form(field("gender", "choice", "required", true, "options",
                List.of(Map.of("value", "male", "label", text("Nam")), Map.of("value", "female", "label", text("Nữ")))));
        assertThat(check(form, data("gender", "female"))).isEmpty();
        assertThat(check(form, data("gender", "other"))).extracting(FormProblem::key).containsExactly("form.choice");
    }

    @Test
    void anIdentityNumberHasTwelveDigitsAndAgreesWithTheLinkedBirthDateAndGender() {
        FormDefinition form = form(field("born", "date"),
                field("gender", "choice", "options", List.of(Map.of("value", "male", "label", text("Nam")), Map.of("value", "female", "label", text("Nữ")))),
                field("id", "identity", "birthDateField", "born", "genderField", "gender"));
        assertThat(check(form, data("born", "1995-08-20", "gender", "female", "id", "079195005678"))).isEmpty();
        assertThat(check(form, data("born", "1995-08-20", "gender", "female", "id", "07919500567")))
                .containsExactly(new FormProblem("id", "form.idNumber.FORMAT", List.of()));
        assertThat(check(form, data("born", "1996-08-20", "gender", "female", "id", "079195005678")))
                .extracting(FormProblem::key).containsExactly("form.idNumber.BIRTH_YEAR");
        assertThat(check(form, data("born", "1995-08-20", "gender", "male", "id", "079195005678")))
                .extracting(FormProblem::key).containsExactly("form.idNumber.GENDER");
    }

    @Test
    void anIdentityNumberWithAFixedGender() {
        FormDefinition form = form(field("motherId", "identity", "gender", "female"));
        assertThat(check(form, data("motherId", "079195005678"))).isEmpty();
        assertThat(check(form, data("motherId", "079090001234"))).extracting(FormProblem::key).containsExactly("form.idNumber.GENDER");
    }

    @Test
    void anAddressNamesAProvinceAWardOfThatProvinceAndAStreet() {
        FormDefinition form = form(field("place", "address", "required", true));
        assertThat(check(form, data("place", Map.of("province", "79", "ward", "26743", "street", "45 Lê Thánh Tôn")))).isEmpty();
        assertThat(check(form, data("place", Map.of("province", "01", "ward", "26743", "street", ""))))
                .containsExactly(new FormProblem("place.ward", "form.address.ward", List.of()),
                        new FormProblem("place.street", "form.required", List.of()));
        assertThat(check(form, data("place", Map.of("province", "99", "ward", "", "street", "x"))))
                .extracting(FormProblem::path).containsExactly("place.province");
        assertThat(validator.normalize(form, data("place", Map.of("province", "79", "ward", "26743", "street", " 45 Lê Thánh Tôn "))))
                .containsEntry("place", Map.of("province", "79", "provinceName", "Thành phố Hồ Chí Minh", "ward", "26743",
                        "wardName", "Phường Bến Thành", "street", "45 Lê Thánh Tôn"));
    }

    @Test
    void aRepeatingGroupHasItsBoundsAndEachItemIsCheckedWithItsPath() {
        FormDefinition form = form(field("members", "group", "minItems", 1, "maxItems", 3, "fields", List.of(
                field("name", "text", "required", true), field("idNumber", "identity", "required", true),
                field("share", "number", "min", 0, "max", 100))));
        assertThat(check(form, data("members", List.of()))).containsExactly(new FormProblem("members", "form.group.min", List.of(1)));
        List<Map<String, String>> four = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            four.add(Map.of("name", "An", "idNumber", "079090001234", "share", "25"));
        }
        assertThat(check(form, data("members", four))).containsExactly(new FormProblem("members", "form.group.max", List.of(3)));
        assertThat(check(form, data("members", List.of(Map.of("name", "An", "idNumber", "079090001234", "share", "50"),
                Map.of("name", "", "idNumber", "079090001234", "share", "50"),
                Map.of("name", "Bích", "idNumber", "12", "share", "150")))))
                .containsExactly(new FormProblem("members[1].name", "form.required", List.of()),
                        new FormProblem("members[2].idNumber", "form.idNumber.FORMAT", List.of()),
                        new FormProblem("members[2].share", "form.number.range", List.of(0L, 100L)));
    }

    @Test
    void groupsHoldSimpleFieldsOnlyAndKeysAreUnique() {
        assertThatThrownBy(() -> form(field("g", "group", "fields", List.of(field("a", "address")))))
                .isInstanceOf(InvalidFormDefinitionException.class);
        assertThatThrownBy(() -> form(field("a", "text"), field("a", "number"))).isInstanceOf(InvalidFormDefinitionException.class);
        assertThatThrownBy(() -> form(field("a", "colour"))).isInstanceOf(InvalidFormDefinitionException.class);
        assertThatThrownBy(() -> form(field("id", "identity", "birthDateField", "nowhere")))
                .isInstanceOf(InvalidFormDefinitionException.class);
    }

    @Test
    void verifiedFieldsAreNotTheCitizensToFix() {
        FormDefinition form = form(field("name", "text", "required", true, "prefill", "fullName"));
        assertThat(validator.validate(form, data("name", ""), Set.of("name"))).isEmpty();
        assertThat(validator.validate(form, data("name", ""), Set.of())).extracting(FormProblem::key).containsExactly("form.required");
    }

    @Test
    void addingAndRemovingItemsKeepsTheBounds() {
        FormDefinition form = form(field("lines", "group", "minItems", 1, "maxItems", 2, "fields", List.of(field("code", "text"))));
        Map<String, Object> data = form.emptyData();
        assertThat(FormData.items(data, "lines")).hasSize(1);
        data = FormData.withItemAdded(form, data, "lines");
        assertThat(FormData.items(data, "lines")).hasSize(2);
        assertThat(FormData.withItemAdded(form, data, "lines")).isNull();
        assertThat(FormData.items(FormData.withItemRemoved(form, data, "lines", 0), "lines")).hasSize(1);
        assertThat(FormData.items(FormData.withItemRemoved(form, data, "lines", 7), "lines")).hasSize(2);
    }
}

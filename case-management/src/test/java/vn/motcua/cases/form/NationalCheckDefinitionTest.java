package vn.motcua.cases.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class NationalCheckDefinitionTest {

    private static Map<String, Object> text(String vi) {
        return Map.of("vi", vi, "en", vi);
    }

    private static FormDefinition form(Map<String, Object> field) {
        return FormDefinition.parse(Map.of("steps", List.of(Map.of("key", "one", "title", text("Một"), "fields",
                List.of(field)))));
    }

    @Test
    void aTextFieldNamesItsNationalCheck() {
        Field name = form(Map.of("key", "businessName", "type", "text", "label", text("Tên"), "check",
                "businessNameAvailable")).steps().get(0).fields().get(0);

        assertThat(name.check()).isEqualTo(NationalCheck.BUSINESS_NAME_AVAILABLE);
    }

    @Test
    void anUnknownCheckOrACheckOnAnotherKindOfFieldIsRefused() {
        assertThatThrownBy(() -> form(Map.of("key", "name", "type", "text", "label", text("Tên"), "check", "psychic")))
                .isInstanceOf(InvalidFormDefinitionException.class).hasMessageContaining("Unknown check of name");
        assertThatThrownBy(() -> form(Map.of("key", "capital", "type", "number", "label", text("Vốn"), "check",
                "businessNameAvailable"))).isInstanceOf(InvalidFormDefinitionException.class);
        assertThatThrownBy(() -> form(Map.of("key", "lines", "type", "group", "label", text("Ngành"), "fields",
                List.of(Map.of("key", "name", "type", "text", "label", text("Tên"), "check", "businessNameAvailable")))))
                .isInstanceOf(InvalidFormDefinitionException.class);
    }
}

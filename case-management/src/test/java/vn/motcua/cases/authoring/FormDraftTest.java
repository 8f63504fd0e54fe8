package vn.motcua.cases.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.motcua.cases.form.Field;
import vn.motcua.cases.form.FieldType;
import vn.motcua.cases.form.FormDefinition;

/** The form editor's changes: each applies whole when its rules can hold, and is refused with named problems when not. */
class FormDraftTest {

    private final FormDraft form = FormDraft.of(FormDraft.starter());

    private static FieldSettings text(String key, String label) {
        return FieldSettings.named(key, label, null);
    }

    private static FieldSettings with(FieldSettings s, String minLength, String maxLength, String pattern, String min,
            String max, String options, String prefill, String defaultValue) {
        return new FieldSettings(s.key(), s.labelVi(), s.labelEn(), "", "", s.required(), minLength, maxLength, pattern,
                "", false, min, max, "", options, prefill, defaultValue, "", "", false);
    }

    private static FieldSettings hidden(String key, boolean required, String defaultValue) {
        return new FieldSettings(key, "Mã loại", "", "", "", required, "", "", "", "", false, "", "", "", "", "", defaultValue,
                "", "", true);
    }

    private static List<String> keys(List<DraftProblem> problems) {
        return problems.stream().map(p -> p.field() + ":" + p.key()).toList();
    }

    @Test
    void aFormOfFourTypesParsesAsTheCitizenFormReadsIt() {
        assertThat(form.addField(0, null, "TEXT", text("fullName", "Họ tên"))).isEmpty();
        assertThat(form.addField(0, null, "NUMBER", text("copies", "Số bản"))).isEmpty();
        assertThat(form.addField(0, null, "DATE", text("eventDate", "Ngày"))).isEmpty();
        assertThat(form.addField(0, null, "CHOICE", text("kind", "Loại"))).isEmpty();
        FieldRef copies = new FieldRef(0, 2, null);
        FieldRef kind = new FieldRef(0, 4, null);
        assertThat(form.updateField(copies, with(text("copies", "Số bản"), "", "", "", "1", "10", "", "", "1"))).isEmpty();
        assertThat(form.updateField(kind, with(text("kind", "Loại"), "", "", "", "", "", "A | Loại A | Kind A\nB | Loại B", "", "")))
                .isEmpty();
        assertThat(form.updateField(new FieldRef(0, 1, null), with(text("fullName", "Họ tên"), "2", "100", "[\\p{L} ]+",
                "", "", "", "fullName", ""))).isEmpty();

        FormDefinition definition = FormDefinition.parse(form.json());
        Field number = definition.field("copies").orElseThrow();
        assertThat(number.min()).isEqualTo(1L);
        assertThat(number.max()).isEqualTo(10L);
        assertThat(definition.field("kind").orElseThrow().options()).extracting(Field.Option::value).containsExactly("A", "B");
        Field name = definition.field("fullName").orElseThrow();
        assertThat(name.minLength()).isEqualTo(2);
        assertThat(name.pattern()).isEqualTo("[\\p{L} ]+");
        assertThat(name.prefill()).isNotNull();
        assertThat(definition.fields().map(Field::key)).containsExactly("phone", "fullName", "copies", "eventDate", "kind");
    }

    @Test
    void aDuplicateKeyIsRefusedAcrossStepsAndNothingIsAdded() {
        assertThat(form.addStep("second", "Bước hai", null)).isEmpty();
        Map<String, Object> before = form.json();

        assertThat(keys(form.addField(1, null, "TEXT", text("phone", "Điện thoại nữa"))))
                .containsExactly("key:authoring.field.key.duplicate");
        assertThat(keys(form.addStep("second", "Lần nữa", null))).containsExactly("stepKey:authoring.step.key.duplicate");
        assertThat(form.json()).isEqualTo(before);
    }

    @Test
    void rulesThatCannotHoldAreRefusedByName() {
        form.addField(0, null, "NUMBER", text("copies", "Số bản"));
        form.addField(0, null, "TEXT", text("code", "Mã"));
        Map<String, Object> before = form.json();

        assertThat(keys(form.updateField(new FieldRef(0, 1, null), with(text("copies", "Số bản"), "", "", "", "10", "1", "", "", ""))))
                .containsExactly("min:authoring.field.range.order");
        assertThat(keys(form.updateField(new FieldRef(0, 2, null), with(text("code", "Mã"), "", "", "[0-9", "", "", "", "", ""))))
                .containsExactly("pattern:authoring.field.pattern.invalid");
        assertThat(keys(form.updateField(new FieldRef(0, 2, null), with(text("code", "Mã"), "20", "10", "", "", "", "", "", ""))))
                .containsExactly("minLength:authoring.field.length.order");
        assertThat(keys(form.updateField(new FieldRef(0, 2, null), with(text("code", "Mã"), "", "", "[0-9]{6}", "", "", "", "", "12"))))
                .as("a default its own pattern refuses").containsExactly("defaultValue:authoring.field.default.invalid");
        assertThat(keys(form.updateField(new FieldRef(0, 2, null), with(text("code", "Mã"), "", "", "", "", "", "", "birthDate", ""))))
                .as("a birth date does not fill a text").containsExactly("prefill:authoring.field.prefill.type");
        assertThat(keys(form.updateField(new FieldRef(0, 2, null), with(text("phone", "Mã"), "", "", "", "", "", "", "", ""))))
                .containsExactly("key:authoring.field.key.duplicate");
        assertThat(keys(form.updateField(new FieldRef(0, 2, null), with(text("code", " "), "", "", "", "", "", "", "", ""))))
                .containsExactly("labelVi:authoring.required");
        assertThat(form.json()).as("nothing was applied").isEqualTo(before);
    }

    @Test
    void aRequiredFieldCannotBeHiddenAndAHiddenFieldCarriesItsDefault() {
        form.addField(0, null, "TEXT", text("subtype", "Mã loại"));
        FieldRef subtype = new FieldRef(0, 1, null);
        Map<String, Object> before = form.json();

        assertThat(keys(form.updateField(subtype, hidden("subtype", true, "A1"))))
                .containsExactly("hidden:authoring.field.hidden.required");
        assertThat(keys(form.updateField(subtype, hidden("subtype", false, ""))))
                .containsExactly("defaultValue:authoring.field.hidden.default");
        assertThat(form.json()).isEqualTo(before);

        assertThat(form.updateField(subtype, hidden("subtype", false, "A1"))).isEmpty();
        FormDefinition definition = FormDefinition.parse(form.json());
        assertThat(definition.field("subtype").orElseThrow().hidden()).isTrue();
        assertThat(definition.emptyData()).containsEntry("subtype", "A1");
        assertThat(new vn.motcua.cases.form.FormValidator(new vn.motcua.cases.form.Places() {
            @Override
            public java.util.Optional<String> provinceName(String code) {
                return java.util.Optional.empty();
            }

            @Override
            public java.util.Optional<String> wardName(String code, String province) {
                return java.util.Optional.empty();
            }
        }, java.time.LocalDate.of(2026, 11, 26)).validate(definition, Map.of("phone", "0901234567"), java.util.Set.of()))
                .as("a hidden field is not the applicant's to fill").isEmpty();
    }

    @Test
    void aChoiceNeedsWellFormedDistinctOptions() {
        form.addField(0, null, "CHOICE", text("kind", "Loại"));
        FieldRef kind = new FieldRef(0, 1, null);
        assertThat(keys(form.problemsOf(kind))).containsExactly("options:authoring.field.options.missing");
        assertThat(keys(form.updateField(kind, with(text("kind", "Loại"), "", "", "", "", "", "A | Một\nA | Hai", "", ""))))
                .containsExactly("options:authoring.field.options.duplicate");
        assertThat(keys(form.updateField(kind, with(text("kind", "Loại"), "", "", "", "", "", "giá trị có dấu | Một", "", ""))))
                .containsExactly("options:authoring.field.options.line");
    }

    @Test
    void stepsAndFieldsMoveAndGroupsHoldSimpleFieldsOnly() {
        form.addField(0, null, "GROUP", text("members", "Thành viên"));
        assertThat(keys(form.addField(0, 1, "ADDRESS", text("home", "Nhà")))).containsExactly("type:authoring.choice");
        assertThat(form.addField(0, 1, "TEXT", text("name", "Tên"))).isEmpty();
        assertThat(form.addField(0, 1, "TEXT", text("phone", "Điện thoại của thành viên")))
                .as("keys in a group are unique in the group only").isEmpty();
        form.moveField(new FieldRef(0, 1, null), -1);
        form.addStep("second", "Bước hai", null);
        form.moveStep(1, -1);

        FormDefinition definition = FormDefinition.parse(form.json());
        assertThat(definition.steps().get(0).key()).isEqualTo("second");
        assertThat(definition.steps().get(1).fields()).extracting(Field::key).containsExactly("members", "phone");
        assertThat(definition.field("members").orElseThrow().type()).isEqualTo(FieldType.GROUP);
        assertThat(definition.field("members").orElseThrow().fields()).extracting(Field::key).containsExactly("name", "phone");

        form.removeField(new FieldRef(1, 0, 0));
        assertThat(FormDefinition.parse(form.json()).field("members").orElseThrow().fields()).extracting(Field::key)
                .containsExactly("phone");
        assertThatThrownBy(() -> form.removeField(new FieldRef(1, 9, null))).isInstanceOf(DraftNotFoundException.class);
    }
}

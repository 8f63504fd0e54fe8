package vn.motcua.documents.fonts;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import com.lowagie.text.pdf.BaseFont;

import vn.motcua.documents.fonts.DocumentFonts.Face;

class DocumentFontsTest {

    private static final String VOWELS = "aăâeêioôơuưy";
    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

    @Test
    void everyFaceHasEveryVietnameseLetterAndTheUsualPunctuation() {
        List<String> letters = new ArrayList<>();
        for (char vowel : VOWELS.toCharArray()) {
            letters.add(String.valueOf(vowel));
            for (char tone : TONES.toCharArray()) {
                letters.add(Normalizer.normalize(vowel + String.valueOf(tone), Normalizer.Form.NFC));
            }
        }
        letters.add("đ");
        String text = String.join("", letters);
        String all = text + text.toUpperCase(Locale.ROOT) + "€–—‘’“”…•№ 0123456789.,;:!?()[]/%&@#*+-=<>";

        for (Face face : Face.values()) {
            BaseFont font = DocumentFonts.font(face);
            List<String> missing = all.codePoints().filter(c -> !font.charExists(c))
                    .mapToObj(Character::toString).toList();
            assertThat(missing).as(face.name()).isEmpty();
        }
        assertThat(letters).hasSize(VOWELS.length() * (TONES.length() + 1) + 1);
    }

    @Test
    void aBorrowedSetIsLentToOneUserAtATime() {
        FontSet first = FontSet.borrow();
        FontSet second = FontSet.borrow();

        assertThat(second).isNotSameAs(first);
        assertThat(second.regular()).isNotSameAs(first.regular());
        first.close();
        FontSet third = FontSet.borrow();
        assertThat(third).isSameAs(first);
        third.close();
        second.close();
    }
}

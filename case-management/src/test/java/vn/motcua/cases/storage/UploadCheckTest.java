package vn.motcua.cases.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.motcua.cases.storage.UploadCheck.FileType;
import vn.motcua.cases.storage.UploadCheck.Problem;

class UploadCheckTest {

    private static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F' };
    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D };

    private final UploadCheck documents = new UploadCheck(64, FileType.DOCUMENTS);

    @Test
    void recognisesTypesByTheirFirstBytes() {
        assertThat(UploadCheck.detect(PDF)).hasValue(FileType.PDF);
        assertThat(UploadCheck.detect(JPEG)).hasValue(FileType.JPEG);
        assertThat(UploadCheck.detect(PNG)).hasValue(FileType.PNG);
        assertThat(UploadCheck.detect("<html><body>%PDF-".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(UploadCheck.detect(new byte[] { '%', 'P' })).as("shorter than any signature").isEmpty();
    }

    @Test
    void acceptsAKnownTypeWithinTheLimit() {
        assertThat(documents.check(PDF)).isEqualTo(new UploadCheck.Verdict(FileType.PDF, null));
        assertThat(documents.check(PNG).accepted()).isTrue();
    }

    @Test
    void refusesEmptyTooLargeAndUnknownFiles() {
        assertThat(documents.check(new byte[0]).problem()).isEqualTo(Problem.EMPTY);
        byte[] large = new byte[65];
        System.arraycopy(PDF, 0, large, 0, PDF.length);
        assertThat(documents.check(large).problem()).isEqualTo(Problem.TOO_LARGE);
        assertThat(documents.check(10_000_000, PDF).problem()).as("judged by the declared size without the bytes")
                .isEqualTo(Problem.TOO_LARGE);
        assertThat(documents.check("MZ\u0090\u0000 an executable".getBytes(StandardCharsets.ISO_8859_1)).problem())
                .isEqualTo(Problem.UNSUPPORTED_TYPE);
        assertThat(new UploadCheck(64, Set.of(FileType.PDF)).check(JPEG).problem())
                .as("a known type this upload does not take").isEqualTo(Problem.UNSUPPORTED_TYPE);
    }
}

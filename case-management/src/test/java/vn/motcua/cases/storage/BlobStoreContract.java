package vn.motcua.cases.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** What every adapter of the storage port does, run against each of them. */
abstract class BlobStoreContract {

    abstract BlobStore store();

    /** Where the adapter keeps the bytes of a key as a file (the directory, or S3Proxy's backing directory). */
    abstract Path fileOf(String key);

    @Test
    void keepsReadsAndDeletesBytesUnderAKey() {
        String key = "2026/12/" + UUID.randomUUID();
        byte[] content = ("%PDF-1.7 một cửa " + key).getBytes(StandardCharsets.UTF_8);

        store().write(key, content);

        assertThat(store().read(key)).isEqualTo(content);
        assertThat(fileOf(key)).exists();
        store().delete(key);
        assertThat(fileOf(key)).doesNotExist();
        assertThatThrownBy(() -> store().read(key)).isInstanceOf(UncheckedIOException.class);
        assertThatCode(() -> store().delete(key)).as("deleting a key with nothing under it").doesNotThrowAnyException();
    }

    @Test
    void aSecondWriteUnderTheKeyReplacesTheBytes() {
        String key = "2026/12/" + UUID.randomUUID();
        store().write(key, new byte[] { 1 });

        store().write(key, new byte[] { 2, 3 });

        assertThat(store().read(key)).containsExactly(2, 3);
        store().delete(key);
    }

    @Test
    void listsTheKeysWrittenBeforeAnInstant() {
        String key = "drafts/2026/12/" + UUID.randomUUID();
        store().write(key, new byte[] { 1, 2, 3 });

        assertThat(store().keysWrittenBefore(Instant.now().plus(Duration.ofMinutes(1)))).contains(key);
        assertThat(store().keysWrittenBefore(Instant.now().minus(Duration.ofMinutes(5)))).doesNotContain(key);
        store().delete(key);
    }
}

package vn.motcua.cases.storage;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The directory adapter of the storage port: the contract, and no key outside its directory. */
class FileSystemBlobStoreTest extends BlobStoreContract {

    @TempDir
    Path directory;

    private FileSystemBlobStore store;

    @BeforeEach
    void create() {
        store = new FileSystemBlobStore(new StorageProperties(null, directory, null, null, null));
    }

    @Override
    BlobStore store() {
        return store;
    }

    @Override
    Path fileOf(String key) {
        return directory.resolve(key);
    }

    @Test
    void aKeyThatLeavesTheDirectoryIsRefused() {
        assertThatThrownBy(() -> store.write("../outside", new byte[] { 1 }))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

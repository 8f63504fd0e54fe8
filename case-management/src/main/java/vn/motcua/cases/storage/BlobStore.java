package vn.motcua.cases.storage;

import java.time.Instant;
import java.util.List;

/** The storage port: where the bytes of stored files live (a directory here, an object store elsewhere). */
public interface BlobStore {

    void write(String key, byte[] content);

    byte[] read(String key);

    /** Removes the bytes under the key; a key with nothing under it is no error. */
    void delete(String key);

    /** The keys of all bytes written before the instant, for the sweeper of orphans. */
    List<String> keysWrittenBefore(Instant instant);
}

package vn.motcua.cases.storage;

/** The storage port: where the bytes of stored files live (a directory here, an object store elsewhere). */
public interface BlobStore {

    void write(String key, byte[] content);

    byte[] read(String key);
}

package vn.motcua.documents.keys;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.KeyStore.PasswordProtection;
import java.security.KeyStore.PrivateKeyEntry;
import java.util.Optional;

/** Reads and writes a single private key entry as a PKCS#12 file. */
final class Pkcs12Files {

    private static final String ALIAS = "signing";

    private Pkcs12Files() {
    }

    static Optional<PrivateKeyEntry> read(Path file, char[] password) throws IOException, GeneralSecurityException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password);
        }
        KeyStore.Entry entry = store.getEntry(ALIAS, new PasswordProtection(password));
        if (entry instanceof PrivateKeyEntry keyEntry) {
            return Optional.of(keyEntry);
        }
        throw new GeneralSecurityException("no private key '" + ALIAS + "' in " + file);
    }

    /** The first private key entry of a keystore made elsewhere (e.g. by a CA), whatever its alias. */
    static Optional<PrivateKeyEntry> readAny(Path file, char[] password) throws IOException, GeneralSecurityException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password);
        }
        for (String alias : java.util.Collections.list(store.aliases())) {
            if (store.getEntry(alias, new PasswordProtection(password)) instanceof PrivateKeyEntry keyEntry) {
                return Optional.of(keyEntry);
            }
        }
        throw new GeneralSecurityException("no private key in " + file);
    }

    /** Writes to a temporary file first and moves it into place, so a reader never sees half a keystore. */
    static void write(Path file, PrivateKeyEntry entry, char[] password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, password);
        store.setEntry(ALIAS, entry, new PasswordProtection(password));
        Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                store.store(out, password);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}

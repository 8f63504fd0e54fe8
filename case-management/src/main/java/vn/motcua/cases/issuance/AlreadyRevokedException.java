package vn.motcua.cases.issuance;

import java.util.UUID;

/** The document was revoked before; revocation happens once. */
public class AlreadyRevokedException extends IllegalStateException {

    AlreadyRevokedException(UUID id) {
        super("Document " + id + " is already revoked");
    }
}

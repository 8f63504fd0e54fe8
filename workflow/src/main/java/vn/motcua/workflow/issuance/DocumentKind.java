package vn.motcua.workflow.issuance;

import java.util.Objects;

import vn.motcua.cases.storage.FileKind;

/**
 * What a document is, as the dossier's documents list it.
 *
 * @param fileKind the kind of stored file (a slip or a result)
 * @param title    the title in the register of issued documents
 * @param number   the document number printed in its header, e.g. {@code H29.12.05-261126-0007/TNHS}
 * @param fileName the file name it is downloaded under
 */
public record DocumentKind(FileKind fileKind, String title, String number, String fileName) {

    public DocumentKind {
        Objects.requireNonNull(fileKind, "fileKind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(fileName, "fileName");
    }
}

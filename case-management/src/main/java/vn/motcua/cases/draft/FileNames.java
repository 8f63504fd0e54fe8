package vn.motcua.cases.draft;

import java.text.Normalizer;

import vn.motcua.cases.storage.UploadCheck;

/** Client file names made safe to show and to offer as a download name; never used as a storage path. */
final class FileNames {

    private static final int MAX_BASE = 120;

    private FileNames() {
    }

    /** The last segment of the name, without controls or path characters, with the extension of the detected type. */
    static String display(String clientName, UploadCheck.FileType type) {
        String name = clientName == null ? "" : Normalizer.normalize(clientName, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[^\\p{L}\\p{N} ._()-]", "_").strip();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        base = base.replaceAll("^[._ ]+", "").replaceAll("[._ ]+$", "");
        if (base.isEmpty()) {
            base = "tep-dinh-kem";
        }
        if (base.length() > MAX_BASE) {
            base = base.substring(0, MAX_BASE);
        }
        return base + "." + type.extension();
    }
}

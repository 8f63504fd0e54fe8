package vn.motcua.web.citizen;

import vn.motcua.cases.supplement.SupplementRefusedException;
import vn.motcua.cases.supplement.Supplements;

/** The message of each supplement problem, with the limits it names; shared by the pages and REST API v1. */
public final class SupplementMessages {

    private SupplementMessages() {
    }

    public static String key(SupplementRefusedException.Problem problem) {
        return "supplement.problem." + problem.name();
    }

    /** {0} the file's name, {1} the size limit in MB, {2} the most files, {3} the most characters of a note. */
    public static Object[] arguments(SupplementRefusedException refused) {
        return arguments(refused.fileName());
    }

    /** The same arguments for a problem without a file; numbers as plain text (no grouping of thousands). */
    public static Object[] arguments(String fileName) {
        return new Object[] { fileName == null ? "" : fileName,
                String.valueOf(Supplements.UPLOADS.maxBytes() / (1024 * 1024)), String.valueOf(Supplements.MAX_FILES),
                String.valueOf(Supplements.MAX_NOTE), String.valueOf(Supplements.MAX_REASON),
                String.valueOf(Supplements.MAX_ITEMS), String.valueOf(Supplements.MAX_ITEM) };
    }
}

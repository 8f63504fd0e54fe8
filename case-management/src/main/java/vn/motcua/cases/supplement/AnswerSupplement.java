package vn.motcua.cases.supplement;

import java.util.List;
import java.util.UUID;

/** The applicant's answer to the open supplement request: an optional note and one or more files. */
public record AnswerSupplement(UUID dossierId, String applicant, String note, List<UploadedFile> files) {

    /** A file as the applicant sent it; its type is judged from its bytes, not from its name. */
    public record UploadedFile(String fileName, byte[] content) {
    }
}

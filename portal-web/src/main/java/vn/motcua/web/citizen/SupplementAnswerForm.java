package vn.motcua.web.citizen;

import java.util.List;

import org.springframework.web.multipart.MultipartFile;

/** The note and the files (multipart parts named {@code files}) of a supplement. */
record SupplementAnswerForm(String note, List<MultipartFile> files) {
}

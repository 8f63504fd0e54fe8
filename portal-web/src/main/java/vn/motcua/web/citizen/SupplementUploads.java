package vn.motcua.web.citizen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.web.multipart.MultipartFile;

import vn.motcua.cases.supplement.AnswerSupplement;

/** Multipart files as the domain takes them; the pages and REST API v1 share it. */
public final class SupplementUploads {

    private SupplementUploads() {
    }

    public static List<AnswerSupplement.UploadedFile> of(List<MultipartFile> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream().map(file -> {
            try {
                return new AnswerSupplement.UploadedFile(file.getOriginalFilename(), file.getBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }
}

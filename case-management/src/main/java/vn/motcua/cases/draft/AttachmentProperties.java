package vn.motcua.cases.draft;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits of uploaded attachments.
 *
 * @param maxFileSize    the largest single file (default 10 MB)
 * @param maxDossierSize the most all files of one draft may weigh together (default 30 MB)
 * @param maxFiles       the most files one draft may hold (default 20)
 */
@ConfigurationProperties("motcua.attachments")
public record AttachmentProperties(DataSize maxFileSize, DataSize maxDossierSize, Integer maxFiles) {

    public AttachmentProperties {
        maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(10) : maxFileSize;
        maxDossierSize = maxDossierSize == null ? DataSize.ofMegabytes(30) : maxDossierSize;
        maxFiles = maxFiles == null ? 20 : maxFiles;
    }
}

package vn.motcua.cases.draft;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * What one citizen may hold and send ({@code motcua.quota.*}); drafts a clerk enters at a desk do not count.
 *
 * @param openDrafts     the most open drafts at once (default 20)
 * @param draftBytes     the most all files of the citizen's open drafts may weigh together (default 200 MB)
 * @param uploadsPerHour the most files the citizen may upload in any hour (default 60)
 */
@ConfigurationProperties("motcua.quota")
public record QuotaProperties(Integer openDrafts, DataSize draftBytes, Integer uploadsPerHour) {

    public QuotaProperties {
        openDrafts = openDrafts == null ? 20 : openDrafts;
        draftBytes = draftBytes == null ? DataSize.ofMegabytes(200) : draftBytes;
        uploadsPerHour = uploadsPerHour == null ? 60 : uploadsPerHour;
        if (openDrafts < 1 || uploadsPerHour < 1 || draftBytes.toBytes() < 1) {
            throw new IllegalArgumentException("motcua.quota.* must be positive");
        }
    }
}

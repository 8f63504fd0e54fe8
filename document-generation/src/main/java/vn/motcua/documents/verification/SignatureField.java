package vn.motcua.documents.verification;

import java.io.ByteArrayOutputStream;
import java.time.Instant;

/**
 * One signature dictionary of a PDF.
 *
 * @param byteRange   the /ByteRange numbers as found
 * @param contents    the /Contents bytes (the CMS signature, possibly zero-padded)
 * @param signingTime the /M time, or {@code null} if absent or unreadable
 */
record SignatureField(long[] byteRange, byte[] contents, Instant signingTime) {

    /** @return where the signed bytes end, used to pick the signature that covers the most of the file */
    long end() {
        return byteRange.length == 4 ? byteRange[2] + byteRange[3] : -1;
    }

    /**
     * Whether the byte range is two ranges around a single hex string, all inside the file. Nothing but the
     * signature value may stay unsigned between the two ranges.
     */
    boolean wellFormed(byte[] pdf) {
        if (byteRange.length != 4 || byteRange[0] != 0 || byteRange[1] <= 0 || byteRange[2] <= byteRange[1]
                || byteRange[3] < 0 || end() > pdf.length) {
            return false;
        }
        int gapStart = (int) byteRange[1];
        int gapEnd = (int) byteRange[2];
        if (pdf[gapStart] != '<' || pdf[gapEnd - 1] != '>') {
            return false;
        }
        for (int i = gapStart + 1; i < gapEnd - 1; i++) {
            if (Character.digit(pdf[i], 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** @return whether the byte range reaches the end of the file; only meaningful when {@link #wellFormed} */
    boolean coversWholeFile(byte[] pdf) {
        return end() == pdf.length;
    }

    /** @return the bytes the signature covers; only call when {@link #wellFormed} */
    byte[] signedBytes(byte[] pdf) {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) (byteRange[1] + byteRange[3]));
        out.write(pdf, 0, (int) byteRange[1]);
        out.write(pdf, (int) byteRange[2], (int) byteRange[3]);
        return out.toByteArray();
    }
}

package vn.motcua.documents.verification;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;

import com.lowagie.text.exceptions.BadPasswordException;
import com.lowagie.text.pdf.AcroFields;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfString;

/** Finds the signature dictionaries of a PDF, refusing what is not a complete, readable, unencrypted PDF. */
final class SignatureFields {

    private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END_OF_FILE = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    /** PDF allows some bytes before the header and after the last end-of-file marker. */
    private static final int SLACK = 1024;

    private SignatureFields() {
    }

    static List<SignatureField> read(byte[] pdf) throws Problem {
        if (pdf == null || indexOf(pdf, HEADER, 0, Math.min(pdf.length, SLACK)) < 0) {
            throw new Problem("not-a-pdf", 0);
        }
        if (indexOf(pdf, END_OF_FILE, Math.max(0, pdf.length - SLACK), pdf.length) < 0) {
            throw new Problem("truncated", 0);
        }
        PdfReader reader = open(pdf);
        try {
            if (reader.isEncrypted()) {
                throw new Problem("encrypted", 0);
            }
            AcroFields fields = reader.getAcroFields();
            List<SignatureField> signatures = new ArrayList<>();
            for (String name : fields.getSignedFieldNames()) {
                signatures.add(field(fields.getSignatureDictionary(name)));
            }
            if (signatures.isEmpty()) {
                throw new Problem("no-signature", 0);
            }
            return signatures;
        } catch (RuntimeException | StackOverflowError e) {
            throw new Problem("unreadable", 0);
        } finally {
            reader.close();
        }
    }

    private static PdfReader open(byte[] pdf) throws Problem {
        try {
            return new PdfReader(pdf);
        } catch (BadPasswordException e) {
            throw new Problem("encrypted", 0);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw new Problem("unreadable", 0);
        }
    }

    private static SignatureField field(PdfDictionary signature) {
        PdfArray range = signature.getAsArray(PdfName.BYTERANGE);
        long[] byteRange = new long[range.size()];
        for (int i = 0; i < byteRange.length; i++) {
            byteRange[i] = (long) range.getAsNumber(i).doubleValue();
        }
        byte[] contents = signature.getAsString(PdfName.CONTENTS).getOriginalBytes();
        return new SignatureField(byteRange, contents, signingTime(signature.getAsString(PdfName.M)));
    }

    private static Instant signingTime(PdfString time) {
        Calendar calendar = time == null ? null : PdfDate.decode(time.toUnicodeString());
        return calendar == null ? null : calendar.toInstant();
    }

    private static int indexOf(byte[] data, byte[] pattern, int from, int to) {
        for (int i = from; i <= to - pattern.length; i++) {
            int j = 0;
            while (j < pattern.length && data[i + j] == pattern[j]) {
                j++;
            }
            if (j == pattern.length) {
                return i;
            }
        }
        return -1;
    }
}

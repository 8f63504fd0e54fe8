package vn.motcua.documents.pdf;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;

import vn.motcua.documents.DocumentException;

/** Encodes a text as a QR code image: one pixel per module, 1-bit gray, scaled by the PDF viewer. */
final class QrCodes {

    private static final Map<EncodeHintType, Object> HINTS = Map.of(
            EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
            EncodeHintType.CHARACTER_SET, "UTF-8",
            EncodeHintType.MARGIN, 2);

    private QrCodes() {
    }

    static Image image(String text, float size) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, HINTS);
            Image image = Image.getInstance(matrix.getWidth(), matrix.getHeight(), 1, 1, pack(matrix));
            image.scaleAbsolute(size, size);
            return image;
        } catch (WriterException | BadElementException e) {
            throw new DocumentException("cannot encode the QR code for " + text, e);
        }
    }

    /** Packs the rows into bytes, most significant bit first; a set bit is white (gray 1), a dark module is 0. */
    private static byte[] pack(BitMatrix matrix) {
        int rowBytes = (matrix.getWidth() + 7) / 8;
        byte[] data = new byte[rowBytes * matrix.getHeight()];
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (!matrix.get(x, y)) {
                    data[y * rowBytes + x / 8] |= (byte) (0x80 >>> (x % 8));
                }
            }
        }
        return data;
    }
}

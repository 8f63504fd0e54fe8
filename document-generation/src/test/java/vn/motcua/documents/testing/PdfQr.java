package vn.motcua.documents.testing;

import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/** Reads the QR code of a document back, as a phone camera would. */
public final class PdfQr {

    private static final int SCALE = 8;

    private PdfQr() {
    }

    /**
     * @param pdf a document with exactly one image, the QR code, on its last page
     * @return the text the QR code encodes
     */
    public static String decode(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return decode(onlyImage(document.getPage(document.getNumberOfPages() - 1)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage onlyImage(PDPage page) throws IOException {
        List<BufferedImage> images = new ArrayList<>();
        for (COSName name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                images.add(image.getImage());
            }
        }
        if (images.size() != 1) {
            throw new IllegalArgumentException("expected one image on the page, found " + images.size());
        }
        return images.get(0);
    }

    /** Scales the one-pixel-per-module image up before decoding. */
    private static String decode(BufferedImage qr) {
        BufferedImage large = new AffineTransformOp(AffineTransform.getScaleInstance(SCALE, SCALE),
                AffineTransformOp.TYPE_NEAREST_NEIGHBOR)
                .filter(qr, new BufferedImage(qr.getWidth() * SCALE, qr.getHeight() * SCALE,
                        BufferedImage.TYPE_INT_RGB));
        int[] pixels = large.getRGB(0, 0, large.getWidth(), large.getHeight(), null, 0, large.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(large.getWidth(), large.getHeight(), pixels)));
        try {
            return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
        } catch (NotFoundException | ChecksumException | FormatException e) {
            throw new IllegalArgumentException("no readable QR code", e);
        }
    }
}

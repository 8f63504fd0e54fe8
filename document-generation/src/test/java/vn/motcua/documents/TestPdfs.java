package vn.motcua.documents;

import java.nio.charset.StandardCharsets;

/** Damaging PDFs in tests. */
final class TestPdfs {

    private TestPdfs() {
    }

    /** Flips the bits of one byte inside the data of the first stream (the first page's content in our PDFs). */
    static byte[] flipByteInFirstStream(byte[] pdf) {
        int start = indexOf(pdf, "stream\n") + "stream\n".length();
        byte[] copy = pdf.clone();
        copy[start + 10] ^= (byte) 0xFF;
        return copy;
    }

    static int indexOf(byte[] pdf, String text) {
        String latin1 = new String(pdf, StandardCharsets.ISO_8859_1);
        int index = latin1.indexOf(text);
        if (index < 0) {
            throw new IllegalArgumentException("not in the PDF: " + text);
        }
        return index;
    }

    static byte[] concat(byte[] first, byte[] second) {
        byte[] result = new byte[first.length + second.length];
        System.arraycopy(first, 0, result, 0, first.length);
        System.arraycopy(second, 0, result, first.length, second.length);
        return result;
    }
}

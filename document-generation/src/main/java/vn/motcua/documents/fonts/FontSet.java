package vn.motcua.documents.fonts;

import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

import com.lowagie.text.pdf.BaseFont;

import vn.motcua.documents.fonts.DocumentFonts.Face;

/**
 * The three faces, parsed once and lent to one document at a time: parsing the TrueType tables (cmap, widths, kerning)
 * costs more than laying out and subsetting a page, while an OpenPDF font is not safe for two documents written at
 * the same moment. A set is borrowed for one rendering and its signature appearance, then returned by
 * {@link #close()}; the pool keeps at most {@link #POOL_LIMIT} idle sets and makes a new one when all are lent.
 */
public final class FontSet implements AutoCloseable {

    /** How many idle sets the pool keeps: enough for the threads of a busy issuer. */
    static final int POOL_LIMIT = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    private static final Deque<FontSet> IDLE = new ConcurrentLinkedDeque<>();
    private static final AtomicInteger IDLE_COUNT = new AtomicInteger();

    private final BaseFont regular;
    private final BaseFont bold;
    private final BaseFont italic;
    private boolean lent;

    private FontSet() {
        regular = DocumentFonts.font(Face.REGULAR);
        bold = DocumentFonts.font(Face.BOLD);
        italic = DocumentFonts.font(Face.ITALIC);
    }

    /**
     * @return a set for the calling thread's exclusive use until {@link #close()}
     */
    public static FontSet borrow() {
        FontSet set = IDLE.pollFirst();
        if (set == null) {
            set = new FontSet();
        } else {
            IDLE_COUNT.decrementAndGet();
        }
        set.lent = true;
        return set;
    }

    /** @return the regular face */
    public BaseFont regular() {
        return regular;
    }

    /** @return the bold face */
    public BaseFont bold() {
        return bold;
    }

    /** @return the italic face */
    public BaseFont italic() {
        return italic;
    }

    /** Returns the set to the pool; the caller must not use it afterwards. Returning it twice has no effect. */
    @Override
    public void close() {
        if (!lent) {
            return;
        }
        lent = false;
        if (IDLE_COUNT.incrementAndGet() <= POOL_LIMIT) {
            IDLE.offerFirst(this);
        } else {
            IDLE_COUNT.decrementAndGet();
        }
    }
}

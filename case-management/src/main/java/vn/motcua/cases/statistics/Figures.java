package vn.motcua.cases.statistics;

/**
 * The figures of a set of dossiers received in a period. Shares are percentages with one decimal, {@code null} when
 * there is nothing to divide by.
 *
 * @param received     dossiers received
 * @param inProgress   still open (statuses 1, 2, 4, 5, 6)
 * @param doneEarly    finished (9, 10) on a day before the due date
 * @param doneOnTime   finished on the due date, not after the due time (or without a due date)
 * @param doneLate     finished after the due time
 * @param refused      refused at intake (3)
 * @param withdrawn    withdrawn by the applicant (7)
 * @param stopped      processing stopped (8)
 * @param supplemented with at least one supplement request
 * @param online       filed online (channel 2); the others came in person (1) or by post (3)
 * @param paid         with a fee paid
 * @param paidOnline   with a fee paid online through the payment platform
 * @param ratingCount  rated by their applicant
 * @param ratingSum    the sum of those ratings (1–5 each)
 */
public record Figures(long received, long inProgress, long doneEarly, long doneOnTime, long doneLate, long refused,
        long withdrawn, long stopped, long supplemented, long online, long paid, long paidOnline, long ratingCount,
        long ratingSum) {

    public static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public long done() {
        return doneEarly + doneOnTime + doneLate;
    }

    /** Finished early or on time, of the finished ones. */
    public Double onTimeShare() {
        return share(doneEarly + doneOnTime, done());
    }

    /** Filed online, of the received ones. */
    public Double onlineShare() {
        return share(online, received);
    }

    /** Paid online, of those that paid a fee. */
    public Double onlinePaymentShare() {
        return share(paidOnline, paid);
    }

    /** The average rating with two decimals, or {@code null} without ratings. */
    public Double averageRating() {
        return ratingCount == 0 ? null : Math.round(ratingSum * 100.0 / ratingCount) / 100.0;
    }

    public boolean isEmpty() {
        return received == 0;
    }

    private static Double share(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 10.0;
    }
}

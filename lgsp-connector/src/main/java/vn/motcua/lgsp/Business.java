package vn.motcua.lgsp;

import java.time.LocalDate;

/**
 * A business as the national business registry knows it.
 *
 * @param taxCode       the tax code (mã số thuế), which is also the registration number
 * @param name          the registered name
 * @param type          household business or enterprise
 * @param ownerIdNumber identity number of the owner or legal representative
 * @param ownerName     full name of the owner or legal representative
 * @param address       the registered seat
 * @param registeredOn  the date of first registration
 * @param status        whether it is operating
 */
public record Business(String taxCode, String name, Type type, String ownerIdNumber, String ownerName, String address,
        LocalDate registeredOn, Status status) {

    /** The legal form. */
    public enum Type {
        /** Hộ kinh doanh. */
        HOUSEHOLD,
        /** Doanh nghiệp. */
        ENTERPRISE
    }

    /** The registry's status of the business. */
    public enum Status {
        /** Đang hoạt động. */
        ACTIVE,
        /** Tạm ngừng kinh doanh. */
        SUSPENDED,
        /** Đã chấm dứt hoạt động. */
        DISSOLVED
    }
}

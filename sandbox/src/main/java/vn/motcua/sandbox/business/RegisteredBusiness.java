package vn.motcua.sandbox.business;

import java.time.LocalDate;

/** A business of the registry; {@code type} is {@code household} or {@code enterprise}. */
record RegisteredBusiness(String taxCode, String name, String type, String ownerIdNumber, String ownerName,
        String address, LocalDate registeredOn, String status) {
}

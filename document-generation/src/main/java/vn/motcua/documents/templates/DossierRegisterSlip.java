package vn.motcua.documents.templates;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Slip 07, "Sổ theo dõi hồ sơ": the dossiers an agency received in a period. Not about one dossier, so not a
 * {@link TemplateInput}.
 *
 * @param header the agency issuing the register, number, place, date, signatory and the QR URL
 * @param from   the first day of the period
 * @param to     the last day of the period
 * @param lines  the dossiers, oldest first
 * @param total  how many dossiers the period holds; more than the lines when the register was cut short
 */
public record DossierRegisterSlip(DocumentHeader header, LocalDate from, LocalDate to, List<RegisterLine> lines,
        long total) {

    public DossierRegisterSlip {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        lines = List.copyOf(lines);
        if (total < lines.size()) {
            throw new IllegalArgumentException("The total counts fewer dossiers than the lines");
        }
    }
}

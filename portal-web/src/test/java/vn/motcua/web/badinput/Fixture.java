package vn.motcua.web.badinput;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.draft.Drafts;
import vn.motcua.cases.issuance.IssuedDocuments;
import vn.motcua.cases.storage.StoredFiles;
import vn.motcua.web.support.SampleDossiers;
import vn.motcua.workflow.desk.DeskActions;

/** What the targets need: MockMvc, the database for counting rows, and the services that put dossiers in a state. */
record Fixture(MockMvc mvc, JdbcClient jdbc, Dossiers dossiers, DeskActions desk, Drafts drafts,
        IssuedDocuments register, StoredFiles files, Spares spares) {

    Fixture(MockMvc mvc, JdbcClient jdbc, Dossiers dossiers, DeskActions desk, Drafts drafts, IssuedDocuments register,
            StoredFiles files) {
        this(mvc, jdbc, dossiers, desk, drafts, register, files, new Spares());
    }

    /**
     * Dossiers that earlier cases left awaiting a supplement or submitted again, handed to later cases that need a
     * dossier in that state instead of filing a new one. Only dossiers whose texts are short are kept, so that the pages
     * of later cases stay quick to render.
     */
    static final class Spares {

        private static final int SHORT = 1000;
        private final java.util.Deque<UUID> awaiting = new java.util.ArrayDeque<>();
        private final java.util.Deque<UUID> submitted = new java.util.ArrayDeque<>();

        void awaitingSupplement(Dossier dossier, String text) {
            if (text.length() <= SHORT) {
                awaiting.add(dossier.id());
            }
        }

        void submitted(Dossier dossier, String text) {
            if (text.length() <= SHORT) {
                submitted.add(dossier.id());
            }
        }
    }

    static final String AN = "079090001234";
    static final RequestPostProcessor CLERK = vn.motcua.web.support.Logins.staff("tiepnhan.benthanh", "H29.12.05", "CLERK");
    static final RequestPostProcessor ADMIN = vn.motcua.web.support.Logins.staff("quantri", "H29", "ADMIN");

    static RequestPostProcessor an() {
        return vn.motcua.web.support.Logins.an();
    }

    static RequestPostProcessor csrf() {
        return SecurityMockMvcRequestPostProcessors.csrf();
    }

    long count(String sql, Object... arguments) {
        var statement = jdbc.sql(sql);
        for (Object argument : arguments) {
            statement = statement.param(argument);
        }
        return statement.query(Long.class).single();
    }

    /** The rows a refused request must not add or remove, counted in one query. */
    record Counts(long dossiers, long keys, long drafts, long attachments, long storedFiles) {
    }

    Counts counts() {
        return jdbc.sql("select (select count(*) from dossier), (select count(*) from submission_key), "
                + "(select count(*) from draft), (select count(*) from draft_attachment), "
                // Slips are issued in the background after transitions of other cases' dossiers; they are not input.
                + "(select count(*) from stored_file where kind <> 'SLIP')")
                .query((row, n) -> new Counts(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4), row.getLong(5)))
                .single();
    }

    /** A dossier that serves case after case until one of them changes it for good; then a new one is made. */
    static final class Reusable {

        private final java.util.function.Supplier<Dossier> make;
        private Dossier current;

        Reusable(java.util.function.Supplier<Dossier> make) {
            this.make = make;
        }

        Dossier get() {
            if (current == null) {
                current = make.get();
            }
            return current;
        }

        /** The last dossier handed out may not serve the next case. */
        void consumed() {
            current = null;
        }
    }

    /** A submitted dossier (status 1): one an earlier case left so, if any, otherwise a new one. */
    Dossier filed() {
        UUID spare = spares.submitted.poll();
        return spare != null ? dossiers.get(spare) : newlyFiled();
    }

    /** A dossier filed now, with nothing but its filing in its history. */
    Dossier newlyFiled() {
        return dossiers.file(SampleDossiers.ownBirthExtract(AN, "Nguyễn Văn An", LocalDate.of(1990, 5, 12), "male"));
    }

    /** A dossier awaiting a supplement, without files: one an earlier case left so, if any, otherwise a new one. */
    Dossier awaitingSupplement() {
        UUID spare = spares.awaiting.poll();
        if (spare != null) {
            return dossiers.get(spare);
        }
        Dossier dossier = newlyFiled();
        desk.requestSupplement(dossier.id(), SampleDossiers.CLERK, "Thiếu văn bản ủy quyền", List.of("Văn bản ủy quyền"));
        return dossier;
    }

    Dossier finished() {
        Dossier dossier = newlyFiled();
        desk.accept(dossier.id(), SampleDossiers.CLERK);
        return dossiers.completeWithResult(dossier.id(), SampleDossiers.LEADER.username());
    }

    int status(UUID dossier) {
        return dossiers.get(dossier).status().code();
    }
}

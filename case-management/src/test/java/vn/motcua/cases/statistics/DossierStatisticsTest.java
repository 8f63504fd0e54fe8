package vn.motcua.cases.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.cases.clock.LegalClock;
import vn.motcua.cases.dossier.Applicant;
import vn.motcua.cases.dossier.Channel;
import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.dossier.FileDossier;
import vn.motcua.cases.evaluation.Evaluate;
import vn.motcua.cases.evaluation.Evaluations;

// The known data set adds agencies and published procedures that other tests of this module (the catalogue's) must not
// see: the context, and with it its embedded database, is closed after this class.
@SpringBootTest
@org.springframework.test.annotation.DirtiesContext
class DossierStatisticsTest {

    private static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
    private static final LocalDate MARCH_31 = LocalDate.of(2026, 3, 31);

    @Autowired
    DossierStatistics statistics;

    @Autowired
    DossierRegister register;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Dossiers dossiers;

    @Autowired
    Evaluations evaluations;

    StatisticsTestData data;

    @BeforeEach
    void knownDataSet() {
        data = new StatisticsTestData(jdbc);
        String a = data.agencyA;
        UUID early = data.dossier(a, true, 2, 10, "2026-03-02T09:00", "2026-03-05T17:00", "2026-03-04T10:00");
        data.paid(early, "ONLINE");
        data.rated(early, 5);
        UUID onTime = data.dossier(a, true, 1, 9, "2026-03-02T10:00", "2026-03-05T17:00", "2026-03-05T16:00");
        data.paid(onTime, "DESK");
        data.rated(onTime, 3);
        UUID late = data.dossier(a, true, 2, 9, "2026-03-10T08:00", "2026-03-12T17:00", "2026-03-13T09:00");
        data.supplementRequested(late);
        data.rated(late, 4);
        data.dossier(a, true, 3, 3, "2026-03-15T08:00", null, null);
        UUID inProgress = data.dossier(a, false, 2, 4, "2026-03-20T08:00", "2026-03-25T17:00", null);
        data.supplementRequested(inProgress);
        data.dossier(a, false, 2, 1, "2026-03-31T23:30", null, null);
        data.dossier(a, true, 2, 1, "2026-04-01T00:30", null, null);
        data.dossier(a, false, 1, 7, "2026-03-05T08:00", null, null);
        data.dossier(data.agencyB, true, 2, 10, "2026-03-03T08:00", "2026-03-06T17:00", "2026-03-04T08:00");
        statistics.refreshAll(1000);
    }

    @Test
    void countsEveryFigureOfAnAgencysMonth() {
        StatisticsReport report = statistics.report(new StatisticsFilter(MARCH_1, MARCH_31, data.agencyA, null));
        Figures f = report.total();

        assertThat(f.received()).as("the 1 April dossier (17:30 UTC on 31 March) is April's").isEqualTo(7);
        assertThat(f.inProgress()).isEqualTo(2);
        assertThat(f.doneEarly()).isEqualTo(1);
        assertThat(f.doneOnTime()).isEqualTo(1);
        assertThat(f.doneLate()).isEqualTo(1);
        assertThat(f.done()).isEqualTo(3);
        assertThat(f.refused()).isEqualTo(1);
        assertThat(f.withdrawn()).isEqualTo(1);
        assertThat(f.stopped()).isZero();
        assertThat(f.supplemented()).isEqualTo(2);
        assertThat(f.online()).isEqualTo(4);
        assertThat(f.onlineShare()).isEqualTo(57.1);
        assertThat(f.paid()).isEqualTo(2);
        assertThat(f.paidOnline()).isEqualTo(1);
        assertThat(f.onlinePaymentShare()).isEqualTo(50.0);
        assertThat(f.ratingCount()).isEqualTo(3);
        assertThat(f.averageRating()).isEqualTo(4.0);
        assertThat(f.onTimeShare()).isEqualTo(66.7);

        assertThat(report.byProcedure()).extracting(ReportRow::key, r -> r.figures().received())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(data.procedureA, 4L),
                        org.assertj.core.groups.Tuple.tuple(data.procedureB, 3L));
        assertThat(report.byAgency()).extracting(ReportRow::key).containsExactly(data.agencyA);
        assertThat(report.byMonth()).extracting(ReportRow::key).containsExactly("2026-03");
    }

    @Test
    void filtersByProcedureAcrossAgenciesAndByDay() {
        Figures cityA = statistics.report(new StatisticsFilter(MARCH_1, MARCH_31, null, data.procedureA)).total();
        assertThat(cityA.received()).isEqualTo(5);
        assertThat(cityA.doneEarly()).isEqualTo(2);

        Figures april = statistics.report(new StatisticsFilter(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30),
                data.agencyA, null)).total();
        assertThat(april.received()).isEqualTo(1);
        assertThat(april.inProgress()).isEqualTo(1);

        StatisticsReport empty = statistics.report(new StatisticsFilter(LocalDate.of(2020, 1, 1),
                LocalDate.of(2020, 1, 31), data.agencyA, null));
        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.total().onlineShare()).isNull();
        assertThat(empty.total().averageRating()).isNull();
        assertThat(empty.byAgency()).isEmpty();
    }

    @Test
    void aPeriodOfPartialAndWholeMonthsAddsDaysAndMonths() {
        Figures f = statistics.report(new StatisticsFilter(LocalDate.of(2026, 2, 15), LocalDate.of(2026, 4, 1),
                data.agencyA, null)).total();
        assertThat(f.received()).isEqualTo(8);
        assertThat(f.inProgress()).isEqualTo(3);
        Figures days = statistics.report(new StatisticsFilter(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 10),
                data.agencyA, null)).total();
        assertThat(days.received()).as("2, 5 and 10 March").isEqualTo(4);
        assertThat(days.doneLate()).isEqualTo(1);
    }

    @Test
    void aChangeByTheDomainShowsUpAfterTheNextRefreshOnly() {
        LocalDate today = LocalDate.now(LegalClock.ZONE);
        StatisticsFilter todayAtBenThanh = new StatisticsFilter(today, today, "H29.12.05", "2.000635");
        statistics.refreshAll(1000);
        Figures before = statistics.report(todayAtBenThanh).total();

        Dossier filed = dossiers.file(new FileDossier("2.000635", new Applicant("079195005678", "Trần Thị Bích",
                LocalDate.of(1995, 8, 20), "female", "1 Lê Lợi", "0901234567", null), Channel.ONLINE, Map.of("copies", 1)));
        assertThat(statistics.report(todayAtBenThanh).total()).as("the summary waits for the refresh").isEqualTo(before);
        assertThat(statistics.pendingChanges()).isPositive();

        statistics.refreshAll(1000);
        Figures filedFigures = statistics.report(todayAtBenThanh).total();
        StatisticsFilter thisMonth = new StatisticsFilter(today.withDayOfMonth(1),
                today.withDayOfMonth(today.lengthOfMonth()), "H29.12.05", "2.000635");
        Figures monthBefore = statistics.report(thisMonth).total();
        assertThat(filedFigures.received()).isEqualTo(before.received() + 1);
        assertThat(filedFigures.inProgress()).isEqualTo(before.inProgress() + 1);
        assertThat(filedFigures.online()).isEqualTo(before.online() + 1);

        dossiers.accept(filed.id(), "tiepnhan.benthanh");
        dossiers.startProcessing(filed.id(), "H29.12.05", "lanhdao.benthanh");
        dossiers.completeWithResult(filed.id(), "lanhdao.benthanh");
        evaluations.evaluate(new Evaluate(filed.id(), 5, null));
        statistics.refreshAll(1000);

        Figures done = statistics.report(todayAtBenThanh).total();
        assertThat(done.received()).isEqualTo(before.received() + 1);
        assertThat(done.inProgress()).isEqualTo(before.inProgress());
        assertThat(done.done()).isEqualTo(before.done() + 1);
        assertThat(done.doneLate()).isEqualTo(before.doneLate());
        assertThat(done.ratingCount()).isEqualTo(before.ratingCount() + 1);
        assertThat(done.ratingSum()).isEqualTo(before.ratingSum() + 5);
        Figures month = statistics.report(thisMonth).total();
        assertThat(month.received()).as("the month's summary follows its days").isEqualTo(monthBefore.received());
        assertThat(month.done()).isEqualTo(monthBefore.done() + 1);
        assertThat(month.ratingCount()).isEqualTo(monthBefore.ratingCount() + 1);
    }

    @Test
    void rebuildingGivesTheSameFiguresAsTheIncrementalRefresh() {
        StatisticsFilter march = new StatisticsFilter(MARCH_1, MARCH_31, data.agencyA, null);
        StatisticsReport incremental = statistics.report(march);
        statistics.rebuild();
        assertThat(statistics.report(march)).isEqualTo(incremental);
        assertThat(statistics.pendingChanges()).isZero();
    }

    @Test
    void theRegisterListsTheAgencysPeriodWithTimeliness() {
        DossierRegister.Register march = register.of(data.agencyA, MARCH_1, MARCH_31);
        assertThat(march.total()).isEqualTo(7);
        assertThat(march.isTruncated()).isFalse();
        assertThat(march.entries()).extracting(RegisterEntry::timeliness).containsExactly(Timeliness.EARLY,
                Timeliness.ON_TIME, Timeliness.CLOSED, Timeliness.LATE, Timeliness.CLOSED, Timeliness.OVERDUE,
                Timeliness.IN_TIME);
        assertThat(march.entries().get(0).procedureCode()).isEqualTo(data.procedureA);
    }

    @Test
    void refusesAPeriodThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> new StatisticsFilter(MARCH_31, MARCH_1, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

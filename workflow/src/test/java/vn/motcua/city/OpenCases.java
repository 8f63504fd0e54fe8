package vn.motcua.city;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.cases.dossier.DossierEvents;
import vn.motcua.workflow.StaffMember;
import vn.motcua.workflow.desk.DeskActions;

/**
 * The open dossiers of the city, with processes that really run: each is filed (status 1, its history's first event)
 * and its process started by the portal's own start path (the {@link DossierEvents.Submitted} event, on which the
 * workflow starts the procedure's process inside the filing transaction); then, as the agency's staff would, the clerk
 * accepts some ({@link DeskActions#accept}) and the specialist forwards part of those to the leader
 * ({@link DeskActions#review}). Of every 20 dossiers, 8 wait at the desk, 7 for review and 5 for approval. The first
 * {@code openAtBenThanh} are filed at Bến Thành's ward, the rest spread over the other wards and communes. Batches of
 * {@value #BATCH} dossiers, one transaction each, on several threads.
 */
final class OpenCases {

    static final String PROCEDURE = "2.000635";
    private static final int BATCH = 25;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final DeskActions desk;

    OpenCases(JdbcClient jdbc, TransactionTemplate transactions, ApplicationEventPublisher events, DeskActions desk) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = events;
        this.desk = desk;
    }

    record Filed(UUID id, String code, String agency, String processKey) {
    }

    /**
     * Files {@code count} dossiers and runs the processes of the first {@code real} of them to their step through the
     * engine; the others get copies of those processes ({@link ProcessCopies}). Returns how many reached each step.
     */
    Map<String, Integer> open(int count, int real, int atBenThanh, int threads) throws Exception {
        List<Filed> all = file(count, atBenThanh);
        List<Filed> filed = all.subList(0, Math.max(Math.min(real, all.size()), Math.min(20, all.size())));
        Map<String, Map<StaffMember.Role, StaffMember>> staff = staff();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger reviewed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> batches = new ArrayList<>();
            for (int from = 0; from < filed.size(); from += BATCH) {
                List<Filed> batch = filed.subList(from, Math.min(filed.size(), from + BATCH));
                int first = from;
                batches.add(pool.submit(() -> {
                    run(batch, first, staff, accepted, reviewed);
                    progress(done.addAndGet(batch.size()), filed.size());
                }));
            }
            for (Future<?> batch : batches) {
                batch.get();
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf(Locale.ROOT, "  %,d processes through the engine%n", filed.size());
        if (all.size() > filed.size()) {
            Map<Integer, UUID> templates = new HashMap<>();
            Map<Filed, Integer> steps = new HashMap<>();
            for (int i = 0; i < all.size(); i++) {
                int step = step(i);
                if (i < filed.size()) {
                    templates.putIfAbsent(step, all.get(i).id());
                } else {
                    steps.put(all.get(i), step);
                }
            }
            int copied = new ProcessCopies(jdbc).copy(templates, all.subList(filed.size(), all.size()), steps);
            System.out.printf(Locale.ROOT, "  %,d processes copied%n", copied);
        }
        return jdbc.sql("select task_def_key_, count(*) from act_ru_task group by 1")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** 0: waits at the desk; 1: for review; 2: for approval (8, 7 and 5 of every 20 dossiers). */
    private static int step(int index) {
        int step = index % 20;
        return step < 8 ? 0 : step < 15 ? 1 : 2;
    }

    private void run(List<Filed> batch, int first, Map<String, Map<StaffMember.Role, StaffMember>> staff,
            AtomicInteger accepted, AtomicInteger reviewed) {
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < batch.size(); i++) {
                Filed dossier = batch.get(i);
                events.publishEvent(new DossierEvents.Submitted(dossier.id(), dossier.code(), dossier.processKey(),
                        dossier.agency()));
                int step = step(first + i);
                if (step >= 1) {
                    desk.accept(dossier.id(), member(staff, dossier.agency(), StaffMember.Role.CLERK));
                    accepted.incrementAndGet();
                }
                if (step >= 2) {
                    desk.review(dossier.id(), member(staff, dossier.agency(), StaffMember.Role.SPECIALIST));
                    reviewed.incrementAndGet();
                }
            }
        });
    }

    private static StaffMember member(Map<String, Map<StaffMember.Role, StaffMember>> staff, String agency,
            StaffMember.Role role) {
        StaffMember member = staff.getOrDefault(agency, Map.of()).get(role);
        if (member == null) {
            throw new IllegalStateException("No " + role + " recorded at " + agency);
        }
        return member;
    }

    /** The staff accounts of the database, one per agency and role. */
    private Map<String, Map<StaffMember.Role, StaffMember>> staff() {
        Map<String, Map<StaffMember.Role, StaffMember>> staff = new HashMap<>();
        jdbc.sql("""
                select a.username, a.full_name, a.agency_code, r.role from staff_account a
                join staff_role r on r.username = a.username
                where a.active and r.role in ('CLERK', 'SPECIALIST', 'LEADER') order by a.username""")
                .query((rs, n) -> {
                    StaffMember.Role role = StaffMember.Role.valueOf(rs.getString("role"));
                    staff.computeIfAbsent(rs.getString("agency_code"), agency -> new HashMap<>())
                            .putIfAbsent(role, new StaffMember(rs.getString("username"), rs.getString("full_name"),
                                    rs.getString("agency_code"), Set.of(role)));
                    return role;
                }).list();
        return staff;
    }

    /** The dossiers as a filing leaves them: status 1, received in the last ten days, with the filing event. */
    private List<Filed> file(int count, int atBenThanh) {
        List<Filed> filed = jdbc.sql("""
                with v as (select pv.id, pv.process_key from procedure_version pv join procedure p on p.id = pv.procedure_id
                           where p.code = :procedure order by pv.version desc limit 1),
                a as (select array_agg(code order by code) codes from agency
                      where code ~ '^H29\\.(P|X|DK)' or code = 'H29.12.07'),
                g as (select i, case when i <= :atBenThanh then :benThanh
                                     else a.codes[1 + floor(random() * array_length(a.codes, 1))::int] end agency,
                             now() - random() * interval '10 days' submitted
                      from generate_series(1, :count) i, a)
                insert into dossier (id, code, procedure_version_id, receiving_agency_code, owner_id_number,
                    applicant_name, applicant_birth_date, applicant_gender, phone, channel, status, form_data,
                    submitted_at, applicant_check)
                select gen_random_uuid(),
                       agency || '-' || to_char(submitted at time zone 'Asia/Ho_Chi_Minh', 'YYMMDD') || '-O'
                           || lpad(i::text, 6, '0'),
                       v.id, agency, '0791' || lpad((i % 50000)::text, 8, '0'), 'Người nộp hồ sơ ' || i,
                       date '1985-03-01' + (i % 9000), case when i % 2 = 0 then 'male' else 'female' end,
                       '0912' || lpad(i::text, 6, '0'), case when i % 3 = 0 then 1 else 2 end, 1,
                       '{"soBanSao": 1, "noiDangKy": "Ủy ban nhân dân phường"}'::jsonb, submitted, 'FROM_POPULATION'
                from g, v
                returning id, code, receiving_agency_code, (select process_key from v)""")
                .param("procedure", PROCEDURE).param("count", count).param("atBenThanh", atBenThanh)
                .param("benThanh", CitySettings.BEN_THANH)
                .query((rs, n) -> new Filed(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4)))
                .list();
        jdbc.sql("""
                insert into dossier_event (dossier_id, status, occurred_at, actor, agency_code)
                select id, 1, submitted_at, 'citizen', receiving_agency_code from dossier
                where code like '%-O______' and not exists (select 1 from dossier_event e where e.dossier_id = dossier.id)""")
                .update();
        List<Filed> ordered = new ArrayList<>(filed);
        ordered.sort((a, b) -> a.code().substring(a.code().length() - 6).compareTo(b.code().substring(b.code().length() - 6)));
        return ordered;
    }

    private static void progress(int done, int total) {
        int step = Math.max(1, total / 10);
        if (done % step < BATCH) {
            System.out.printf(Locale.ROOT, "  processes: %,d of %,d%n", done, total);
        }
    }
}

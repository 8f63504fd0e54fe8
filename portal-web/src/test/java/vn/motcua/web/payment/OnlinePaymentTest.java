package vn.motcua.web.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.cases.audit.SecurityAudit;
import vn.motcua.cases.audit.SecurityEvent;
import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.DossierEvents;
import vn.motcua.cases.dossier.DossierStatus;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.dossier.FeeChannel;
import vn.motcua.cases.issuance.IssuedDocument;
import vn.motcua.cases.issuance.IssuedDocuments;
import vn.motcua.cases.payment.Payment;
import vn.motcua.cases.payment.PaymentStatus;
import vn.motcua.cases.payment.Payments;
import vn.motcua.cases.storage.StoredFiles;
import vn.motcua.documents.testing.PdfText;
import vn.motcua.payment.http.PayGovChecksums;
import vn.motcua.documents.testing.Pdfsig;
import vn.motcua.documents.testing.PdfsigReport;
import vn.motcua.web.desk.BusinessRegistrations;
import vn.motcua.web.support.GeneratedPdfs;
import vn.motcua.web.support.Logins;
import vn.motcua.web.support.PortalIntegrationTest;
import vn.motcua.web.support.SampleDossiers;
import vn.motcua.web.support.SandboxRunner;
import vn.motcua.workflow.desk.DeskActions;
import vn.motcua.workflow.payment.FeeReceipts;
import vn.motcua.workflow.payment.OnlinePayments;

/**
 * Online payment of the household business registration's fee against the payment platform stand-in, over HTTP:
 * every payment counted once, nothing forged accepted, nothing paid left unrecorded, the citizen told the truth.
 */
class OnlinePaymentTest extends PortalIntegrationTest {

    private static final String OWNER = "079090001234";
    private static final long FEE = 100_000;

    @Autowired Dossiers dossiers;
    @Autowired DeskActions desk;
    @Autowired Payments payments;
    @Autowired OnlinePayments onlinePayments;
    @Autowired IssuedDocuments register;
    @Autowired StoredFiles files;
    @Autowired SecurityAudit audit;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEventPublisher events;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void aReplayedNotificationIsAcknowledgedAndCountedOnce() throws Exception {
        UUID id = awaitingFee();
        PaymentFlows.dropNextNotifications(1);
        Map<String, String> paid = PaymentFlows.returned(PaymentFlows.decide(checkout(id), "pay"));
        String notification = PaymentFlows.notification("N-" + UUID.randomUUID(), paid.get("orderId"),
                paid.get("paymentId"), "PAID", FEE, paid.get("transactionId"), paid.get("paidAt"), null);

        MockHttpServletResponse first = notify(notification);
        MockHttpServletResponse replay = notify(notification);

        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(first.getContentAsString()).contains("\"ack\":true");
        assertThat(replay.getStatus()).isEqualTo(200);
        assertThat(replay.getContentAsString()).contains("\"ack\":true");
        assertOnePaidPayment(id, paid.get("transactionId"));
    }

    @Test
    void aForgedChecksumIsRefusedLoggedAndChangesNothing() throws Exception {
        UUID id = awaitingFee();
        PaymentFlows.dropNextNotifications(1);
        Map<String, String> paid = PaymentFlows.returned(PaymentFlows.decide(checkout(id), "pay"));
        String forged = PaymentFlows.notification("N-" + UUID.randomUUID(), paid.get("orderId"), paid.get("paymentId"),
                "PAID", FEE, paid.get("transactionId"), paid.get("paidAt"), "0".repeat(64));
        String wrongKey = PaymentFlows.notification("N-" + UUID.randomUUID(), paid.get("orderId"), paid.get("paymentId"),
                "PAID", FEE, paid.get("transactionId"), paid.get("paidAt"), new PayGovChecksums("guessed").sign(
                        "x", "MOTCUA", paid.get("orderId")));

        assertThat(notify(forged).getStatus()).isEqualTo(401);
        assertThat(notify(wrongKey).getStatus()).isEqualTo(401);

        assertThat(payments.byOrderId(paid.get("orderId")).orElseThrow().status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(dossiers.get(id).status()).isEqualTo(DossierStatus.PAYMENT_REQUESTED);
        assertRefusalLogged("forged checksum, order " + paid.get("orderId"));
    }

    @Test
    void aChangedAmountIsRefusedWhetherTheChecksumIsKeptOrRecomputed() throws Exception {
        UUID id = awaitingFee();
        PaymentFlows.dropNextNotifications(1);
        Map<String, String> paid = PaymentFlows.returned(PaymentFlows.decide(checkout(id), "pay"));
        String signedForFee = PaymentFlows.CHECKSUMS.sign("N-1", "MOTCUA", paid.get("orderId"), paid.get("paymentId"),
                "PAID", FEE, "LE_PHI", paid.get("transactionId"), paid.get("paidAt"), "");
        String keptChecksum = PaymentFlows.notification("N-1", paid.get("orderId"), paid.get("paymentId"), "PAID", 1_000,
                paid.get("transactionId"), paid.get("paidAt"), signedForFee);
        String recomputed = PaymentFlows.notification("N-2", paid.get("orderId"), paid.get("paymentId"), "PAID", 1_000,
                paid.get("transactionId"), paid.get("paidAt"), null);

        assertThat(notify(keptChecksum).getStatus()).isEqualTo(401);
        MockHttpServletResponse changed = notify(recomputed);

        assertThat(changed.getStatus()).isEqualTo(409);
        assertThat(changed.getContentAsString()).contains("amount_changed");
        assertThat(payments.byOrderId(paid.get("orderId")).orElseThrow().status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(dossiers.get(id).isFeePaid()).isFalse();
        assertRefusalLogged("AMOUNT_CHANGED, order " + paid.get("orderId") + ", amount 1000");
    }

    @Test
    void aNotificationForAnUnknownOrderIsRefusedAndLogged() throws Exception {
        String orderId = "H29.12.05-000000-0000-NOPE" + UUID.randomUUID().toString().substring(0, 4);
        MockHttpServletResponse answer = notify(PaymentFlows.notification("N-3", orderId, "PG00", "PAID", FEE, "GD1",
                "20261126100000", null));

        assertThat(answer.getStatus()).isEqualTo(404);
        assertThat(answer.getContentAsString()).contains("\"ack\":false");
        assertThat(payments.byOrderId(orderId)).isEmpty();
        assertRefusalLogged("UNKNOWN_ORDER, order " + orderId);
    }

    @Test
    void aReturnWithoutANotificationIsConfirmedByQueryAndTheDossierMovesOn() throws Exception {
        UUID id = awaitingFee();
        PaymentFlows.dropNextNotifications(1);
        HttpResponse<String> back = PaymentFlows.decide(checkout(id), "pay");
        Map<String, String> paid = PaymentFlows.returned(back);

        MockHttpServletResponse page = mvc.perform(get(PaymentFlows.returnPath(back)).with(Logins.an()))
                .andReturn().getResponse();

        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("Thanh toán thành công").contains(paid.get("transactionId"));
        assertOnePaidPayment(id, paid.get("transactionId"));
    }

    @Test
    void aNotificationBeforeTheReturnRecordsOnceAndTheReturnTellsItIsPaid() throws Exception {
        UUID id = awaitingFee();
        HttpResponse<String> back = PaymentFlows.decide(checkout(id), "pay");
        Map<String, String> paid = PaymentFlows.returned(back);
        PaymentFlows.await(() -> dossiers.get(id).isFeePaid(), "the platform's notification recorded the fee");

        MockHttpServletResponse page = mvc.perform(get(PaymentFlows.returnPath(back)).with(Logins.an()))
                .andReturn().getResponse();
        MockHttpServletResponse again = mvc.perform(get(PaymentFlows.returnPath(back)).with(Logins.an()))
                .andReturn().getResponse();

        assertThat(page.getContentAsString()).contains("Thanh toán thành công");
        assertThat(again.getContentAsString()).contains("Thanh toán thành công");
        assertOnePaidPayment(id, paid.get("transactionId"));
    }

    @Test
    void aForgedReturnIsRefusedAndRecordsNothing() throws Exception {
        UUID id = awaitingFee();
        PaymentFlows.dropNextNotifications(1);
        HttpResponse<String> back = PaymentFlows.decide(checkout(id), "cancel");
        String tampered = PaymentFlows.returnPath(back).replace("status=CANCELLED", "status=PAID");

        MockHttpServletResponse page = mvc.perform(get(tampered).with(Logins.an())).andReturn().getResponse();
        MockHttpServletResponse otherCitizen = mvc.perform(get(PaymentFlows.returnPath(back)).with(Logins.bich()))
                .andReturn().getResponse();

        assertThat(page.getStatus()).isEqualTo(400);
        assertThat(page.getContentAsString()).contains("Không xác thực được kết quả thanh toán");
        assertThat(otherCitizen.getStatus()).isEqualTo(404);
        assertThat(dossiers.get(id).isFeePaid()).isFalse();
        assertRefusalLogged("forged checksum");
    }

    @Test
    void aCancelledPaymentIsToldAsCancelledAndTheCitizenCanPayAgain() throws Exception {
        UUID id = awaitingFee();
        PaymentFlows.dropNextNotifications(1);
        HttpResponse<String> back = PaymentFlows.decide(checkout(id), "cancel");

        MockHttpServletResponse page = mvc.perform(get(PaymentFlows.returnPath(back)).with(Logins.an()))
                .andReturn().getResponse();

        assertThat(page.getContentAsString()).contains("Bạn đã hủy thanh toán");
        assertThat(dossiers.get(id).status()).isEqualTo(DossierStatus.PAYMENT_REQUESTED);
        String second = checkout(id);
        Map<String, String> paid = PaymentFlows.returned(PaymentFlows.decide(second, "pay"));
        assertThat(paid.get("orderId")).isNotEqualTo(PaymentFlows.returned(back).get("orderId"));
        PaymentFlows.await(() -> dossiers.get(id).isFeePaid(), "the second order's notification recorded the fee");
        assertOnePaidPayment(id, paid.get("transactionId"));
    }

    @Test
    void reconciliationSettlesAPaymentWhoseNotificationWasDropped() throws Exception {
        UUID id = awaitingFee();
        PaymentFlows.dropNextNotifications(1);
        Map<String, String> paid = PaymentFlows.returned(PaymentFlows.decide(checkout(id), "pay"));
        assertThat(onlinePayments.reconcile(Duration.ofMinutes(10)).checked())
                .as("a payment younger than the delay is left to its notification").isZero();
        assertThat(dossiers.get(id).isFeePaid()).isFalse();

        var round = onlinePayments.reconcile(Duration.ZERO);

        assertThat(round.settled()).isGreaterThanOrEqualTo(1);
        assertOnePaidPayment(id, paid.get("transactionId"));
    }

    @Test
    void thePaidFeeHasASignedElectronicReceiptAmongTheDossiersDocuments() throws Exception {
        UUID id = awaitingFee();
        Map<String, String> paid = PaymentFlows.returned(PaymentFlows.decide(checkout(id), "pay"));
        PaymentFlows.await(() -> register.ofDossier(id).stream().anyMatch(d -> d.title().equals(FeeReceipts.TITLE)),
                "the receipt is issued");
        IssuedDocument receipt = register.ofDossier(id).stream().filter(d -> d.title().equals(FeeReceipts.TITLE))
                .findFirst().orElseThrow();
        byte[] pdf = files.content(files.find(receipt.id()).orElseThrow());
        GeneratedPdfs.keep("fee-receipt-" + dossiers.get(id).code() + ".pdf", pdf);

        PdfsigReport report = Pdfsig.check(pdf);

        assertThat(report.signatureCount()).as(report.output()).isEqualTo(1);
        assertThat(report.digestMatches()).as(report.output()).isTrue();
        assertThat(report.coversWholeDocument()).as(report.output()).isTrue();
        assertThat(PdfText.of(pdf)).contains("BIÊN LAI THU PHÍ, LỆ PHÍ ĐIỆN TỬ").contains("100.000 đồng")
                .contains(paid.get("transactionId")).contains(dossiers.get(id).code());
        assertThat(payments.byOrderId(paid.get("orderId")).orElseThrow().receiptId()).isEqualTo(receipt.id());
        String page = mvc.perform(get("/my/dossiers/" + id).with(Logins.an())).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("document-" + receipt.id());
    }

    @Test
    void paymentFiguresShowOnTheDossierPagesAndToAdministrators() throws Exception {
        UUID id = awaitingFee();
        String citizenBefore = mvc.perform(get("/my/dossiers/" + id).with(Logins.an())).andReturn().getResponse()
                .getContentAsString();
        assertThat(citizenBefore).contains("id=\"pay-online\"").contains("100.000 đồng");
        Map<String, String> paid = PaymentFlows.returned(PaymentFlows.decide(checkout(id), "pay"));
        PaymentFlows.await(() -> dossiers.get(id).isFeePaid(), "the fee is recorded");

        String citizen = mvc.perform(get("/my/dossiers/" + id).with(Logins.an())).andReturn().getResponse()
                .getContentAsString();
        String staff = mvc.perform(get("/desk/dossiers/" + id).with(Logins.staff("tiepnhan.benthanh", "H29.12.05", "CLERK")))
                .andReturn().getResponse().getContentAsString();
        MockHttpServletResponse admin = mvc.perform(get("/admin/payments").param("status", "PAID")
                .with(Logins.staff("quantri", "H29", "ADMIN"))).andReturn().getResponse();
        MockHttpServletResponse badFilter = mvc.perform(get("/admin/payments").param("status", "STOLEN")
                .with(Logins.staff("quantri", "H29", "ADMIN"))).andReturn().getResponse();

        assertThat(citizen).doesNotContain("id=\"pay-online\"").contains("id=\"payment-paid\">100.000 đồng")
                .contains("id=\"payment-pending\">0 đồng").contains(paid.get("orderId"));
        assertThat(staff).contains("id=\"payment-paid\">100.000 đồng").contains(paid.get("transactionId"));
        long paidCount = jdbc.sql("select count(*) from payment where status = 'PAID'").query(Long.class).single();
        assertThat(admin.getStatus()).isEqualTo(200);
        assertThat(admin.getContentAsString()).contains(paid.get("orderId"))
                .contains("id=\"count-PAID\">" + paidCount + "<");
        assertThat(badFilter.getStatus()).isEqualTo(400);
        assertThat(badFilter.getContentAsString()).contains("Trạng thái lọc không hợp lệ");
    }

    @Test
    void aPaidDossierThatIsStoppedGetsItsRefundableFeeBack() throws Exception {
        UUID id = awaitingFee();
        Map<String, String> paid = PaymentFlows.returned(PaymentFlows.decide(checkout(id), "pay"));
        PaymentFlows.await(() -> dossiers.get(id).isFeePaid(), "the fee is recorded");
        Dossier dossier = dossiers.get(id);

        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(
                new DossierEvents.StatusChanged(id, dossier.code(), DossierStatus.STOPPED, Instant.now())));

        PaymentFlows.await(() -> payments.byOrderId(paid.get("orderId")).orElseThrow().status()
                == PaymentStatus.REFUNDED, "the fee is refunded");
        Payment refunded = payments.byOrderId(paid.get("orderId")).orElseThrow();
        assertThat(refunded.refundId()).isEqualTo(paid.get("orderId") + "-R");
        assertThat(payments.of(dossiers.get(id)).refundedVnd()).isEqualTo(FEE);
    }

    @Test
    void aFeePaidOnlineAfterTheDeskRecordedItIsRecordedAndGivenBack() throws Exception {
        UUID id = awaitingFee();
        String payUrl = checkout(id);
        desk.confirmFeeAtDesk(id, SampleDossiers.CLERK, "BL-DESK-1");

        HttpResponse<String> back = PaymentFlows.decide(payUrl, "pay");
        String orderId = PaymentFlows.returned(back).get("orderId");
        PaymentFlows.await(() -> payments.byOrderId(orderId).orElseThrow().status() == PaymentStatus.REFUNDED,
                "the payment the dossier no longer waited for is refunded");
        MockHttpServletResponse page = mvc.perform(get(PaymentFlows.returnPath(back)).with(Logins.an()))
                .andReturn().getResponse();

        Dossier dossier = dossiers.get(id);
        assertThat(dossier.fee().via()).isEqualTo(FeeChannel.DESK);
        assertThat(dossier.fee().receiptNumber()).isEqualTo("BL-DESK-1");
        assertThat(page.getContentAsString()).contains("Khoản thanh toán này đã được hoàn trả");
        assertThat(payments.of(dossier).refundedVnd()).isEqualTo(FEE);
    }

    @Test
    void aDossierExemptUnderItsVersionsFeeRuleMovesOnWithoutPaying() throws Exception {
        String exemptName = "Hộ kinh doanh của người có công " + UUID.randomUUID().toString().substring(0, 6);
        String rule = "[{\"field\": \"businessName\", \"values\": [\"" + exemptName + "\"]}]";
        String hkd = "select v.id from procedure_version v join procedure p on p.id = v.procedure_id where p.code = 'HCM.HKD.01'";
        jdbc.sql("update fee_rule set exemptions = cast(:rule as jsonb) where procedure_version_id in (" + hkd + ")")
                .param("rule", rule).update();
        try {
            var filing = BusinessRegistrations.of(OWNER);
            Map<String, Object> form = new java.util.HashMap<>(filing.formData());
            form.put("businessName", exemptName);
            UUID id = dossiers.file(new vn.motcua.cases.dossier.FileDossier(filing.procedureCode(), filing.applicant(),
                    filing.channel(), form)).id();
            desk.accept(id, SampleDossiers.CLERK);

            PaymentFlows.await(() -> dossiers.get(id).status() == DossierStatus.IN_PROGRESS,
                    "the waived fee lets the dossier move on");
            Dossier dossier = dossiers.get(id);
            assertThat(dossier.fee().amountVnd()).isZero();
            assertThat(dossier.fee().receiptNumber()).isEqualTo("MIEN-" + dossier.code());
            String page = mvc.perform(get("/my/dossiers/" + id).with(Logins.an())).andReturn().getResponse()
                    .getContentAsString();
            assertThat(page).contains("id=\"payment-fee\">Được miễn phí, lệ phí").doesNotContain("id=\"pay-online\"")
                    .contains("Được miễn theo quy định của thủ tục");
            assertThat(jdbc.sql("select count(*) from payment where dossier_id = :id").param("id", id)
                    .query(Long.class).single()).isZero();
        }
        finally {
            jdbc.sql("update fee_rule set exemptions = '[]' where procedure_version_id in (" + hkd + ")").update();
        }
    }

    @Test
    void theDatabaseHoldsAtMostOnePaidPaymentPerDossier() throws Exception {
        UUID id = awaitingFee();
        Map<String, String> paid = PaymentFlows.returned(PaymentFlows.decide(checkout(id), "pay"));
        PaymentFlows.await(() -> dossiers.get(id).isFeePaid(), "the fee is recorded");

        assertThatThrownBy(() -> jdbc.sql("""
                insert into payment (id, dossier_id, order_id, amount_vnd, fee_type, status, requested_by, created_at,
                                     transaction_id, paid_at)
                values (:id, :dossier, :order, 100000, 'LE_PHI', 'PAID', 'test', :at, 'GD-SECOND', :at)""")
                .param("id", UUID.randomUUID()).param("dossier", id).param("order", paid.get("orderId") + "-2")
                .param("at", Timestamp.from(Instant.now())).update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void onlyTheOwnerPaysAndOnlyAtStatusSix() throws Exception {
        UUID id = awaitingFee();
        UUID submitted = dossiers.file(BusinessRegistrations.of(OWNER)).id();

        MockHttpServletResponse other = mvc.perform(post("/my/dossiers/" + id + "/payment").with(csrf())
                .with(Logins.bich())).andReturn().getResponse();
        var tooEarlyResult = mvc.perform(post("/my/dossiers/" + submitted + "/payment").with(csrf())
                .with(Logins.an()).with(onPortalPort())).andReturn();
        MockHttpServletResponse tooEarly = tooEarlyResult.getResponse();

        assertThat(other.getStatus()).isEqualTo(404);
        assertThat(tooEarly.getRedirectedUrl()).isEqualTo("/my/dossiers/" + submitted);
        assertThat(tooEarlyResult.getFlashMap().get("paymentError")).isEqualTo("payment.error.NOT_AWAITING_FEE");
        assertThat(jdbc.sql("select count(*) from payment where dossier_id in (:a, :b)").param("a", id)
                .param("b", submitted).query(Long.class).single()).isZero();
    }

    /** A household business registration of An, accepted at the desk and waiting for its fee (status 6). */
    private UUID awaitingFee() {
        UUID id = dossiers.file(BusinessRegistrations.of(OWNER)).id();
        desk.accept(id, SampleDossiers.CLERK);
        assertThat(dossiers.get(id).status()).isEqualTo(DossierStatus.PAYMENT_REQUESTED);
        return id;
    }

    /** The citizen presses the pay button; answers the platform's page the portal sends the browser to. */
    private String checkout(UUID id) throws Exception {
        MockHttpServletResponse answer = mvc.perform(post("/my/dossiers/" + id + "/payment").with(csrf())
                .with(Logins.an()).with(onPortalPort())).andReturn().getResponse();
        assertThat(answer.getStatus()).isEqualTo(302);
        assertThat(answer.getRedirectedUrl()).startsWith(SandboxRunner.baseUrl() + "/paygov/pay/");
        return answer.getRedirectedUrl();
    }

    /** Requests come to the running portal's port, so that the platform can reach the notification URL. */
    private RequestPostProcessor onPortalPort() {
        return request -> {
            request.setServerPort(port);
            return request;
        };
    }

    private MockHttpServletResponse notify(String body) throws Exception {
        return mvc.perform(post("/payment/notifications").contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn().getResponse();
    }

    private void assertOnePaidPayment(UUID id, String transactionId) throws InterruptedException {
        PaymentFlows.await(() -> dossiers.get(id).status() == DossierStatus.IN_PROGRESS, "the dossier is in progress");
        Dossier dossier = dossiers.get(id);
        assertThat(dossier.isFeePaid()).isTrue();
        assertThat(dossier.fee().via()).isEqualTo(FeeChannel.ONLINE);
        assertThat(dossier.fee().receiptNumber()).isEqualTo(transactionId);
        assertThat(dossier.fee().amountVnd()).isEqualTo(FEE);
        List<Payment> paid = payments.of(dossier).payments().stream().filter(p -> p.status() == PaymentStatus.PAID)
                .toList();
        assertThat(paid).singleElement().extracting(Payment::transactionId).isEqualTo(transactionId);
        assertThat(dossier.history().stream().filter(change -> change.status() == DossierStatus.PAYMENT_REQUESTED))
                .as("the dossier waited for its fee once").hasSize(1);
    }

    private void assertRefusalLogged(String detail) {
        assertThat(audit.latest(null, 50)).anySatisfy(event -> {
            assertThat(event.kind()).isEqualTo(SecurityEvent.Kind.PAYMENT_REFUSED);
            assertThat(event.detail()).contains(detail);
        });
    }
}

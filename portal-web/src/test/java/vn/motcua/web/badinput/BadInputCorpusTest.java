package vn.motcua.web.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.draft.Drafts;
import vn.motcua.cases.issuance.IssuedDocuments;
import vn.motcua.cases.storage.StoredFiles;
import vn.motcua.web.support.PortalIntegrationTest;
import vn.motcua.workflow.desk.DeskActions;

/**
 * The bad-input corpus against every state-changing form and API endpoint: each (target × input) is a named dynamic
 * test; the last test prints how many cases ran and how many answered 5xx, which must be none.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BadInputCorpusTest extends PortalIntegrationTest {

    @Autowired JdbcClient jdbc;
    @Autowired Dossiers dossiers;
    @Autowired DeskActions desk;
    @Autowired Drafts drafts;
    @Autowired IssuedDocuments register;
    @Autowired StoredFiles files;

    private Fixture fixture;
    private long started;

    @BeforeAll
    void fixture() {
        started = System.nanoTime();
        fixture = new Fixture(mvc, jdbc, dossiers, desk, drafts, register, files);
    }

    @TestFactory
    @Order(1)
    Stream<DynamicNode> startingADraft() {
        return new DraftTargets(fixture).start();
    }

    @TestFactory
    @Order(2)
    Stream<DynamicNode> savingEachStepOfTheSeedForms() throws Exception {
        return new DraftTargets(fixture).steps();
    }

    @TestFactory
    @Order(3)
    Stream<DynamicNode> repeatingGroupsAndPages() throws Exception {
        return new DraftTargets(fixture).groups();
    }

    @TestFactory
    @Order(4)
    Stream<DynamicNode> uploadingToADraft() throws Exception {
        return new DraftTargets(fixture).uploads();
    }

    @TestFactory
    @Order(5)
    Stream<DynamicNode> submittingADraft() throws Exception {
        return new DraftTargets(fixture).submit();
    }

    @TestFactory
    @Order(6)
    Stream<DynamicNode> requestingASupplementAtTheDesk() {
        return new DossierTargets(fixture).supplementRequest();
    }

    @TestFactory
    @Order(7)
    Stream<DynamicNode> answeringASupplementRequest() {
        return new DossierTargets(fixture).supplementAnswer();
    }

    @TestFactory
    @Order(8)
    Stream<DynamicNode> withdrawingADossier() {
        return new DossierTargets(fixture).withdrawal();
    }

    @TestFactory
    @Order(9)
    Stream<DynamicNode> ratingTheService() {
        return new DossierTargets(fixture).evaluation();
    }

    @TestFactory
    @Order(10)
    Stream<DynamicNode> lookingADossierUp() {
        return new PublicAndAdminTargets(fixture).lookup();
    }

    @TestFactory
    @Order(11)
    Stream<DynamicNode> verifyingAnUploadedDocument() {
        return new PublicAndAdminTargets(fixture).verifyUpload();
    }

    @TestFactory
    @Order(12)
    Stream<DynamicNode> filteringTheAccessLog() {
        return new PublicAndAdminTargets(fixture).accessLogFilters();
    }

    @TestFactory
    @Order(13)
    Stream<DynamicNode> revokingADocument() {
        return new PublicAndAdminTargets(fixture).revocation();
    }

    @TestFactory
    @Order(14)
    Stream<DynamicNode> malformedIdsInPaths() {
        return new PublicAndAdminTargets(fixture).malformedIds();
    }

    @TestFactory
    @Order(15)
    Stream<DynamicNode> expressionsInEveryFieldOfEveryProcedure() throws Exception {
        return new ExpressionTargets(fixture).everyProcedure();
    }

    @TestFactory
    @Order(20)
    Stream<DynamicNode> apiReads() {
        return new ApiTargets(fixture).reads();
    }

    @TestFactory
    @Order(21)
    Stream<DynamicNode> apiSupplementAnswer() {
        return new ApiTargets(fixture).supplement();
    }

    @TestFactory
    @Order(22)
    Stream<DynamicNode> apiWithdrawal() {
        return new ApiTargets(fixture).withdrawal();
    }

    @TestFactory
    @Order(23)
    Stream<DynamicNode> apiEvaluation() {
        return new ApiTargets(fixture).evaluation();
    }

    @TestFactory
    @Order(30)
    Stream<DynamicNode> apiCatalogue() {
        return new DraftApiTargets(fixture).catalogue();
    }

    @TestFactory
    @Order(31)
    Stream<DynamicNode> apiStartingADraft() {
        return new DraftApiTargets(fixture).start();
    }

    @TestFactory
    @Order(32)
    Stream<DynamicNode> apiSavingEachStepOfTheSeedForms() {
        return new DraftApiTargets(fixture).values();
    }

    @TestFactory
    @Order(33)
    Stream<DynamicNode> apiMalformedDraftBodies() {
        return new DraftApiTargets(fixture).saveBodies();
    }

    @TestFactory
    @Order(34)
    Stream<DynamicNode> apiUploadingToADraft() {
        return new DraftApiTargets(fixture).attachments();
    }

    @TestFactory
    @Order(35)
    Stream<DynamicNode> apiSubmittingADraft() throws Exception {
        return new DraftApiTargets(fixture).submission();
    }

    @TestFactory
    @Order(36)
    Stream<DynamicNode> apiMalformedIdsInPaths() {
        return new DraftApiTargets(fixture).malformedIds();
    }

    // admin: procedures and their forms, BPMN uploads, the audit log and staff assignments
    @TestFactory
    @Order(60)
    Stream<DynamicNode> administeringProceduresAndForms() throws Exception {
        return new AdminTargets(fixture).procedures();
    }

    @TestFactory
    @Order(61)
    Stream<DynamicNode> uploadingAProcess() {
        return new AdminTargets(fixture).processUploads();
    }

    @TestFactory
    @Order(62)
    Stream<DynamicNode> filteringTheAuditLogAndAssigningStaff() {
        return new AdminTargets(fixture).auditAndStaff();
    }

    @Test
    @Order(100)
    void noInputCausedAServerError() {
        System.out.printf("Bad-input corpus: %d cases run in %.1f s (after the application started), %d answered 5xx%n",
                Verdicts.CASES.get(), (System.nanoTime() - started) / 1e9, Verdicts.SERVER_ERRORS.get());
        assertThat(Verdicts.CASES.get()).as("cases run").isPositive();
        assertThat(Verdicts.SERVER_ERRORS.get()).as("5xx answers").isZero();
    }

    // proc: the generic task page
    @Autowired vn.motcua.workflow.desk.TaskCompletion completion;

    @TestFactory
    @Order(60)
    Stream<DynamicNode> completingATask() {
        return new TaskTargets(fixture, desk, completion).decisions();
    }
}

package vn.motcua.workflow.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.motcua.cases.dossier.Applicant;
import vn.motcua.cases.dossier.Channel;
import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.DossierStatus;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.dossier.FileDossier;
import vn.motcua.cases.procedure.ExtractRequest;
import vn.motcua.workflow.StaffMember;
import vn.motcua.workflow.StaffMember.Role;
import vn.motcua.workflow.desk.DeskActions;
import vn.motcua.workflow.diagram.ProcessStep.State;

@SpringBootTest
class ProcessPicturesTest {

    private static final StaffMember CLERK = new StaffMember("tiepnhan.benthanh", "Võ Thị Hạnh", "H29.12.05", Set.of(Role.CLERK));
    private static final StaffMember SPECIALIST = new StaffMember("chuyenvien.benthanh", "Võ Minh Tuấn", "H29.12.05", Set.of(Role.SPECIALIST));
    private static final StaffMember LEADER = new StaffMember("lanhdao.benthanh", "Phạm Văn Hải", "H29.12.05", Set.of(Role.LEADER));

    @Autowired ProcessPictures pictures;
    @Autowired Dossiers dossiers;
    @Autowired DeskActions desk;

    @Test
    void aRunningProcessIsDrawnWithItsCurrentStepAndListedStepByStep() throws IOException {
        Dossier filed = dossiers.file(extract());

        assertThat(pictures.steps(filed.id())).extracting(ProcessStep::activityId, ProcessStep::state).containsExactly(
                org.assertj.core.groups.Tuple.tuple("filed", State.DONE),
                org.assertj.core.groups.Tuple.tuple(DeskActions.INTAKE, State.CURRENT),
                org.assertj.core.groups.Tuple.tuple(DeskActions.REVIEW, State.PENDING),
                org.assertj.core.groups.Tuple.tuple(DeskActions.APPROVAL, State.PENDING),
                org.assertj.core.groups.Tuple.tuple("recheck", State.PENDING),
                org.assertj.core.groups.Tuple.tuple("issueResult", State.PENDING),
                org.assertj.core.groups.Tuple.tuple("done", State.PENDING));
        assertThat(pictures.steps(filed.id())).extracting(ProcessStep::name).contains("Tiếp nhận hồ sơ");

        BufferedImage image = readPng(pictures.png(filed.id()).orElseThrow(), "running");
        // the elements in layers side by side, each at least an event wide
        assertThat(image.getWidth()).isBetween(600, 2000);
        assertThat(image.getHeight()).isBetween(40, 600);
        assertThat(containsColour(image, ProcessPictures.DONE.getRGB())).as("the done start event is framed").isTrue();
    }

    @Test
    void aFinishedProcessIsDrawnWithEveryStepDone() throws IOException {
        Dossier filed = dossiers.file(extract());
        desk.accept(filed.id(), CLERK);
        desk.review(filed.id(), SPECIALIST);
        desk.approve(filed.id(), LEADER);
        awaitStatus(filed.id(), DossierStatus.RESULT_READY);

        // the happy path never passes the desk's re-check after a return
        assertThat(pictures.steps(filed.id())).filteredOn(step -> !step.activityId().equals("recheck")).isNotEmpty()
                .allMatch(step -> step.state() == State.DONE);
        assertThat(pictures.steps(filed.id())).filteredOn(step -> step.activityId().equals("recheck"))
                .extracting(ProcessStep::state).containsExactly(State.PENDING);
        BufferedImage image = readPng(pictures.png(filed.id()).orElseThrow(), "finished");
        assertThat(image.getWidth()).isBetween(600, 2000);
    }

    @Test
    void aDossierWithoutAProcessHasNoPicture() {
        UUID unknown = UUID.randomUUID();
        assertThat(pictures.png(unknown)).isEmpty();
        assertThat(pictures.steps(unknown)).isEmpty();
    }

    private static BufferedImage readPng(byte[] png, String name) throws IOException {
        assertThat(png).hasSizeGreaterThan(2_000);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        Path kept = Path.of("target", "process-pictures", name + ".png");
        Files.createDirectories(kept.getParent());
        Files.write(kept, png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).isNotNull();
        return image;
    }

    private static boolean containsColour(BufferedImage image, int rgb) {
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                if ((image.getRGB(x, y) & 0xffffff) == (rgb & 0xffffff)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static FileDossier extract() {
        ExtractRequest request = new ExtractRequest(ExtractRequest.ExtractType.BIRTH, "Nguyễn Văn An",
                LocalDate.of(1990, 5, 12), "male", "079090001234", "UBND phường Bến Thành", "123/1990", 1, "Làm hồ sơ");
        return new FileDossier(ExtractRequest.PROCEDURE_CODE, new Applicant("079090001234", "Nguyễn Văn An",
                LocalDate.of(1990, 5, 12), "male", "45 Lê Thánh Tôn", "0901234567", null), Channel.ONLINE,
                request.toFormData());
    }

    private void awaitStatus(UUID id, DossierStatus status) {
        await("dossier " + id + " in status " + status.code()).atMost(Duration.ofSeconds(60))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200))
                .until(() -> dossiers.get(id).status() == status);
    }
}

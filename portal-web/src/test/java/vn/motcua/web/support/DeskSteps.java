package vn.motcua.web.support;

import static org.assertj.core.api.Assertions.assertThat;

/** What the clerk of Bến Thành ward does at the one-stop desk in the browser journeys. */
public final class DeskSteps {

    private DeskSteps() {
    }

    /** Logs the clerk in at the desk ({@code deskUrl}), opens the waiting dossier and accepts it. */
    public static void accept(Browser clerk, String deskUrl, String code) {
        clerk.open(deskUrl);
        clerk.logInAtEid("tiepnhan.benthanh", "demo");
        clerk.click("open-" + code);
        clerk.click("accept");
        assertThat(clerk.text("accepted-notice")).contains(code);
    }
}

package vn.motcua.cases.dossier;

import java.util.Arrays;

/** How a dossier reached the agency: 1 in person, 2 online, 3 by post. */
public enum Channel {
    IN_PERSON(1), ONLINE(2), POSTAL(3);

    private final int code;

    Channel(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public String messageKey() {
        return "dossier.channel." + code;
    }

    public static Channel ofCode(int code) {
        return Arrays.stream(values()).filter(c -> c.code == code).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown channel " + code));
    }
}

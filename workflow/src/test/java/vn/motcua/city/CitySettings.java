package vn.motcua.city;

import java.util.Locale;

/**
 * The generator's knobs, as system properties: the database (on the machine's PostgreSQL, created by
 * {@code ./scripts/city-data} with an owner and an application role), how many dossiers, how many of them open with a
 * running process, how many of those processes go through the engine (the others are copies of theirs), and how many
 * threads start those processes.
 */
record CitySettings(String url, String appRole, String ownerRole, String password, int dossiers, int open,
        int real, int openAtBenThanh, int threads) {

    /** Bến Thành's ward (the demo's staff work there): a city's busiest one-stop agency. */
    static final String BEN_THANH = "H29.12.05";

    static CitySettings fromSystemProperties() {
        String database = System.getProperty("database", "motcua_city");
        return new CitySettings(
                System.getProperty("url", "jdbc:postgresql://127.0.0.1:5432/" + database),
                System.getProperty("app-role", database + "_app"),
                System.getProperty("owner-role", database + "_owner"),
                System.getProperty("password", "motcua-city"),
                Integer.getInteger("dossiers", 1_000_000),
                Integer.getInteger("open", 30_000),
                Integer.getInteger("real", 200),
                Integer.getInteger("open-at-ben-thanh", 5_000),
                Integer.getInteger("threads", 3));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s: %,d dossiers, %,d open (%,d through the engine, %,d at %s), %d threads", url,
                dossiers, open, real, openAtBenThanh, BEN_THANH, threads);
    }
}

package vn.motcua.db;

import java.io.IOException;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The embedded database alone, in a process of its own, configured as the run command configures it (none of the
 * tests' settings reach it). Arguments: the data directory, then notes to store. It stores the notes, prints the
 * durability settings and every stored note as {@code name=value} lines, then {@value #READY}, and runs until its
 * standard input is closed.
 */
final class EmbeddedDatabaseProcess {

    static final String READY = "READY";

    private EmbeddedDatabaseProcess() {
    }

    public static void main(String[] args) throws IOException {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Database.class)
                .web(WebApplicationType.NONE)
                .run("--motcua.embedded-db.enabled=true", "--motcua.embedded-db.directory=" + args[0])) {
            JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
            jdbc.execute("create table if not exists note (text text not null)");
            for (int i = 1; i < args.length; i++) {
                jdbc.update("insert into note (text) values (?)", args[i]);
            }
            for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
                System.out.println(setting + "=" + jdbc.queryForObject("show " + setting, String.class));
            }
            System.out.println("notes=" + String.join(",", jdbc.queryForList("select text from note order by text",
                    String.class)));
            System.out.println(READY);
            System.out.flush();
            while (System.in.read() >= 0) {
                // runs until the test closes our standard input (or kills us)
            }
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration(EmbeddedDatabaseAutoConfiguration.class)
    static class Database {
    }
}

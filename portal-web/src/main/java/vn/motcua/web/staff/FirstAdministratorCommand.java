package vn.motcua.web.staff;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import vn.motcua.cases.audit.SecurityAudit;
import vn.motcua.cases.audit.SecurityEvent;
import vn.motcua.cases.staff.FirstAdministrator;
import vn.motcua.cases.staff.FirstAdministratorRefusedException;
import vn.motcua.cases.staff.StaffAccount;

/**
 * The one-time command that creates the first administrator of a new deployment:
 * {@code java -jar portal-web.jar --motcua.bootstrap-admin=<e-ID subject> [--motcua.bootstrap-admin-name=<full name>]
 * [--motcua.bootstrap-agency=<code> [--motcua.bootstrap-agency-name=<name> --motcua.bootstrap-agency-place=<place>]]}.
 * The portal then starts without an HTTP port ({@code PortalApplication}), this runs, prints one line and the process
 * ends: status 0 when the administrator was created, {@value #REFUSED} with the reason (audited) when refused.
 */
@Component
@ConditionalOnProperty(FirstAdministratorCommand.SUBJECT)
class FirstAdministratorCommand implements ApplicationRunner, ExitCodeGenerator {

    /** The argument that asks for the command: the e-ID subject who becomes administrator. */
    static final String SUBJECT = "motcua.bootstrap-admin";
    static final String NAME = "motcua.bootstrap-admin-name";
    static final String AGENCY = "motcua.bootstrap-agency";
    static final String AGENCY_NAME = "motcua.bootstrap-agency-name";
    static final String AGENCY_PLACE = "motcua.bootstrap-agency-place";
    /** The exit status of a refused command. */
    static final int REFUSED = 2;

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final FirstAdministrator firstAdministrator;
    private final SecurityAudit audit;
    private final MessageSource messages;
    private final Environment environment;
    private final Clock clock;
    private volatile int exitCode;

    FirstAdministratorCommand(FirstAdministrator firstAdministrator, SecurityAudit audit, MessageSource messages,
            Environment environment, Clock clock) {
        this.firstAdministrator = firstAdministrator;
        this.audit = audit;
        this.messages = messages;
        this.environment = environment;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        exitCode = execute(System.out, System.err);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    /** Creates the administrator the settings name; prints one line to {@code out}, or to {@code err} when refused. */
    int execute(PrintStream out, PrintStream err) {
        FirstAdministrator.Request request = new FirstAdministrator.Request(environment.getProperty(SUBJECT),
                environment.getProperty(NAME), environment.getProperty(AGENCY), environment.getProperty(AGENCY_NAME),
                environment.getProperty(AGENCY_PLACE));
        try {
            StaffAccount admin = firstAdministrator.create(request);
            out.println(message("bootstrap.created", admin.username(), admin.fullName(), admin.agencyCode()));
            return 0;
        } catch (FirstAdministratorRefusedException refused) {
            audit.record(new SecurityEvent(clock.instant(), SecurityEvent.Kind.ADMIN_BOOTSTRAP_REFUSED,
                    request.username(), null, null, null, refused.problems().stream()
                            .map(FirstAdministratorRefusedException.Problem::key).collect(Collectors.joining(" "))));
            err.println(message("bootstrap.refused") + " " + refused.problems().stream()
                    .map(problem -> message(problem.key(), problem.arguments().toArray()))
                    .collect(Collectors.joining(" ")));
            return REFUSED;
        }
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, VIETNAMESE);
    }
}

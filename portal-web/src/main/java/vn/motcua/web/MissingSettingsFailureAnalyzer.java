package vn.motcua.web;

import java.util.stream.Collectors;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import vn.motcua.web.ProductionSettings.MissingSettingsException;

/** Reports a start without the demo profile and without production settings as a list of the missing ones. */
public class MissingSettingsFailureAnalyzer extends AbstractFailureAnalyzer<MissingSettingsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingSettingsException cause) {
        String list = cause.problems().stream().map(problem -> "    - " + problem).collect(Collectors.joining("\n"));
        return new FailureAnalysis("The portal was started without the " + ProductionSettings.DEMO
                + " profile, and these settings have no value or one unfit for production:\n" + list,
                "Set each of them (docs/operations.md, \"Operating in production\"), for example as environment variables,"
                        + " or start the demo with --spring.profiles.active=" + ProductionSettings.DEMO + ".",
                cause);
    }
}

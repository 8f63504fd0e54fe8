package vn.motcua.cases.dossier;

import java.util.Map;

/** Command: file a dossier under the current version of a procedure. */
public record FileDossier(String procedureCode, Applicant applicant, Channel channel, Map<String, Object> formData) {
}

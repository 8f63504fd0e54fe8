package vn.motcua.cases.dossier;

/** The procedure named in a command does not exist. */
public class UnknownProcedureException extends RuntimeException {

    UnknownProcedureException(String procedureCode) {
        super("Unknown procedure " + procedureCode);
    }
}

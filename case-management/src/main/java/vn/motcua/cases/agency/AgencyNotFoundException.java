package vn.motcua.cases.agency;

/** There is no agency with the code. */
public class AgencyNotFoundException extends RuntimeException {

    AgencyNotFoundException(String code) {
        super("No agency " + code);
    }
}

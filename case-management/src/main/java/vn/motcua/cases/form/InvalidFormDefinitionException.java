package vn.motcua.cases.form;

/** A form definition that does not follow the rules (unknown type, duplicate key, too long a maximum …). */
public class InvalidFormDefinitionException extends RuntimeException {

    public InvalidFormDefinitionException(String message) {
        super(message);
    }
}

package vn.motcua.cases.notification;

/** The port to an SMS gateway: a short text to a phone number. */
public interface SmsGateway {

    /** Sends the text; throws when the gateway refuses it. */
    void send(String phone, String text);
}

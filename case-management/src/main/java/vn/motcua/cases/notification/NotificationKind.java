package vn.motcua.cases.notification;

/** What a notification tells; the portal shows its text from the message key {@code notification.kind.{name}}. */
public enum NotificationKind {
    /** To the citizen: the dossier was accepted (status 2). */
    ACCEPTED("Hồ sơ đã được tiếp nhận"),
    /** To the citizen: the dossier was refused (status 3). */
    REFUSED("Hồ sơ không được tiếp nhận"),
    /** To the citizen: a supplement is requested (status 5). */
    SUPPLEMENT_REQUESTED("Yêu cầu bổ sung hồ sơ"),
    /** To the citizen: the fee is to be paid (status 6). */
    PAYMENT_REQUESTED("Yêu cầu thực hiện nghĩa vụ tài chính"),
    /** To the citizen: the result is ready (status 9). */
    RESULT_READY("Hồ sơ đã có kết quả"),
    /** To the citizen: the dossier is late; an apology with a new date was issued. */
    APOLOGY("Thư xin lỗi và hẹn lại ngày trả kết quả"),
    /** To an agency's leaders: a step has used most of its share of the deadline. */
    STEP_WARNING("Hồ sơ sắp đến hạn xử lý"),
    /** To an agency's leaders: the dossier is overdue. */
    OVERDUE("Hồ sơ đã quá hạn");

    private final String subject;

    NotificationKind(String subject) {
        this.subject = subject;
    }

    /** The subject of the e-mail, in Vietnamese. */
    public String subject() {
        return subject;
    }
}

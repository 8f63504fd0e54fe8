package vn.motcua.web.citizen;

/** The withdrawal's optional reason and the applicant's explicit confirmation. */
record WithdrawalForm(String reason, String confirm) {

    boolean confirmed() {
        return "yes".equals(confirm);
    }
}

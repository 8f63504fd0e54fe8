package vn.motcua.workflow.payment;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import vn.motcua.cases.payment.PaymentReport;
import vn.motcua.payment.PaymentPlatform;
import vn.motcua.payment.PlatformUnavailableException;
import vn.motcua.payment.Report;

/** The payment platform's port, if the application has one, and the books' view of its reports. */
@Component
class Platforms {

    private final ObjectProvider<PaymentPlatform> platforms;

    Platforms(ObjectProvider<PaymentPlatform> platforms) {
        this.platforms = platforms;
    }

    /** The platform's adapter; a module run without one (e.g. its tests) has no platform to reach. */
    PaymentPlatform platform() {
        PaymentPlatform platform = platforms.getIfAvailable();
        if (platform == null) {
            throw new PlatformUnavailableException("No payment platform is configured");
        }
        return platform;
    }

    /** A verified report of the platform as the books take it. */
    static PaymentReport toBooks(Report report) {
        PaymentReport.State state = report.status().tookMoney() ? PaymentReport.State.TOOK_MONEY
                : switch (report.status()) {
                    case CANCELLED -> PaymentReport.State.CANCELLED;
                    default -> PaymentReport.State.PENDING;
                };
        return new PaymentReport(report.orderId(), report.paymentId(), state, report.amountVnd(),
                report.transactionId(), report.paidAt());
    }
}

package vn.motcua.sandbox.fault;

/** A stand-in that goes down and comes back by itself when its outage switch changes (the SMTP server). */
public interface FaultListener {

    /**
     * Called whenever the faults of an API are set or reset.
     *
     * @param api    the API whose switch changed
     * @param outage whether the API is now down
     */
    void outageChanged(FaultInjector.Api api, boolean outage);
}

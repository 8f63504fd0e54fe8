package vn.motcua.workflow.deadletter;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.motcua.workflow.ProcessDelegate;

/** Test only: the delegate of flaky-call.bpmn20.xml; it fails, like an unreachable registry, while {@link #down} is set. */
@ProcessDelegate
@Component("flakyCall")
class FlakyCall implements JavaDelegate {

    final AtomicBoolean down = new AtomicBoolean(true);
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public void execute(DelegateExecution execution) {
        calls.incrementAndGet();
        if (down.get()) {
            throw new IllegalStateException("Cơ sở dữ liệu không phản hồi (registry unreachable)");
        }
    }
}

package vn.motcua.documents;

import java.util.function.Supplier;

/**
 * Runs each step of issuing a document ({@value #RENDERING}: the PDF is laid out; {@value #SIGNING}: it is signed and
 * time-stamped), so that the application can time or trace them without this module knowing how.
 */
@FunctionalInterface
public interface IssuingSteps {

    /** The PDF layout of a document. */
    String RENDERING = "rendering";

    /** The PAdES signature, its time-stamp included. */
    String SIGNING = "signing";

    /** Runs the steps as they are. */
    IssuingSteps PLAIN = new IssuingSteps() {
        @Override
        public <T> T run(String step, Supplier<T> work) {
            return work.get();
        }
    };

    /**
     * Runs one step.
     *
     * @param step {@link #RENDERING} or {@link #SIGNING}
     * @param work the step
     * @return what the step returned
     */
    <T> T run(String step, Supplier<T> work);
}

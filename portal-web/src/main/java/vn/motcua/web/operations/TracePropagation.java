package vn.motcua.web.operations;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import vn.motcua.documents.TraceHeaders;

/**
 * The trace context for the calls that do not go through Spring's observed {@code RestClient.Builder} (the LGSP and
 * the payment platform do): the time-stamping authority's queries take the W3C {@code traceparent} of the span current
 * on the calling thread (the request, or the signing step of a background job) from the application's tracer.
 */
@Configuration(proxyBeanMethods = false)
class TracePropagation {

    /** Headers of the current span written by the tracer's propagator; none without a tracer or a current span. */
    @Bean
    TraceHeaders traceHeaders(ObjectProvider<Tracer> tracers, ObjectProvider<Propagator> propagators) {
        Tracer tracer = tracers.getIfAvailable();
        Propagator propagator = propagators.getIfAvailable();
        if (tracer == null || propagator == null) {
            return TraceHeaders.NONE;
        }
        return () -> {
            TraceContext context = tracer.currentTraceContext().context();
            if (context == null) {
                return Map.of();
            }
            Map<String, String> headers = new LinkedHashMap<>();
            propagator.inject(context, headers, Map::put);
            return headers;
        };
    }
}

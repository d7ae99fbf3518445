package org.ftzobservatory.kernel;

import java.lang.reflect.AnnotatedElement;
import java.util.Optional;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * The long fuzz profile (issue 14 §4, {@code mvn -Pfuzz-long test}): with the system property {@code ftz.fuzz.tries=N}
 * every jqwik property runs at least N tries, whatever its {@code @Property(tries = …)} says (those keep the default
 * run short). Registered for all properties through META-INF/services; without the system property it changes nothing.
 */
public class LongFuzzTries implements AroundPropertyHook {

    static final String TRIES = "ftz.fuzz.tries";

    @Override
    public boolean appliesTo(Optional<AnnotatedElement> element) {
        return true;
    }

    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        String value = System.getProperty(TRIES, "").trim();
        // Examples (no generated parameters) would only repeat the same call.
        if (!value.isEmpty() && context.targetMethod().getParameterCount() > 0) {
            int tries = Integer.parseInt(value);
            context.attributes().setTries(Math.max(tries, context.attributes().tries().orElse(0)));
            // Filters that drop many generated values would otherwise end a long run early as "exhausted".
            context.attributes().setMaxDiscardRatio(1_000);
        }
        return property.execute();
    }
}

package io.offerkit.fuzz;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Sets every fuzz property's number of tries from {@code -Dfuzz.tries} (default {@value #DEFAULT}), so CI runs a
 * short bounded fuzz and a long run needs no code change: {@code @Property(tries = N)} only takes a constant.
 */
public final class FuzzTries implements AroundPropertyHook {
    /** Enough to hit every mutation kind on every sample, small enough for the whole suite to stay under a minute. */
    static final int DEFAULT = 200;

    static int tries() {
        return Integer.getInteger("fuzz.tries", DEFAULT);
    }

    /** Registered on a test class, the hook must reach that class's properties, not just the class itself. */
    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        context.attributes().setTries(tries());
        return property.execute();
    }
}

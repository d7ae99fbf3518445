package org.ftzobservatory.testing;

import java.util.ArrayList;
import java.util.List;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints, at the end of every test run, how many tests were skipped and why (registered through META-INF/services, so
 * {@code mvn -B test} always shows it). A skipped class counts with its reason once. Under CI a skip is a failure:
 * .ci/run fails the build when this report is not empty.
 */
public final class SkippedTestsReport implements TestExecutionListener {

    private final List<String> skipped = new ArrayList<>();

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        skipped.add(test.getDisplayName() + ": " + reason);
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
            skipped.add(test.getDisplayName() + ": " + result.getThrowable().map(Throwable::getMessage).orElse("aborted"));
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        System.out.println("[skipped-tests] " + skipped.size() + " skipped");
        skipped.forEach(s -> System.out.println("[skipped-tests]   " + s));
    }
}

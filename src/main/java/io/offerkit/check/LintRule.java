package io.offerkit.check;

import io.offerkit.text.lint.Lint;
import io.offerkit.text.lint.LintInput;
import java.util.List;

/** A checklist item backed by a text lint, so the checklist and the description view judge text the same way. */
final class LintRule implements Rule {
    private final Lint lint;
    private final String okMessage;

    LintRule(Lint lint, String okMessage) {
        this.lint = lint;
        this.okMessage = okMessage;
    }

    String lintId() {
        return lint.id();
    }

    @Override
    public Verdict apply(CheckContext context, String target) {
        List<Lint.Problem> problems = lint.check(new LintInput(context.project(), context.description()));
        if (problems.isEmpty()) {
            return Verdict.ok(okMessage);
        }
        return Verdict.problem(String.join(" ", problems.stream().map(Lint.Problem::message).toList()));
    }
}

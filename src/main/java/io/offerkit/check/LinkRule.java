package io.offerkit.check;

import io.offerkit.profile.LinkSpec;

/** A listing link is present when required and is an absolute (https) address. */
final class LinkRule implements Rule {
    @Override
    public Verdict apply(CheckContext context, String target) {
        LinkSpec spec = context.profile().link(target).orElse(new LinkSpec(target, target, true, true));
        String url = context.project().link(target);
        if (url.isBlank()) {
            return spec.required() ? Verdict.problem(spec.label() + " is missing.") : Verdict.ok(spec.label() + " not given (optional).");
        }
        String problem = Links.problem(url, spec.httpsOnly());
        return problem == null ? Verdict.ok(spec.label() + ": " + url) : Verdict.problem(spec.label() + ": " + problem);
    }
}

package io.offerkit.check;

/** Two links (target "help,support") must not be the same address. */
final class LinksDifferRule implements Rule {
    @Override
    public Verdict apply(CheckContext context, String target) {
        String[] ids = target.split(",");
        String first = context.project().link(ids[0].strip());
        String second = context.project().link(ids[1].strip());
        if (first.isBlank() || second.isBlank()) {
            return Verdict.ok("Nothing to compare yet.");
        }
        if (Links.normalise(first).equals(Links.normalise(second))) {
            return Verdict.problem("The " + ids[0] + " and " + ids[1] + " links are the same address; they must differ.");
        }
        return Verdict.ok("The " + ids[0] + " and " + ids[1] + " links differ.");
    }
}

package io.offerkit.check;

import io.offerkit.profile.ChecklistItem;
import io.offerkit.profile.Severity;
import io.offerkit.project.Attestation;

/** An attested item passes once the publisher has confirmed it; until then it awaits confirmation. */
final class AttestationRule {
    private AttestationRule() {
    }

    static CheckResult apply(CheckContext context, ChecklistItem item) {
        Attestation attestation = context.project().attestations().get(item.id());
        if (attestation == null || !attestation.confirmed()) {
            if (item.severity() == Severity.WARNING) {
                // An optional requirement (e.g. cloud integration) must not hold the offer back.
                return new CheckResult(item, CheckState.WARN, "Optional, not confirmed: " + item.ruleText());
            }
            return new CheckResult(item, CheckState.CONFIRM, "Awaiting your confirmation: " + item.ruleText());
        }
        String note = attestation.note() == null || attestation.note().isBlank() ? "" : " (" + attestation.note() + ")";
        String when = attestation.confirmedOn() == null ? "" : " on " + attestation.confirmedOn();
        return new CheckResult(item, CheckState.PASS, "Confirmed" + when + note + ".");
    }
}

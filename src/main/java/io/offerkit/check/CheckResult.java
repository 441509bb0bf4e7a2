package io.offerkit.check;

import io.offerkit.profile.ChecklistItem;

/** One checklist item's verdict, with a message that says what to do. */
public record CheckResult(ChecklistItem item, CheckState state, String message) {
}

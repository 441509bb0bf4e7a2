package io.offerkit.check;

/** One automatic rule; the checklist item names it and its target (a field, slot, document or link id). */
interface Rule {
    Verdict apply(CheckContext context, String target);
}

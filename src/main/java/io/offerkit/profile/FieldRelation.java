package io.offerkit.profile;

/**
 * A rule between two fields of the listing, named as checklist items name fields ("link:help", "text:summary"):
 * {@code field} must be {@code kind} with respect to {@code other}.
 */
public record FieldRelation(String id, String field, String other, RelationKind kind, String help) {
    public FieldRelation {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a relation needs an id");
        }
        if (kind == null) {
            throw new IllegalArgumentException("relation " + id + " needs a kind: different, not_inside or same");
        }
    }
}

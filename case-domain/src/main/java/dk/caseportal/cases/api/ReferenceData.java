package dk.caseportal.cases.api;

import java.util.List;
import java.util.Optional;

/** The values a new case may be classified with. */
public interface ReferenceData {

    /** The active values of the list in their order. */
    List<ReferenceValue> active(ReferenceKind kind);

    /** Any value, also a retired one (old cases keep theirs). */
    Optional<ReferenceValue> find(long id);
}

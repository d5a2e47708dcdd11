package org.rosetta.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A decision on a finding: {@code confirmed} (an error; {@code category} and {@code severity}
 * default to the rule's) or {@code dismissed} (a false alarm; {@code reason} required).
 */
public record DecisionRequest(
    @NotNull @Pattern(regexp = "confirmed|dismissed", message = "must be confirmed or dismissed") String decision,
    @Pattern(
            regexp = "terminology|accuracy|linguistic-conventions|style|locale-conventions|design-and-markup",
            message = "must be terminology, accuracy, linguistic-conventions, style, locale-conventions or design-and-markup")
        String category,
    @Pattern(regexp = "minor|major|critical", message = "must be minor, major or critical") String severity,
    @Size(max = 500) String reason) {}

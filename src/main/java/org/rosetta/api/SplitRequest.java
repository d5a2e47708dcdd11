package org.rosetta.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Cuts link {@code link} after its first {@code sources} English and {@code targets} translated segments. */
public record SplitRequest(
    @NotNull @Positive Long link,
    @NotNull @PositiveOrZero Integer sources,
    @NotNull @PositiveOrZero Integer targets,
    @Size(max = 100) String reviewer,
    @NotNull @PositiveOrZero Long version) {}

package org.rosetta.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Joins link {@code link} (an id) with the link after it. */
public record MergeRequest(
    @NotNull @Positive Long link, @Size(max = 100) String reviewer, @NotNull @PositiveOrZero Long version) {}

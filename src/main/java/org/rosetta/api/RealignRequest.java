package org.rosetta.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

/** Aligns the sentences of links {@code from} to {@code to} (ids, both included, of one translation) again. */
public record RealignRequest(@NotNull @Positive Long from, @NotNull @Positive Long to, @NotNull @PositiveOrZero Long version) {}

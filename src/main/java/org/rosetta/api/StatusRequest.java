package org.rosetta.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** A verdict on one link, made on the link's {@code version} as the reviewer saw it. */
public record StatusRequest(
    @NotNull @Pattern(regexp = "accepted|rejected|unreviewed", message = "must be accepted, rejected or unreviewed") String status,
    @Size(max = 100) String reviewer,
    @NotNull @PositiveOrZero Long version) {}

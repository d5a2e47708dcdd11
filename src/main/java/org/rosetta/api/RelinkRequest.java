package org.rosetta.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Moves {@code segment} into the link that holds {@code to}, or out of its link when {@code to}
 * is absent; made on the check's {@code version} as the reviewer saw it.
 */
public record RelinkRequest(
    @NotNull @Pattern(regexp = "ru|he", message = "must be ru or he") String lang,
    @NotBlank @Pattern(regexp = "(en|ru|he)-[1-9][0-9]*", message = "must be a segment id such as ru-4") String segment,
    @Pattern(regexp = "(en|ru|he)-[1-9][0-9]*", message = "must be a segment id such as en-3") String to,
    @Size(max = 100) String reviewer,
    @NotNull @PositiveOrZero Long version) {}

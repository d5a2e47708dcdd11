package org.rosetta.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * A check submitted as JSON. Russian and Hebrew are optional (a blank one counts as missing); a
 * check without a name is named after its first words ({@link CheckNames}); a
 * glossary is given inline ({@code glossary} with its {@code glossaryFormat}) or by id.
 */
public record CheckRequest(
    @Size(max = CheckInputs.MAX_NAME, message = CheckInputs.NAME_TOO_LONG) String name,
    @NotBlank(message = CheckInputs.NO_ENGLISH) String en,
    String ru,
    String he,
    String glossary,
    @Pattern(regexp = "csv|tsv|tbx", message = "must be csv, tsv or tbx") String glossaryFormat,
    @Positive Long glossaryId) {}

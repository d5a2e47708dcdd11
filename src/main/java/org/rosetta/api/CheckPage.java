package org.rosetta.api;

import java.util.List;

/** A page of stored checks, newest first. @param total the checks on all pages */
public record CheckPage(int page, int size, long total, List<CheckSummary> items) {}

package org.rosetta.lang.ru;

/** A word form with its tag. */
public record Form(String text, RussianTag tag) {}

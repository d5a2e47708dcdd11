package org.rosetta.library;

/**
 * Fired in the transaction that deletes a stored glossary, before its row goes: whatever stored
 * points to it lets go of it there (a check keeps the glossary's name and content, with which it
 * was checked). The library does not know who points to it.
 */
public record GlossaryRemoved(StoredGlossary glossary) {}

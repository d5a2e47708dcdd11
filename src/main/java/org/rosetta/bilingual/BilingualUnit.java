package org.rosetta.bilingual;

/**
 * One unit of a bilingual file: a translation unit of XLIFF, a {@code tu} of TMX, an entry of PO.
 *
 * @param id the unit's id in its file, as the CAT tool shows it
 * @param source the English text, inline codes removed
 * @param target the translation, inline codes removed; empty when not yet translated
 */
public record BilingualUnit(String id, String source, String target) {}

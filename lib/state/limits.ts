/**
 * Bounds on what a URL, a story or a note may carry. A module of its own so
 * the engine worker (lib/story) reads them without bundling the app's state
 * slices and URL codec, which it never runs.
 */

/** Upper bound on chips: a hostile URL must not make every query carry thousands of clauses. */
export const MAX_CHIPS = 64;

/** Longest accepted value of a chip, an entity id or the free text: more is an attack, not a log value worth a link. */
export const MAX_VALUE_LENGTH = 10_000;

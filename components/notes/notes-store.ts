"use client";
/**
 * The analyst's notes as the app sees them: read from IndexedDB once, read
 * again whenever the "notes" store changes (in this window or another), and
 * shared by every component through one external store, so a badge on each
 * table row costs no extra read.
 */
import { useSyncExternalStore } from "react";
import type { AnalystNote, NoteTarget } from "../../lib/story/note";
import { deleteOne, getAll, onStoreChange, putOne } from "../persist/idb-store";
import { editNote, newNote, storedNotes } from "./note-model";

export interface NotesState {
  notes: readonly AnalystNote[];
  loaded: boolean;
  /** Why the notes could not be read, or how many stored records were not notes. */
  error: string | null;
}

const EMPTY: NotesState = { notes: [], loaded: false, error: null };
let state: NotesState = EMPTY;
const listeners = new Set<() => void>();
let started = false;
let loading = 0;

function set(next: NotesState): void {
  state = next;
  for (const l of listeners) l();
}

async function reload(): Promise<void> {
  const ticket = ++loading;
  try {
    const { notes, dropped } = storedNotes(await getAll<unknown>("notes"));
    // A slower, older read must not overwrite a newer one.
    if (ticket !== loading) return;
    set({ notes, loaded: true, error: dropped > 0 ? `${dropped} stored note${dropped === 1 ? " is" : "s are"} not readable and ${dropped === 1 ? "is" : "are"} left out` : null });
  } catch (e) {
    if (ticket === loading) set({ notes: state.notes, loaded: true, error: `Notes could not be read: ${e instanceof Error ? e.message : String(e)}` });
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!started) {
    started = true;
    onStoreChange((store) => {
      if (store === "notes") void reload();
    });
    void reload();
  }
  return () => listeners.delete(listener);
}

/** Every note, newest first (empty until read). */
export function useNotes(): NotesState {
  return useSyncExternalStore(subscribe, () => state, () => EMPTY);
}

function freshId(): string {
  if (typeof crypto !== "undefined" && typeof crypto.randomUUID === "function") return crypto.randomUUID();
  return `n${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
}

/** Saves a new note on `target`; resolves with the errors that refused it (none when saved). */
export async function addNote(target: NoteTarget, text: string): Promise<string[]> {
  const made = newNote(target, text, Date.now(), freshId());
  if (!made.ok) return made.errors;
  return save(made.note);
}

/** Saves a new text for `note`; resolves with the errors that refused it. */
export async function updateNote(note: AnalystNote, text: string): Promise<string[]> {
  const made = editNote(note, text, Date.now());
  if (!made.ok) return made.errors;
  return save(made.note);
}

async function save(note: AnalystNote): Promise<string[]> {
  try {
    await putOne("notes", note);
    return [];
  } catch (e) {
    return [`The note could not be saved: ${e instanceof Error ? e.message : String(e)}`];
  }
}

/** Deletes a note; resolves with an error message, or null. */
export async function removeNote(id: string): Promise<string | null> {
  try {
    await deleteOne("notes", id);
    return null;
  } catch (e) {
    return `The note could not be deleted: ${e instanceof Error ? e.message : String(e)}`;
  }
}

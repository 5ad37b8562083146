/**
 * The presenter's keys, as data: →, Space, PageDown next; ←, PageUp back;
 * Home, End; 1–9 jump to that step; B blanks the screen. (Esc leaves through
 * the app's escape handling.) Pure, so it is unit-tested.
 */
export type PresentAction = { kind: "go"; index: number } | { kind: "blank" } | null;

/** What a key does at step `index` of `total`. */
export function presentKey(key: string, index: number, total: number): PresentAction {
  const last = Math.max(0, total - 1);
  const to = (i: number): PresentAction => ({ kind: "go", index: Math.max(0, Math.min(last, i)) });
  switch (key) {
    case "ArrowRight":
    case " ":
    case "PageDown":
      return to(index + 1);
    case "ArrowLeft":
    case "PageUp":
      return to(index - 1);
    case "Home":
      return to(0);
    case "End":
      return to(last);
    case "b":
    case "B":
      return { kind: "blank" };
    default:
      return /^[1-9]$/.test(key) && Number(key) <= total ? to(Number(key) - 1) : null;
  }
}

/** Whether a key event comes from a place where keys are text (an input), not commands. */
export function isTextTarget(target: EventTarget | null): boolean {
  if (typeof HTMLElement === "undefined" || !(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

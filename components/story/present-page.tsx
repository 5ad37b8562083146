"use client";
/** Route /story/present: the audience's window, or the presenter's notes window (`role=notes`). */
import { useSearchParams } from "next/navigation";
import { Suspense } from "react";
import { PresentNotes } from "./present-notes";
import { PresentView } from "./present-view";

function Inner() {
  // Read straight from the address bar: the store learns the URL one effect later, and the notes window must never act as the audience's.
  const role = useSearchParams().get("role");
  return role === "notes" ? <PresentNotes /> : <PresentView />;
}

/** Picks the window's role. */
export function PresentPage() {
  return (
    <Suspense fallback={null}>
      <Inner />
    </Suspense>
  );
}

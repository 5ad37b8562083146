"use client";
/** Route /story/edit: the editor of `?story=<id>`, or the stories list without one. */
import { useSearchParams } from "next/navigation";
import { Suspense } from "react";
import { StoryEditor } from "./story-editor";
import { StoryLibrary } from "./story-library";

function Chooser() {
  const id = useSearchParams().get("story");
  return id ? <StoryEditor key={id} id={id} /> : <StoryLibrary />;
}

/** The page body (search params need a Suspense boundary in a static export). */
export function StoryEditView() {
  return (
    <Suspense fallback={null}>
      <Chooser />
    </Suspense>
  );
}

import type { Metadata } from "next";
import { StoryEditView } from "../../../components/story-io/story-edit-view";

export const metadata: Metadata = {
  title: "Stories · Trailscope",
};

export default function StoryEditPage() {
  return <StoryEditView />;
}

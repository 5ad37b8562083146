import type { Metadata } from "next";
import { StoryView } from "../../components/story/story-view";

export const metadata: Metadata = {
  title: "Story · Trailscope",
};

export default function StoryPage() {
  return <StoryView />;
}

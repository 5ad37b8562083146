import type { Metadata } from "next";
import { PresentPage } from "../../../components/story/present-page";

export const metadata: Metadata = {
  title: "Presenter mode · Trailscope",
};

export default function StoryPresentPage() {
  return <PresentPage />;
}

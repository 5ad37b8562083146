import type { Metadata } from "next";
import { FindingsView } from "../../components/findings/findings-view";

export const metadata: Metadata = {
  title: "Findings · Trailscope",
};

export default function FindingsPage() {
  return <FindingsView />;
}

import type { Metadata } from "next";
import { BucketsView } from "../../components/buckets/buckets-view";

export const metadata: Metadata = {
  title: "Buckets · Trailscope",
};

export default function BucketsPage() {
  return <BucketsView />;
}

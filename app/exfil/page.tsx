import type { Metadata } from "next";
import { ExfilView } from "../../components/exfil/exfil-view";

export const metadata: Metadata = {
  title: "Exfil pattern · Trailscope",
};

export default function ExfilPage() {
  return <ExfilView />;
}

import { LoadView } from "../components/load/load-view";

export default function LoadPage() {
  return <LoadView />;
}

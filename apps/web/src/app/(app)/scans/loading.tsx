import { LoadingRows } from "@/components/ui/query-states";

export default function Loading() {
  return <LoadingRows label="Loading scans" rows={6} />;
}

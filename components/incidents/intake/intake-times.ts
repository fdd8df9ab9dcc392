import { localInputToIso } from "@/components/incidents/local-time";

/** True when both times are readable and awareness is later than discovery: then the form asks why. */
export function awarenessLaterThanDiscovery(values: { discoveredAt: string; awareAt: string }, timeZone: string): boolean {
  const discovered = localInputToIso(values.discoveredAt, timeZone);
  const aware = localInputToIso(values.awareAt, timeZone);
  if (!discovered.ok || !aware.ok || !discovered.iso || !aware.iso) return false;
  return new Date(aware.iso).getTime() > new Date(discovered.iso).getTime();
}

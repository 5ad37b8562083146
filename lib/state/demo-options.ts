/** The load page's demo generator choices, turned into engine options. */
import { DEFAULT_GENERATE_OPTIONS, type GenerateOptions } from "../generate/options";
import { formatCount } from "./format";

export interface DemoSizePreset {
  /** Total events; 0 = the seed's own 14 days of traffic. */
  events: number;
  label: string;
}

/** Sizes offered next to the button: the seed's own volume, then scale runs up to millions. */
export const DEMO_SIZE_PRESETS: readonly DemoSizePreset[] = [
  { events: 0, label: "Seed's 14 days (default)" },
  { events: 10_000, label: "10,000 events" },
  { events: 100_000, label: "100,000 events" },
  { events: 1_000_000, label: "1,000,000 events" },
  { events: 2_000_000, label: "2,000,000 events" },
];

/** Parses the seed field: a non-negative 32-bit integer, or null when it is not one. */
export function parseSeed(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,10}$/.test(trimmed)) return null;
  const n = Number(trimmed);
  return n <= 0xffff_ffff ? n : null;
}

/** The engine options for a demo of this seed and size (everything else stays the seed's default). */
export function demoOptions(seed: number, events: number): Partial<GenerateOptions> {
  const options: Partial<GenerateOptions> = { seed };
  if (events > 0) options.events = events;
  return options;
}

/** How the header names a generated demo. */
export function demoLabel(seed: number, events: number): string {
  const details: string[] = [];
  if (seed !== DEFAULT_GENERATE_OPTIONS.seed) details.push(`seed ${seed}`);
  if (events > 0) details.push(`${formatCount(events)} events`);
  return details.length > 0 ? `FakeTShirtCo demo (${details.join(", ")})` : "FakeTShirtCo demo";
}

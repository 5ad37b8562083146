"use client";
/**
 * The attack chain on a time axis: one lane per stage (persistence at the
 * top, defense evasion and other findings below), each finding a band over
 * its time span with a dot at its start, listing calls as dots in discovery.
 * Read left to right, the attack climbs down the lanes. Labels and tooltips
 * are text only.
 */
import { useMemo } from "react";
import { CartesianGrid, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from "recharts";
import { SEVERITIES, type Severity } from "../../lib/detect/finding";
import { formatTick, formatTime, zoneLabel, type TimeZoneMode } from "../../lib/state/time-format";
import { FindingMarkers, type NumberAxis } from "../findings/finding-markers";
import { SEVERITY_COLORS } from "../findings/severity-badge";
import type { ChainLayout, ChainStep } from "./chain-layout";
import { LANES } from "./chain-layout";
import { timeTicks } from "./time-ticks";
import styles from "./exfil.module.css";

interface Point {
  t: number;
  y: number;
  label: string;
  severity: Severity;
}

const LANE_PX = 40;
const HOUR_MS = 3_600_000;

function ChainTooltip({ active, payload, tz }: { active?: boolean; payload?: readonly { payload?: unknown }[]; tz: TimeZoneMode }) {
  const p = active ? (payload?.[0]?.payload as Point | undefined) : undefined;
  if (!p) return null;
  return (
    <div className={styles.tooltip}>
      <p>{p.label}</p>
      <p className={styles.muted}>
        {formatTime(p.t, tz)} {zoneLabel(tz)}
      </p>
    </div>
  );
}

/** The chart of a laid-out chain. */
export function ChainChart({ layout, tz }: { layout: ChainLayout; tz: TimeZoneMode }) {
  const steps = useMemo(() => {
    const all: ChainStep[] = layout.other ? [...layout.steps, layout.other] : [...layout.steps];
    return LANES.map((l) => all.find((s) => s.lane === l.id)).filter((s): s is ChainStep => s !== undefined);
  }, [layout]);
  const lo = Math.min(...steps.map((s) => s.start));
  const hi = Math.max(...steps.map((s) => s.end));
  const pad = Math.max(HOUR_MS, (hi - lo) * 0.03);
  const axis = useMemo<NumberAxis>(() => ({ kind: "number", start: lo - pad, end: hi + pad }), [lo, hi, pad]);
  const points = useMemo(() => {
    const bySeverity = new Map<Severity, Point[]>();
    const add = (p: Point) => {
      const list = bySeverity.get(p.severity) ?? [];
      list.push(p);
      bySeverity.set(p.severity, list);
    };
    steps.forEach((s, y) => {
      for (const f of s.findings) add({ t: f.start, y, label: `${f.title}: ${f.summary}`, severity: f.severity });
      for (const l of s.listings) add({ t: l.time, y, label: `${l.eventName} on ${l.bucket}`, severity: "info" });
    });
    return SEVERITIES.map((sev) => ({ sev, data: bySeverity.get(sev) ?? [] })).filter((g) => g.data.length > 0);
  }, [steps]);

  if (steps.length === 0) return null;
  const { ticks, unitMs } = timeTicks(axis.start, axis.end);
  return (
    <figure className={styles.figure} aria-label="Attack chain over time">
      <div className={styles.chartBox} style={{ height: steps.length * LANE_PX + 48 }}>
        <ScatterChart responsive style={{ width: "100%", height: "100%" }} margin={{ top: 8, right: 16, bottom: 0, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke="var(--border)" strokeOpacity={0.6} />
          <XAxis
            type="number"
            dataKey="t"
            domain={[axis.start, axis.end]}
            allowDataOverflow
            ticks={ticks}
            interval={0}
            tickFormatter={(t: number) => formatTick(t, unitMs, tz)}
            tick={{ fill: "var(--text-muted)", fontSize: "0.75rem" }}
            stroke="var(--border)"
          />
          <YAxis
            type="number"
            dataKey="y"
            domain={[-0.5, steps.length - 0.5]}
            ticks={steps.map((_, i) => i)}
            interval={0}
            reversed
            width={170}
            tickFormatter={(i: number) => steps[i]?.label ?? ""}
            tick={{ fill: "var(--text)", fontSize: "0.8rem" }}
            stroke="var(--border)"
          />
          {steps.map((s, i) => (
            <FindingMarkers key={s.lane} findings={s.findings} axis={axis} severities={SEVERITIES} y1={i - 0.3} y2={i + 0.3} />
          ))}
          <Tooltip isAnimationActive={false} cursor={false} content={(props) => <ChainTooltip active={props.active} payload={props.payload as readonly { payload?: unknown }[]} tz={tz} />} />
          {points.map((g) => (
            <Scatter key={g.sev} data={g.data} fill={SEVERITY_COLORS[g.sev]} stroke="var(--bg)" isAnimationActive={false} />
          ))}
        </ScatterChart>
      </div>
    </figure>
  );
}

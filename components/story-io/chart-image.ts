"use client";
/** Draws a step's evidence chart (chart-bars.ts) on a canvas and returns it as a PNG data URL for the reports. */
import type { ResolvedStory } from "../../lib/story/resolve";
import { stepChartModel } from "./chart-bars";

const WIDTH = 800;
const HEIGHT = 260;
const MARGIN = { top: 34, right: 16, bottom: 34, left: 48 };

/** The PNG of one step's evidence facts, or null when there is nothing to draw or no canvas. */
function drawStep(facts: ResolvedStory["steps"][number]["evidence"]["facts"]): string | null {
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const model = stepChartModel(facts, plotW, plotH);
  if (!model || typeof document === "undefined") return null;
  const canvas = document.createElement("canvas");
  canvas.width = WIDTH;
  canvas.height = HEIGHT;
  const g = canvas.getContext("2d");
  if (!g) return null;
  g.fillStyle = "#ffffff";
  g.fillRect(0, 0, WIDTH, HEIGHT);
  g.fillStyle = "#17202b";
  g.font = "600 15px system-ui, sans-serif";
  g.fillText(model.title, MARGIN.left, 22);
  g.font = "12px system-ui, sans-serif";
  g.fillStyle = "#55636f";
  g.fillText(String(model.peak), 8, MARGIN.top + 10);
  g.fillText("0", 8, MARGIN.top + plotH);
  g.strokeStyle = "#cfd8e3";
  g.beginPath();
  g.moveTo(MARGIN.left, MARGIN.top + plotH + 0.5);
  g.lineTo(MARGIN.left + plotW, MARGIN.top + plotH + 0.5);
  g.stroke();
  // Label every bar when they fit, else every n-th.
  const every = Math.max(1, Math.ceil(model.bars.length / 24));
  model.bars.forEach((b, i) => {
    g.fillStyle = "#0a6fb8";
    g.fillRect(MARGIN.left + b.x, MARGIN.top + b.y, b.w, b.h);
    if (i % every === 0) {
      g.fillStyle = "#55636f";
      g.fillText(b.label, MARGIN.left + b.x, MARGIN.top + plotH + 18);
    }
  });
  return canvas.toDataURL("image/png");
}

/** Chart images per step id for the steps with evidence. */
export function chartImages(resolved: ResolvedStory): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of resolved.steps) {
    const url = drawStep(s.evidence.facts);
    if (url) out.set(s.id, url);
  }
  return out;
}

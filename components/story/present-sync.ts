"use client";
/**
 * Keeps the audience window and the presenter's notes window on the same
 * step, both ways, over a BroadcastChannel: the audience window owns the
 * state (it has the data) and announces it; the notes window asks for it
 * when it opens and sends "go to step" and "blank" back. Messages from the
 * channel are checked before use (another tab may speak on it).
 */
import { useEffect, useRef } from "react";
import { parseStory, type Story } from "../../lib/story/schema";

const CHANNEL = "trailscope-present";

export type PresentMessage =
  | { type: "state"; story: Story; index: number; blank: boolean }
  | { type: "go"; index: number }
  | { type: "blank"; blank: boolean }
  | { type: "hello" };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;
const isIndex = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v >= 0 && v < 10_000;

/** A message from the channel, checked; null when it is not one of ours. */
export function readPresentMessage(data: unknown): PresentMessage | null {
  if (!isRecord(data)) return null;
  switch (data.type) {
    case "hello":
      return { type: "hello" };
    case "go":
      return isIndex(data.index) ? { type: "go", index: data.index } : null;
    case "blank":
      return typeof data.blank === "boolean" ? { type: "blank", blank: data.blank } : null;
    case "state": {
      if (!isIndex(data.index) || typeof data.blank !== "boolean") return null;
      const parsed = parseStory(data.story);
      return parsed.ok ? { type: "state", story: parsed.story, index: data.index, blank: data.blank } : null;
    }
    default:
      return null;
  }
}

/** Listens on the presenter channel; returns a stable `send`. */
export function usePresentChannel(onMessage: (m: PresentMessage) => void): (m: PresentMessage) => void {
  const channel = useRef<BroadcastChannel | null>(null);
  const latest = useRef(onMessage);
  latest.current = onMessage;
  useEffect(() => {
    if (typeof BroadcastChannel === "undefined") return;
    const c = new BroadcastChannel(CHANNEL);
    channel.current = c;
    c.onmessage = (e: MessageEvent<unknown>) => {
      const m = readPresentMessage(e.data);
      if (m) latest.current(m);
    };
    return () => {
      c.close();
      if (channel.current === c) channel.current = null;
    };
  }, []);
  const send = useRef((m: PresentMessage) => channel.current?.postMessage(m));
  return send.current;
}

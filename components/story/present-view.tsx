"use client";
/**
 * Route /story/present (the audience's window): one step at a time, filling
 * the screen, in type sized by the viewport. Keys: →/Space/PageDown next,
 * ←/PageUp back, Home/End, 1–9 jump, B blanks the screen, Esc leaves. A
 * presenter window (speaker notes, next step, timer) follows and steers it
 * over a BroadcastChannel.
 */
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { hrefFor } from "../../lib/state/url-state";
import { useUrlState } from "../hooks/use-url-state";
import { useHasData } from "../filters/use-query-spec";
import { useEscapeToClose } from "../layout/escape-stack";
import { useAppStore, useAppStoreApi } from "../state/store-provider";
import { MarkdownView } from "./markdown-view";
import { isTextTarget, presentKey } from "./present-keys";
import { usePresentChannel } from "./present-sync";
import { StepStage } from "./step-stage";
import { useStoryPlayer } from "./use-story-player";
import styles from "./present.module.css";

function useFullscreen(): { active: boolean; toggle(): void } {
  const [active, setActive] = useState(false);
  useEffect(() => {
    const on = () => setActive(document.fullscreenElement !== null);
    document.addEventListener("fullscreenchange", on);
    return () => document.removeEventListener("fullscreenchange", on);
  }, []);
  const toggle = useCallback(() => {
    // The browser may refuse (no user gesture, a policy): the layout fills the window anyway.
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  }, []);
  return { active, toggle };
}

/** The audience's window. */
export function PresentView() {
  const player = useStoryPlayer();
  const { story, step, index, total, position } = player;
  const hasData = useHasData();
  const bounds = useAppStore((s) => s.summary?.timeRange ?? null);
  const url = useUrlState();
  const router = useRouter();
  const [blank, setBlank] = useState(false);
  const fullscreen = useFullscreen();
  const storeApi = useAppStoreApi();

  const storyHref = hrefFor("/story", { ...url, storyPosition: { ...position, id: story?.id ?? position.id, role: "audience" } });
  const leave = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    router.push(storyHref);
  }, [router, storyHref]);
  useEscapeToClose(true, leave);

  const latest = useRef({ story, index, blank });
  latest.current = { story, index, blank };
  const send = usePresentChannel((m) => {
    if (m.type === "go") player.go(m.index);
    else if (m.type === "blank") setBlank(m.blank);
    else if (m.type === "hello" && latest.current.story) send({ type: "state", ...latest.current, story: latest.current.story });
  });
  useEffect(() => {
    if (story) send({ type: "state", story, index, blank });
  }, [story, index, blank, send]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTextTarget(e.target)) return;
      // The step as the store has it now, not as last rendered: two keys pressed
      // before React renders (a presenter's quick double tap) move two steps.
      const now = Math.max(0, Math.min(total - 1, storeApi.getState().storyPosition.step - 1));
      const action = presentKey(e.key, now, total);
      if (!action) return;
      e.preventDefault();
      if (action.kind === "blank") setBlank((b) => !b);
      else player.go(action.index);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [player, total, storeApi]);

  const openNotes = () => {
    const href = hrefFor("/story/present", { ...url, storyPosition: { ...position, id: story?.id ?? position.id, role: "notes" } });
    window.open(href, "trailscope-presenter", "popup,width=1000,height=760");
  };

  return (
    <div className={styles.present} role="region" aria-label="Presentation">
      <div
        className={styles.progress}
        role="progressbar"
        aria-label="Story progress"
        aria-valuemin={1}
        aria-valuemax={Math.max(1, total)}
        aria-valuenow={index + 1}
        aria-valuetext={`Step ${index + 1} of ${total}`}
      >
        <div className={styles.progressFill} style={{ width: total ? `${((index + 1) / total) * 100}%` : "0%" }} />
      </div>
      <div className={styles.body} data-blank={blank || undefined}>
        {!hasData && (
          <div className={styles.message}>
            <h1>No data is loaded</h1>
            <p>
              Logs stay inside the tab that loaded them. <Link href="/">Load the logs or the demo</Link>, then start the presentation from the Story page.
            </p>
          </div>
        )}
        {hasData && player.missing && <p role="alert">No story “{position.id}” in this browser.</p>}
        {hasData && player.error && <p role="alert">The story could not be run: {player.error}</p>}
        {hasData && story && !step && !player.error && <p className={styles.message}>Finding the evidence…</p>}
        {hasData && step && (
          <article key={step.id} className={styles.slide} aria-labelledby="present-title">
            <header className={styles.slideHead}>
              <p className={styles.kicker}>
                {story?.title} · {index + 1} / {total}
              </p>
              <h1 id="present-title">{step.step.title}</h1>
            </header>
            <StepStage
              step={step}
              bounds={bounds}
              annotate
              compact
              aside={
                <section aria-label="Talking point" className={styles.talk}>
                  <MarkdownView text={step.step.talkingPoint} />
                </section>
              }
            />
          </article>
        )}
      </div>
      {blank && <div className={styles.blank} data-testid="blank-screen" aria-label="Screen blanked: press B to show it again" role="img" />}
      <nav aria-label="Presentation controls" className={styles.controls}>
        <button type="button" onClick={() => player.go(index - 1)} disabled={index === 0}>
          ← Back
        </button>
        <span aria-live="polite" className={styles.counter}>
          Step {index + 1} of {total}
        </span>
        <button type="button" onClick={() => player.go(index + 1)} disabled={index >= total - 1}>
          Next →
        </button>
        <button type="button" onClick={() => setBlank((b) => !b)} aria-pressed={blank}>
          Blank (B)
        </button>
        <button type="button" onClick={fullscreen.toggle} aria-pressed={fullscreen.active}>
          {fullscreen.active ? "Leave full screen" : "Full screen"}
        </button>
        <button type="button" onClick={openNotes}>
          Open presenter window
        </button>
        <button type="button" onClick={leave}>
          Exit (Esc)
        </button>
      </nav>
    </div>
  );
}

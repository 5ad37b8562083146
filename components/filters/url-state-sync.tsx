"use client";
/**
 * Keeps the store and the address bar in step. The URL wins on load, reload,
 * back and forward; afterwards every change of a URL-backed field writes the
 * URL (a history entry when filters change, a replace otherwise), so a link or
 * a reload reproduces the view. What lives in the URL is listed in
 * lib/state/url-state.ts.
 */
import { usePathname, useSearchParams } from "next/navigation";
import { Suspense, useEffect, useRef } from "react";
import { isNavigationChange, normalizePath, parseUrlState, serializeUrlState, urlStateOf, type UrlState } from "../../lib/state/url-state";
import { useAppStoreApi } from "../state/store-provider";

function sameFields(a: UrlState, b: UrlState): boolean {
  return (Object.keys(a) as (keyof UrlState)[]).every((k) => a[k] === b[k]);
}

function UrlStateSyncInner() {
  const params = useSearchParams();
  const pathname = normalizePath(usePathname() ?? "/");
  const store = useAppStoreApi();
  // The route whose URL has been applied: until then the store's defaults must not overwrite the URL.
  const applied = useRef<string | null>(null);
  const fromUrl = useRef(false);
  const search = params.toString();

  useEffect(() => {
    const parsed = parseUrlState(search, pathname);
    const current = urlStateOf(store.getState());
    if (serializeUrlState({ ...current, ...parsed }, pathname) !== serializeUrlState(current, pathname)) {
      // The store follows the URL here; writing the URL back (even canonicalised) would add a history entry.
      fromUrl.current = true;
      try {
        store.getState().applyUrlState(parsed);
      } finally {
        fromUrl.current = false;
      }
    }
    applied.current = pathname;
  }, [search, pathname, store]);

  useEffect(() => {
    let prev = urlStateOf(store.getState());
    return store.subscribe((s) => {
      const next = urlStateOf(s);
      if (sameFields(prev, next)) return;
      const before = prev;
      prev = next;
      if (applied.current !== pathname || fromUrl.current) return;
      const query = serializeUrlState(next, pathname);
      if (query === window.location.search.replace(/^\?/, "")) return;
      const url = query ? `${pathname}?${query}` : pathname;
      if (isNavigationChange(before, next)) window.history.pushState(null, "", url);
      else window.history.replaceState(null, "", url);
    });
  }, [pathname, store]);

  return null;
}

/** Mount once per page; reads the URL under its own Suspense boundary, as the static export requires for useSearchParams. */
export function UrlStateSync() {
  return (
    <Suspense fallback={null}>
      <UrlStateSyncInner />
    </Suspense>
  );
}

"use client";
/** The hook behind "send to search": runs `field="value"` on /search, keeping the filters. */
import { useRouter } from "next/navigation";
import { useCallback } from "react";
import { urlStateOf } from "../../lib/state/url-state";
import { useAppStoreApi } from "../state/store-provider";
import { searchHref, searchTermFor } from "./send-to-search";

/** A function that opens /search on `field="value"`; false when the field cannot be searched. */
export function useSendToSearch(): (field: string, value: string) => boolean {
  const router = useRouter();
  const store = useAppStoreApi();
  return useCallback(
    (field: string, value: string) => {
      const term = searchTermFor(field, value);
      if (term === null) return false;
      router.push(searchHref(urlStateOf(store.getState()), term));
      return true;
    },
    [router, store],
  );
}

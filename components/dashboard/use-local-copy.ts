"use client";

// Keeps a copy of unsaved editor input in this browser, so a crash or a closed tab loses nothing.
import { useCallback, useEffect, useState } from "react";

export type LocalCopy<T> = { input: T; at: string };

export function useLocalCopy<T>(key: string, serverInput: T) {
  const [offer, setOffer] = useState<LocalCopy<T> | null>(null);

  useEffect(() => {
    try {
      const raw = window.localStorage.getItem(key);
      if (!raw) return;
      const copy = JSON.parse(raw) as LocalCopy<T>;
      // Storage exists only in the browser: reading it after hydration keeps server and client markup equal.
      // eslint-disable-next-line react-hooks/set-state-in-effect -- syncing from an external store once, on mount
      if (JSON.stringify(copy.input) !== JSON.stringify(serverInput)) setOffer(copy);
      else window.localStorage.removeItem(key);
    } catch {
      window.localStorage.removeItem(key);
    }
    // Only on first load: later changes are the user's own typing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const store = useCallback(
    (input: T) => {
      try {
        window.localStorage.setItem(key, JSON.stringify({ input, at: new Date().toISOString() }));
      } catch {
        // Storage full or disabled: the server copy is all there is.
      }
    },
    [key],
  );

  const clear = useCallback(() => {
    window.localStorage.removeItem(key);
    setOffer(null);
  }, [key]);

  return { offer, store, clear, dismiss: () => setOffer(null) };
}

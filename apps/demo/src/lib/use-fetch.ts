import { useCallback, useEffect, useState } from 'preact/hooks';

/** The state of a load: data, error, and a way to load again. */
export interface Loaded<T> {
  readonly data: T | undefined;
  readonly error: unknown;
  readonly loading: boolean;
  readonly reload: () => void;
}

/** Runs an async load when its key changes (null key: nothing to load). */
export function useLoad<T>(key: string | null, load: () => Promise<T>): Loaded<T> {
  const [state, setState] = useState<{ data?: T; error?: unknown; loading: boolean }>({
    loading: key !== null,
  });
  const [tick, setTick] = useState(0);
  const reload = useCallback(() => {
    setTick((n) => n + 1);
  }, []);
  useEffect(() => {
    if (key === null) return undefined;
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    load().then(
      (data) => {
        if (live) setState({ data, loading: false });
      },
      (error: unknown) => {
        if (live) setState({ error, loading: false });
      },
    );
    return () => {
      live = false;
    };
  }, [key, tick]);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}

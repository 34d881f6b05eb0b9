/**
 * Computes a value from the collections once per build: every page of a large ward asks for the
 * same groups and settings. The dev server recomputes each time, so edits show at once.
 */
export function perBuild<T>(compute: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => {
    if (import.meta.env.DEV) return compute();
    cached ??= compute();
    return cached;
  };
}

/** What the page remembers of one exercise in this browser: the code, the last result, the hints shown. */
export interface SavedExercise {
  code?: string;
  status?: string;
  score?: number;
  maxScore?: number;
  hintsShown?: number;
}

const PREFIX = 'xent:exercise:';

/** The saved state of exercise `id`, or an empty one (also when storage is unavailable or corrupt). */
export function loadSaved(id: string): SavedExercise {
  try {
    const text = globalThis.localStorage?.getItem(PREFIX + id);
    const value: unknown = text ? JSON.parse(text) : {};
    return typeof value === 'object' && value !== null ? (value as SavedExercise) : {};
  } catch {
    return {};
  }
}

/** Merges `change` into the saved state of exercise `id`; a browser without storage keeps nothing. */
export function save(id: string, change: SavedExercise): SavedExercise {
  const next = { ...loadSaved(id), ...change };
  try {
    globalThis.localStorage?.setItem(PREFIX + id, JSON.stringify(next));
  } catch {
    // Private mode or a full storage: the page still works, it only forgets.
  }
  return next;
}

/** `passed · 3 / 3 points` for a saved result, or '' before the first check. */
export function progressLabel(saved: SavedExercise): string {
  if (saved.status === undefined) return '';
  const label = saved.status === 'not-started' ? 'not started' : saved.status;
  return `${label} · ${saved.score ?? 0} / ${saved.maxScore ?? 0} points`;
}

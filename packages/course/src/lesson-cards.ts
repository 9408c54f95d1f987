import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Where a lesson page shows an exercise card: the card's id (undefined when not a literal) and its tag. */
export interface CardUse {
  id: string | undefined;
  lesson: string;
  tag: string;
}

const CARD_TAG = /<ExerciseCard\b[^>]*>/g;
const LITERAL_ID = /\bid\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*["'`]([^"'`]*)["'`]\s*\})/;

/**
 * Every `<ExerciseCard id="…">` of the lesson pages (the `.mdx` files directly in `lessonsDir`), in
 * file order, with the page's slug. The site's build and `pnpm course check` both read cards here.
 */
export function findCardUses(lessonsDir: string): CardUse[] {
  if (!existsSync(lessonsDir)) return [];
  return readdirSync(lessonsDir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .flatMap((file) => {
      const source = readFileSync(path.join(lessonsDir, file), 'utf8');
      return (source.match(CARD_TAG) ?? []).map((tag) => {
        const match = LITERAL_ID.exec(tag);
        return {
          id: match?.[1] ?? match?.[2] ?? match?.[3],
          lesson: file.replace(/\.mdx$/, ''),
          tag,
        };
      });
    });
}

/** What is wrong with how the lessons show one exercise (or a card that names none). */
export type CoverageFinding =
  | { kind: 'unknown-exercise'; id: string; lesson: string }
  | { kind: 'not-literal'; tag: string; lesson: string }
  | { kind: 'missing'; id: string; lesson: string }
  | { kind: 'repeated'; id: string; lesson: string; shownOn: string[] }
  | { kind: 'misplaced'; id: string; lesson: string; shownOn: string };

/**
 * The one coverage rule, for the site's build and `pnpm course check` alike: every exercise is shown
 * by exactly one card, on the lesson the manifest gives it, and every card names a known exercise by
 * a literal id. Each caller words the findings for its own reader.
 */
export function cardCoverage(
  exercises: readonly { id: string; lesson: string }[],
  uses: readonly { id: string | undefined; lesson: string; tag?: string }[],
): CoverageFinding[] {
  const findings: CoverageFinding[] = [];
  const known = new Set(exercises.map((exercise) => exercise.id));
  for (const use of uses) {
    if (use.id === undefined)
      findings.push({ kind: 'not-literal', tag: use.tag ?? '<ExerciseCard>', lesson: use.lesson });
    else if (!known.has(use.id))
      findings.push({ kind: 'unknown-exercise', id: use.id, lesson: use.lesson });
  }
  for (const { id, lesson } of exercises) {
    const shownOn = uses.filter((use) => use.id === id).map((use) => use.lesson);
    if (shownOn.length === 0) findings.push({ kind: 'missing', id, lesson });
    else if (shownOn.length > 1) findings.push({ kind: 'repeated', id, lesson, shownOn });
    else if (shownOn[0] !== lesson)
      findings.push({ kind: 'misplaced', id, lesson, shownOn: shownOn[0] as string });
  }
  return findings;
}

import { type CardUse, type CoverageFinding, cardCoverage } from '@xent/course/lesson-cards';

export { findCardUses } from '@xent/course/lesson-cards';

/** An exercise as far as coverage cares: its id and the lesson the manifest puts it on. */
export interface CoveredExercise {
  id: string;
  lesson: string;
}

/** The problems with how the lesson pages' cards (`findCardUses`) show the exercises, worded for the site's build. */
export function coverageProblems(
  exercises: readonly CoveredExercise[],
  uses: readonly Pick<CardUse, 'id' | 'lesson'>[],
): string[] {
  return cardCoverage(exercises, uses).map(describe);
}

function describe(finding: CoverageFinding): string {
  const page = (lesson: string) => `lessons/${lesson}.mdx`;
  switch (finding.kind) {
    case 'not-literal':
      return `${page(finding.lesson)}: ${finding.tag} needs a literal id, like <ExerciseCard id="softmax" />`;
    case 'unknown-exercise':
      return `${page(finding.lesson)} shows exercise '${finding.id}', which the course manifest does not list`;
    case 'missing':
      return `exercise '${finding.id}' is shown by no lesson; add <ExerciseCard id="${finding.id}" /> to ${page(finding.lesson)}`;
    case 'repeated':
      return `exercise '${finding.id}' is shown ${finding.shownOn.length} times (${finding.shownOn.map(page).join(', ')}); keep only the one in ${page(finding.lesson)}`;
    case 'misplaced':
      return `exercise '${finding.id}' is shown on ${page(finding.shownOn)} but the manifest puts it on ${page(finding.lesson)}; move the card or fix the manifest`;
  }
}

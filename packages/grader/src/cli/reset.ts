import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type Exercise, exerciseSource, GENERATED_MARK } from '@xent/course';
import { GRADER_ROOT } from '../runner/paths.ts';

/** A reset that could not be done; nothing was changed. */
export class ResetError extends Error {
  override name = 'ResetError';
}

/**
 * The grader's copy of an exercise's stub: `stubs/<id>.ts` in the grader package, written by
 * `pnpm course sync` (the stub itself after a one-line "generated" header), so a learner's clone
 * and the packed grader both have the pristine stub whatever the learner commits.
 */
export function stubFile(id: string, graderRoot: string = GRADER_ROOT): string {
  return path.join(graderRoot, 'stubs', `${id}.ts`);
}

/** Where backups of an exercise go: `<state folder>/backups/<id>/`. */
export function backupFolder(stateDir: string, id: string): string {
  return path.join(stateDir, 'backups', id);
}

/** A backup file name from a time, safe on every file system: `2026-11-29T13-05-09-042Z.ts`. */
export function backupName(time: Date): string {
  return `${time.toISOString().replace(/[:.]/g, '-')}.ts`;
}

/** What a reset will do, worked out before anything is written. */
export interface ResetPlan {
  id: string;
  /** The learner's file that gets the stub back. */
  file: string;
  stub: Buffer;
  /** The learner's current file, or undefined when it is missing. */
  current: Buffer | undefined;
  /** True when the file already is the stub: nothing to do. */
  pristine: boolean;
}

/** Checks the id and finds the stub and the learner's file; throws a ResetError, changing nothing. */
export function planReset(
  id: string,
  exercisesDir: string,
  known: readonly Exercise[],
  graderRoot: string = GRADER_ROOT,
): ResetPlan {
  const exercise = known.find((e) => e.id === id);
  if (!exercise)
    throw new ResetError(
      `unknown exercise '${id}'; valid exercise ids: ${known.map((e) => e.id).join(', ')}`,
    );
  const source = stubFile(id, graderRoot);
  if (!existsSync(source))
    throw new ResetError(
      `no pristine stub for '${id}' in the grader (expected ${source}); nothing changed`,
    );
  const stub = withoutGeneratedHeader(readFileSync(source));
  const file = exerciseSource(exercisesDir, id);
  const current = existsSync(file) ? readFileSync(file) : undefined;
  return { id, file, stub, current, pristine: current?.equals(stub) ?? false };
}

/**
 * Copies the learner's current file to `<stateDir>/backups/<id>/<time>.ts` and returns its path, or
 * undefined when there is no file to keep. Throws a ResetError when the folder cannot be written.
 */
export function backUp(plan: ResetPlan, stateDir: string, time: Date): string | undefined {
  if (plan.current === undefined) return undefined;
  const folder = backupFolder(stateDir, plan.id);
  const base = backupName(time).replace(/\.ts$/, '');
  try {
    mkdirSync(folder, { recursive: true });
    for (let n = 0; ; n++) {
      const file = path.join(folder, n === 0 ? `${base}.ts` : `${base}-${n}.ts`);
      try {
        writeFileSync(file, plan.current, { flag: 'wx' });
        return file;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
    }
  } catch (error) {
    throw new ResetError(
      `cannot write a backup into the state folder ${folder} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); nothing changed`,
    );
  }
}

/** Writes the stub over the learner's file (creating its folder if it was deleted). */
export function restoreStub(plan: ResetPlan): void {
  mkdirSync(path.dirname(plan.file), { recursive: true });
  writeFileSync(plan.file, plan.stub);
}

/** The stub as the learner got it: the copy without the header line `pnpm course sync` put first. */
export function withoutGeneratedHeader(copy: Buffer): Buffer {
  const firstLineEnd = copy.indexOf(0x0a);
  const first = copy.subarray(0, firstLineEnd === -1 ? copy.length : firstLineEnd).toString('utf8');
  return first.includes(GENERATED_MARK) ? copy.subarray(firstLineEnd + 1) : copy;
}

/** What a reset needs from the command line. */
export interface ResetRequest {
  id: string;
  /** Confirmed on the command line with --yes. */
  yes: boolean;
  exercisesDir: string;
  /** How the learner's folder is shown: `exercises`. */
  folder: string;
  stateDir: string;
  known: readonly Exercise[];
  /** Asks a yes/no question on the terminal, or undefined when there is no terminal to ask on. */
  ask: ((question: string) => Promise<boolean>) | undefined;
  out: { write(text: string): unknown };
  now?: () => Date;
  graderRoot?: string;
}

/**
 * `grade --reset <id>`: backs up the learner's file, then puts the stub back. Returns the exit
 * status (0 done or nothing to do, 1 declined); throws a ResetError, having changed nothing, when it
 * cannot go ahead.
 */
export async function resetExercise(request: ResetRequest): Promise<number> {
  const { id, out } = request;
  const plan = planReset(id, request.exercisesDir, request.known, request.graderRoot);
  const shown = exerciseSource(request.folder, id);
  if (plan.pristine) {
    out.write(`${shown} is already the stub; nothing changed.\n`);
    return 0;
  }
  if (!request.yes) {
    if (!request.ask)
      throw new ResetError(
        `--reset ${id} replaces ${shown}; outside a terminal, add --yes to confirm. Nothing changed.`,
      );
    const ok = await request.ask(
      `Put the stub back in ${shown}? Your version is backed up first. [y/N] `,
    );
    if (!ok) {
      out.write('Nothing changed.\n');
      return 1;
    }
  }
  const backup = backUp(plan, request.stateDir, (request.now ?? (() => new Date()))());
  try {
    restoreStub(plan);
  } catch (error) {
    throw new ResetError(
      `cannot write ${shown} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})${backup ? `; your version is safe in ${backup}` : ''}`,
    );
  }
  if (backup) out.write(`Your version of ${shown} is saved in\n  ${backup}\n`);
  out.write(`${shown} is the stub again.\n`);
  return 0;
}

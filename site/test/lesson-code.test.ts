import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exercises } from '@xent/course';
import { afterAll, describe, expect, it } from 'vitest';

// No lesson may show code that earns an exercise's points when a learner pastes it in. Every
// fenced TypeScript or JavaScript block of every lesson that defines an exercise's export is
// graded as that exercise's file, through the grader's command line, as a learner would.

const repo = fileURLToPath(new URL('../../', import.meta.url));
const lessonsDir = join(repo, 'site/src/content/docs/lessons');
const gradeBin = join(repo, 'packages/grader/bin/xent-grade.mjs');
const CODE_LANGUAGES = new Set(['ts', 'typescript', 'js', 'javascript', 'mjs', 'tsx', 'jsx']);

/** A fenced code block of a lesson. */
interface CodeBlock {
  lesson: string;
  line: number;
  language: string;
  code: string;
}

/** The fenced code blocks of a Markdown or MDX text: ``` or ~~~ fences, with their info string. */
function fencedBlocks(text: string, lesson: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const lines = text.split('\n');
  let open: { fence: string; language: string; line: number; body: string[] } | undefined;
  lines.forEach((line, index) => {
    if (open === undefined) {
      const start = /^ {0,3}(`{3,}|~{3,})\s*([^\s`]*)/.exec(line);
      if (start)
        open = { fence: start[1] ?? '```', language: start[2] ?? '', line: index + 1, body: [] };
      return;
    }
    const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line);
    if (close && close[1]?.[0] === open.fence[0] && (close[1]?.length ?? 0) >= open.fence.length) {
      blocks.push({ lesson, line: open.line, language: open.language, code: open.body.join('\n') });
      open = undefined;
      return;
    }
    open.body.push(line);
  });
  return blocks;
}

/** Whether `code` defines `name` at the top level: `function name(`, `const name =`, `let`, `var`. */
function definesName(code: string, name: string): boolean {
  const definition = new RegExp(
    `^\\s*(export\\s+)?((async\\s+)?function\\s*\\*?\\s*${name}\\s*[(<]|(const|let|var)\\s+${name}\\b\\s*[:=])`,
    'm',
  );
  return definition.test(code);
}

/** `code` with `export` added before each listed definition that lacks it. */
function exported(code: string, names: readonly string[]): string {
  return names.reduce(
    (text, name) =>
      text.replace(
        new RegExp(
          `^(\\s*)((async\\s+)?function\\s*\\*?\\s*${name}\\b|(const|let|var)\\s+${name}\\b)`,
          'gm',
        ),
        '$1export $2',
      ),
    code,
  );
}

/** One lesson block graded as one exercise's file. */
interface Candidate {
  id: string;
  names: string[];
  block: CodeBlock;
}

/** Every (block, exercise) pair where the block defines at least one of the exercise's exports. */
function candidates(): Candidate[] {
  const blocks = readdirSync(lessonsDir)
    .filter((file) => file.endsWith('.mdx') || file.endsWith('.md'))
    .flatMap((file) => fencedBlocks(readFileSync(join(lessonsDir, file), 'utf8'), file))
    .filter((block) => CODE_LANGUAGES.has(block.language.toLowerCase()));
  return blocks.flatMap((block) =>
    exercises
      .map((exercise) => ({
        id: exercise.id,
        names: exercise.exports.filter((name) => definesName(block.code, name)),
        block,
      }))
      .filter((candidate) => candidate.names.length > 0),
  );
}

/** Splits candidates into runs with at most one file per exercise id, so one folder can hold a run. */
function intoRuns(list: Candidate[]): Candidate[][] {
  const runs: Candidate[][] = [];
  for (const candidate of list) {
    const run = runs.find((r) => r.every((c) => c.id !== candidate.id));
    if (run) run.push(candidate);
    else runs.push([candidate]);
  }
  return runs;
}

const scratch = mkdtempSync(join(tmpdir(), 'xent-lesson-code-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Grades files through `xent-grade --exercises <copy of solutions/> --json`; the score of each id. */
function grade(files: { id: string; code: string }[], runName: string): Map<string, number> {
  const folder = join(scratch, runName, 'exercises');
  cpSync(join(repo, 'solutions'), folder, { recursive: true });
  for (const { id, code } of files) writeFileSync(join(folder, id, `${id}.ts`), code);
  const report = join(scratch, runName, 'report.json');
  const ids = files.map((file) => file.id);
  try {
    execFileSync(process.execPath, [gradeBin, ...ids, '--exercises', folder, '--json', report], {
      env: { ...process.env, NO_COLOR: '1' },
      stdio: 'pipe',
    });
  } catch (error) {
    // Exit status 1 means an exercise did not pass, which is what this test hopes for.
    if ((error as { status?: number }).status !== 1) throw error;
  }
  const parsed = JSON.parse(readFileSync(report, 'utf8')) as {
    exercises: { id: string; score: number }[];
  };
  return new Map(parsed.exercises.map((exercise) => [exercise.id, exercise.score]));
}

describe('the harness', () => {
  it('finds fenced blocks and the names they define', () => {
    const text = [
      'intro',
      '```ts',
      'function softmax(z) {}',
      '```',
      '~~~js',
      'const f = 1;',
      '~~~',
    ];
    const found = fencedBlocks(text.join('\n'), 'x.mdx');
    expect(found.map((block) => [block.language, block.line])).toEqual([
      ['ts', 2],
      ['js', 5],
    ]);
    expect(definesName(found[0]?.code ?? '', 'softmax')).toBe(true);
    expect(definesName('const softmaxRows = () => 1;', 'softmax')).toBe(false);
    expect(definesName('const softmax = (z: number[]) => z;', 'softmax')).toBe(true);
    expect(exported('function softmax(z) {}', ['softmax'])).toBe('export function softmax(z) {}');
  });

  it('scores every model solution, so a lesson block that passes would be caught', () => {
    const files = exercises.map((exercise) => ({
      id: exercise.id,
      code: readFileSync(join(repo, 'solutions', exercise.id, `${exercise.id}.ts`), 'utf8'),
    }));
    const scores = grade(files, 'solutions');
    for (const exercise of exercises) expect(scores.get(exercise.id)).toBe(exercise.points);
  });
});

describe('no lesson code block passes an exercise', () => {
  const list = candidates();
  const runs = intoRuns(list);
  const scores = new Map<Candidate, number>();
  const scoreOf = (candidate: Candidate): number => {
    if (!scores.has(candidate)) {
      const run = runs.findIndex((r) => r.includes(candidate));
      const files = (runs[run] ?? []).map((c) => ({
        id: c.id,
        code: exported(c.block.code, c.names),
      }));
      const byId = grade(files, `run-${run}`);
      for (const c of runs[run] ?? []) scores.set(c, byId.get(c.id) ?? Number.NaN);
    }
    return scores.get(candidate) ?? Number.NaN;
  };

  it('the lessons have code blocks to check', () => {
    const all = readdirSync(lessonsDir).flatMap((file) =>
      fencedBlocks(readFileSync(join(lessonsDir, file), 'utf8'), file),
    );
    expect(all.filter((block) => CODE_LANGUAGES.has(block.language)).length).toBeGreaterThan(0);
  });

  it.each(list.map((c) => [`${c.block.lesson}:${c.block.line}`, c.id, c]))(
    'the block at %s scores 0 as exercise %s',
    (_where, _id, candidate) => {
      expect(scoreOf(candidate as Candidate)).toBe(0);
    },
  );
});

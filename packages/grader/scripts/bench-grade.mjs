// Times `pnpm grade` (which compiles, then grades in a restricted process) against a plain
// `vitest run` of the same suites (same sandbox, same files, one process), alternating the two,
// and prints medians, their ratio and whether the targets are met. Then times a watch-mode re-grade: from
// saving a file to the new report on screen.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const RUNS = Number(process.env.RUNS ?? 5);
const grader = fileURLToPath(new URL('..', import.meta.url));
const repo = path.resolve(grader, '../..');

function time(command, args, cwd, env = {}) {
  const start = performance.now();
  const result = spawnSync(command, args, {
    cwd,
    stdio: 'ignore',
    env: { ...process.env, NO_COLOR: '1', ...env },
  });
  if (result.status === null) throw new Error(`${command} ${args.join(' ')} did not finish`);
  return performance.now() - start;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

// BENCH_TARGET=solutions grades the model solutions instead: every check runs to the end.
const solutions = process.env.BENCH_TARGET === 'solutions';
const contenders = {
  'pnpm grade': () => time('pnpm', ['grade', ...(solutions ? ['--solutions'] : [])], repo),
  'vitest run (same suites)': () =>
    time('pnpm', ['exec', 'vitest', 'run', '--config', 'vitest.suites.config.ts'], grader, {
      XENT_TARGET: solutions ? '../../solutions' : '../../exercises',
    }),
};
const samples = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
for (const run of Object.values(contenders)) run(); // warm-up: compile caches, build dist/
for (let i = 0; i < RUNS; i++)
  for (const [name, run] of Object.entries(contenders)) samples[name].push(run());

console.log(
  `grading ${solutions ? 'solutions/' : 'exercises/ as it is'}, median of ${RUNS} runs each, alternating:`,
);
for (const [name, values] of Object.entries(samples)) {
  console.log(
    `  ${name.padEnd(26)} ${median(values).toFixed(0).padStart(6)} ms   (runs: ${values.map((v) => v.toFixed(0)).join(', ')})`,
  );
}
const gradeMs = median(samples['pnpm grade']);
const ratio = gradeMs / median(samples['vitest run (same suites)']);
const verdict = (ok) => (ok ? 'met' : 'NOT met');
console.log(`  ratio grade / vitest run: ${ratio.toFixed(2)}`);
console.log(
  `  targets: ratio ≤ 1.3 ${verdict(ratio <= 1.3)}; full grade under 3000 ms ${verdict(gradeMs < 3000)}`,
);

// Watch mode: save an exercise file in a copy of the solutions and wait for the next report.
const dir = mkdtempSync(path.join(tmpdir(), 'xent-bench-watch-'));
cpSync(path.join(repo, 'solutions'), dir, { recursive: true });
const child = spawn(
  process.execPath,
  [path.join(grader, 'bin/xent-grade.mjs'), '--watch', '--exercises', dir],
  {
    cwd: repo,
    env: { ...process.env, NO_COLOR: '1' },
    stdio: ['pipe', 'pipe', 'inherit'],
  },
);
let output = '';
const reports = () => output.split('xent · grading').length - 1;
child.stdout.on('data', (chunk) => {
  output += chunk;
});
const waitFor = async (count) => {
  while (reports() < count) await new Promise((resolve) => setTimeout(resolve, 5));
};
await waitFor(1);
const regrades = [];
const file = path.join(dir, 'softmax', 'softmax.ts');
for (let i = 0; i < RUNS; i++) {
  const before = reports();
  const start = performance.now();
  writeFileSync(file, `${readFileSync(file, 'utf8')}\n`);
  await waitFor(before + 1);
  regrades.push(performance.now() - start);
}
child.stdin.write('q');
console.log(
  `  watch re-grade after save   ${median(regrades).toFixed(0).padStart(6)} ms   (runs: ${regrades.map((v) => v.toFixed(0)).join(', ')})`,
);
console.log(`  target: watch re-grade under 500 ms ${verdict(median(regrades) < 500)}`);

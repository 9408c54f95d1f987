import { readFileSync } from 'node:fs';
import path from 'node:path';
import { exercises } from '@xent/course';
import { describe, expect, test } from 'vitest';
import { parseArgs } from '../src/cli/parse-args.ts';
import { REPO } from './support/cli.ts';

const ids = exercises.map((e) => e.id);
const readJson = (file: string) => JSON.parse(readFileSync(path.join(REPO, file), 'utf8'));

interface Task {
  label: string;
  command: string;
  args: string[];
}

/** Expands VS Code's task variables as the editor does for a file open in it. */
function substitute(arg: string, openFile: string): string {
  const variables: Record<string, string> = {
    fileDirnameBasename: path.basename(path.dirname(openFile)),
    workspaceFolder: REPO,
  };
  return arg.replace(/\$\{(\w+)\}/g, (_, name: string) => {
    const value = variables[name];
    if (value === undefined) throw new Error(`substitute: unknown task variable '${name}'`);
    return value;
  });
}

describe('.devcontainer/devcontainer.json', () => {
  const container = readJson('.devcontainer/devcontainer.json');
  const readme = readFileSync(path.join(REPO, 'README.md'), 'utf8');
  const firstCommand = readme.match(/## Quick start[\s\S]*?```sh\n(.+)\n/)?.[1] ?? '';

  test('uses a Node 20 image from the dev containers project', () => {
    expect(container.image).toMatch(
      /^mcr\.microsoft\.com\/devcontainers\/javascript-node:.*\b20\b/,
    );
  });
  test("installs on creation with the README's first command, minus the grading", () => {
    expect(firstCommand).toMatch(/ && pnpm grade$/);
    expect(container.postCreateCommand).toBe(firstCommand.replace(/ && pnpm grade$/, ''));
  });
  test('recommends Biome, Vitest and MDX, the same as .vscode/extensions.json', () => {
    expect(container.customizations.vscode.extensions).toEqual([
      'biomejs.biome',
      'vitest.explorer',
      'unifiedjs.vscode-mdx',
    ]);
    expect(readJson('.vscode/extensions.json').recommendations).toEqual(
      container.customizations.vscode.extensions,
    );
  });
  test("forwards the course site's port (Astro's default, which pnpm dev keeps) with a label", () => {
    expect(readJson('site/package.json').scripts.dev).toBe('astro dev');
    expect(container.forwardPorts).toEqual([4321]);
    expect(container.portsAttributes['4321'].label).toContain('pnpm dev');
  });
});

describe('.vscode/tasks.json', () => {
  const tasks: Task[] = readJson('.vscode/tasks.json').tasks;
  const task = (label: string) => {
    const found = tasks.find((t) => t.label === label);
    if (!found) throw new Error(`tasks.json: no task labelled '${label}'`);
    return found;
  };

  test('has the three tasks and no settings that override a user', () => {
    expect(tasks.map((t) => t.label)).toEqual([
      'Grade this exercise',
      'Watch this exercise',
      'Hint for this exercise',
    ]);
    expect(() => readFileSync(path.join(REPO, '.vscode/settings.json'))).toThrow(/ENOENT/);
  });

  describe.each(ids)('with exercises/%s open', (id) => {
    test.each([
      [`exercises/${id}/${id}.ts`],
      // The task README open beside the code grades the same exercise.
      [`exercises/${id}/README.md`],
    ])('%s: each task runs pnpm grade on that exercise', (file) => {
      const args = (label: string) => {
        const t = task(label);
        expect(t.command).toBe('pnpm');
        expect(t.args[0]).toBe('grade');
        return parseArgs(
          t.args.slice(1).map((a) => substitute(a, path.join(REPO, file))),
          ids,
        );
      };
      expect(args('Grade this exercise')).toMatchObject({ ids: [id], watch: false });
      expect(args('Watch this exercise')).toMatchObject({ ids: [id], watch: true });
      expect(args('Hint for this exercise')).toMatchObject({ ids: [], hint: id });
    });
  });

  test('a file outside an exercise folder is a clear usage error, not a silent grade of everything', () => {
    const t = task('Grade this exercise');
    expect(() =>
      parseArgs(
        t.args.slice(1).map((a) => substitute(a, path.join(REPO, 'README.md'))),
        ids,
      ),
    ).toThrow(/unknown exercise '.+'; valid exercise ids: /);
  });
});

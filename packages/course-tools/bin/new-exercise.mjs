#!/usr/bin/env node
// `pnpm new-exercise`: adds an exercise to the course, for instructors.
import { runCommand } from './run.mjs';

await runCommand('newExerciseMain');

#!/usr/bin/env node
// `pnpm course`: sync, check, remove, release and gradebook, for instructors.
import { runCommand } from './run.mjs';

await runCommand('courseMain');

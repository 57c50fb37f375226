/**
 * `npm run prerequisites`, the first step of `npm test` (and of `.ci/run`): Java 17+, Chromium or Chrome,
 * and poppler's pdftoppm and pdftotext. Installs the missing ones as root with apt-get on Debian or Ubuntu;
 * elsewhere it exits 1 before any test runs, with the command that installs each missing one.
 */
import { ensurePrerequisites } from '../../functions/local/prerequisites/step';
import { realSystem } from '../../functions/local/prerequisites/system';

const { ok } = ensurePrerequisites('npm test', realSystem(), console.log, console.error);
process.exitCode = ok ? 0 : 1;

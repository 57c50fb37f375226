/**
 * The prerequisites step: finds what a command needs; where a piece is missing and the machine can
 * install it without asking anyone (root with apt-get on Debian or Ubuntu), installs it and looks again;
 * otherwise stops with one line per missing piece and the command that installs it on each system.
 */
import { type Check, FINDERS, type Found, type Missing } from './detect';
import { NEEDS, PIECES, type Piece, type Purpose } from './pieces';
import { type Distro, distroOf, type System, which } from './system';

export interface StepOutcome {
  ok: boolean;
  /** What was found, in the order of NEEDS. */
  found: Check[];
  /** The Debian packages installed on the way (empty when nothing was installed). */
  installed: string[];
}

export type Say = (line: string) => void;

const APT_ENV = { DEBIAN_FRONTEND: 'noninteractive' };

/** Whether this machine can install with apt-get without asking anyone, and if not, why not. */
export const canInstallWithApt = (system: System): { yes: true; aptGet: string } | { yes: false; why: string } => {
  const distro = distroOf(system);
  if (distro !== 'debian' && distro !== 'ubuntu') return { yes: false, why: 'this is not Debian or Ubuntu' };
  const aptGet = which(system, 'apt-get');
  if (!aptGet) return { yes: false, why: 'there is no apt-get on PATH' };
  if (system.uid !== 0) return { yes: false, why: 'it is not running as root' };
  return { yes: true, aptGet };
};

/** The first of the candidates that this machine's apt can install (its lists must be up to date). */
export const aptChoice = (system: System, candidates: readonly string[]): string | undefined => {
  const aptCache = which(system, 'apt-cache');
  if (!aptCache || candidates.length === 0) return candidates[0];
  const r = system.run(aptCache, ['policy', ...candidates]);
  if (r.status !== 0) return candidates[0];
  const known = new Set<string>();
  let current: string | undefined;
  for (const line of r.stdout.split('\n')) {
    const name = /^(\S+):$/.exec(line)?.[1];
    if (name) current = name;
    const candidate = /^\s+Candidate:\s*(\S+)/.exec(line)?.[1];
    if (current && candidate && candidate !== '(none)') known.add(current);
  }
  return candidates.find((c) => known.has(c));
};

const aptCandidates = (piece: Piece, distro: Distro): readonly string[] =>
  distro === 'ubuntu' ? PIECES[piece].apt.ubuntu : PIECES[piece].apt.debian;

/**
 * The install commands for one piece on Debian/Ubuntu, Fedora and macOS. On a Debian or Ubuntu machine
 * the apt line names the package this machine's apt has (Debian 13 has openjdk-21, not 17).
 */
export const installLine = (piece: Piece, system: System): string => {
  const { install } = PIECES[piece];
  const distro = distroOf(system);
  let { debian, ubuntu } = install;
  const candidates = aptCandidates(piece, distro);
  const usual = candidates[0];
  const choice = usual && (distro === 'debian' || distro === 'ubuntu') ? aptChoice(system, candidates) : undefined;
  if (usual && choice && choice !== usual) {
    if (debian === ubuntu) debian = ubuntu = debian.replace(usual, choice);
    else if (distro === 'debian') debian = debian.replace(usual, choice);
    else ubuntu = ubuntu.replace(usual, choice);
  }
  const linux = debian === ubuntu ? [`Debian/Ubuntu: ${debian}`] : [`Debian: ${debian}`, `Ubuntu: ${ubuntu}`];
  return [...linux, `Fedora: ${install.fedora}`, `macOS: ${install.macos}`].join(' · ');
};

/** One line for a missing piece: what it is for, what is wrong, and how to install it. */
export const missingLine = (missing: Missing, system: System): string => {
  const { label, purpose } = PIECES[missing.piece];
  return `  ✗ ${label} (${purpose}): ${missing.problem}. Install it with ${installLine(missing.piece, system)}`;
};

const foundLine = (check: Found): string => `  ✓ ${check.detail} (${check.path})`;

const checkAll = (pieces: readonly Piece[], system: System): Check[] => pieces.map((p) => FINDERS[p](system));

/** Whether dpkg has the package installed (then apt-get would only upgrade it, which is not this step's job). */
const dpkgHas = (system: System, pkg: string): boolean => {
  const dpkgQuery = which(system, 'dpkg-query');
  if (!dpkgQuery) return false;
  // biome-ignore lint/suspicious/noTemplateCurlyInString: dpkg-query's own format, read by dpkg-query
  const r = system.run(dpkgQuery, ['-W', '-f=${Status}', pkg]);
  return r.status === 0 && r.stdout.trim() === 'install ok installed';
};

type InstallResult = { tried: Piece[]; installed: string[]; alreadyThere: string[] } | { failed: string };

/** Installs what apt can provide for the missing pieces, never upgrading a package that is already there. */
const installMissing = (missing: Missing[], system: System, aptGet: string, say: Say): InstallResult => {
  const distro = distroOf(system);
  const wanted = missing.filter((m) => m.installHelps && aptCandidates(m.piece, distro).length > 0);
  if (wanted.length === 0) return { tried: [], installed: [], alreadyThere: [] };
  if (system.runShown(aptGet, ['update', '-qq'], APT_ENV) !== 0) return { failed: '`apt-get update` failed' };
  const chosen = wanted.flatMap((m) => aptChoice(system, aptCandidates(m.piece, distro)) ?? []);
  if (chosen.length === 0) return { failed: 'apt knows none of the packages' };
  const alreadyThere = chosen.filter((p) => dpkgHas(system, p));
  const packages = chosen.filter((p) => !alreadyThere.includes(p));
  const tried = wanted.map((m) => m.piece);
  if (packages.length === 0) return { tried, installed: [], alreadyThere };
  say(`Installing with apt-get (as root), for ${wanted.map((m) => PIECES[m.piece].label).join(', ')}:`);
  say(`  apt-get install ${packages.join(' ')}`);
  const args = ['install', '-y', '-qq', '--no-install-recommends', '--no-upgrade', ...packages];
  const code = system.runShown(aptGet, args, APT_ENV);
  if (code !== 0) return { failed: `\`apt-get install ${packages.join(' ')}\` failed (exit code ${code})` };
  return { tried, installed: packages, alreadyThere };
};

/**
 * Runs the step for `purpose`: a heading, one ✓ line per piece found and, when something is still missing,
 * one ✗ line per missing piece (to `sayProblem`). Returns ok only when every piece is there. It never asks
 * a question, so it runs the same in CI and in a terminal.
 */
export const ensurePrerequisites = (purpose: Purpose, system: System, say: Say, sayProblem: Say = say): StepOutcome => {
  const pieces = NEEDS[purpose];
  say(`Checking what ${purpose} needs:`);
  let found = checkAll(pieces, system);
  const missing = () => found.filter((c): c is Missing => !c.ok);
  let installed: string[] = [];
  const notes: string[] = [];

  if (missing().length > 0) {
    const apt = canInstallWithApt(system);
    if (!apt.yes) notes.push(`Nothing was installed: this step installs only as root with apt-get, and ${apt.why}.`);
    else {
      const result = installMissing(missing(), system, apt.aptGet, say);
      if ('failed' in result) notes.push(`Nothing was installed: ${result.failed}.`);
      else {
        installed = result.installed;
        if (installed.length > 0) found = checkAll(pieces, system);
        const distro = distroOf(system);
        const noPackage = missing().filter((m) => m.installHelps && aptCandidates(m.piece, distro).length === 0);
        if (noPackage.length > 0) {
          const labels = noPackage.map((m) => PIECES[m.piece].label).join(', ');
          notes.push(`Not installed with apt-get: ${labels}; apt here has no package of it that the tests can use.`);
        }
        if (missing().some((m) => result.tried.includes(m.piece))) {
          if (installed.length > 0)
            notes.push(`apt-get installed ${installed.join(' ')}, yet the above is still missing.`);
          if (result.alreadyThere.length > 0) {
            const list = result.alreadyThere.join(' ');
            notes.push(`${list} ${result.alreadyThere.length === 1 ? 'is' : 'are'} installed already: look at PATH.`);
          }
        }
      }
    }
  }

  for (const check of found) if (check.ok) say(foundLine(check));
  const still = missing();
  if (still.length === 0) return { ok: true, found, installed };
  const count = still.length === 1 ? '1 thing is' : `${still.length} things are`;
  sayProblem(`${purpose} stopped before starting anything: ${count} missing.`);
  for (const m of still) sayProblem(missingLine(m, system));
  for (const note of notes) sayProblem(note);
  return { ok: false, found, installed };
};

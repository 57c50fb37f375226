/**
 * Finding each piece on a machine: where it is and which version, or, when it is missing or unusable,
 * a sentence saying what was found instead. The browser tests call findChromium too, so they drive the
 * very browser the step reported.
 */
import { CHROMIUM_PATH_VARIABLE, chromiumPlaces, JAVA_MIN_MAJOR, type Piece } from './pieces';
import { type RunResult, type System, which } from './system';
import { parseChromiumVersion, parseJavaVersion, parsePopplerVersion } from './versions';

export type Found = { piece: Piece; ok: true; path: string; detail: string };
export type Missing = {
  piece: Piece;
  ok: false;
  /** What is wrong, in a sentence without a full stop: "no `java` on PATH". */
  problem: string;
  /** False when installing a package would not help (CHROMIUM_PATH names a file that is not there). */
  installHelps: boolean;
};
export type Check = Found | Missing;

/** The first line a failed program printed, to quote in a problem. */
const firstLine = (r: RunResult): string =>
  `${r.stderr}\n${r.stdout}`
    .split('\n')
    .map((l) => l.trim())
    .find(Boolean) ?? (r.status === null ? 'it could not be started' : `exit code ${r.status}`);

export const findJava = (system: System): Check => {
  const path = which(system, 'java');
  if (!path) return { piece: 'java', ok: false, problem: 'no `java` on PATH', installHelps: true };
  const r = system.run(path, ['-version']);
  const parsed = r.status === 0 ? parseJavaVersion(`${r.stderr}\n${r.stdout}`) : undefined;
  if (!parsed) {
    return {
      piece: 'java',
      ok: false,
      problem: `\`${path} -version\` gave no Java version (${firstLine(r)})`,
      installHelps: true,
    };
  }
  if (parsed.major < JAVA_MIN_MAJOR) {
    const home = system.env.JAVA_HOME;
    const homeJava = home ? `${home.replace(/\/$/, '')}/bin/java` : undefined;
    const better =
      homeJava && homeJava !== path && system.isExecutable(homeJava)
        ? parseJavaVersion(`${system.run(homeJava, ['-version']).stderr}`)
        : undefined;
    const hint =
      better && better.major >= JAVA_MIN_MAJOR
        ? `; JAVA_HOME has Java ${better.version}: put ${home}/bin first on PATH`
        : '';
    return {
      piece: 'java',
      ok: false,
      problem: `\`java\` on PATH (${path}) is Java ${parsed.version}, older than ${JAVA_MIN_MAJOR}${hint}`,
      installHelps: !hint,
    };
  }
  const vendor = parsed.vendor ? ` (${parsed.vendor})` : '';
  return { piece: 'java', ok: true, path, detail: `Java ${parsed.version}${vendor}` };
};

const chromiumAt = (system: System, path: string): Check => {
  const r = system.run(path, ['--version']);
  const parsed = r.status === 0 ? parseChromiumVersion(r.stdout) : undefined;
  if (!parsed) {
    return {
      piece: 'chromium',
      ok: false,
      problem: `${path} is there, but \`--version\` gave no browser version (${firstLine(r)})`,
      installHelps: true,
    };
  }
  return { piece: 'chromium', ok: true, path, detail: `${parsed.name} ${parsed.version}` };
};

/**
 * CHROMIUM_PATH when set (a path, or a name looked up on PATH), and then nothing else: a person who names
 * a browser means that one. Otherwise the usual places, and the first browser that answers wins.
 */
export const findChromium = (system: System): Check => {
  const chosen = system.env[CHROMIUM_PATH_VARIABLE];
  if (chosen) {
    const path = chosen.includes('/') ? (system.isExecutable(chosen) ? chosen : undefined) : which(system, chosen);
    if (!path) {
      const instead = findChromium({ ...system, env: { ...system.env, [CHROMIUM_PATH_VARIABLE]: undefined } });
      const unset = instead.ok ? `unset it to use ${instead.detail} at ${instead.path}` : 'install one';
      return {
        piece: 'chromium',
        ok: false,
        problem: `${CHROMIUM_PATH_VARIABLE} is "${chosen}", but there is no program there: point it at Chromium or Chrome, or ${unset}`,
        installHelps: false,
      };
    }
    return chromiumAt(system, path);
  }
  const { paths, names } = chromiumPlaces(system.platform, system.home);
  const candidates = [
    ...paths.filter((p) => system.isExecutable(p)),
    ...names.flatMap((n) => which(system, n) ?? []),
  ].filter((p, i, all) => all.indexOf(p) === i);
  let firstFailure: Check | undefined;
  for (const path of candidates) {
    const check = chromiumAt(system, path);
    if (check.ok) return check;
    firstFailure ??= check;
  }
  return (
    firstFailure ?? {
      piece: 'chromium',
      ok: false,
      problem: `none found (looked in ${paths.join(', ')}, and for ${names.join(', ')} on PATH; ${CHROMIUM_PATH_VARIABLE} is not set)`,
      installHelps: true,
    }
  );
};

/** The print tests call pdftoppm and pdftotext by name, so both must be on PATH. */
export const findPoppler = (system: System): Check => {
  const pdftoppm = which(system, 'pdftoppm');
  const lacking = ['pdftoppm', 'pdftotext'].filter((name) => !which(system, name));
  if (!pdftoppm || lacking.length > 0) {
    return {
      piece: 'poppler',
      ok: false,
      problem: `no ${lacking.map((n) => `\`${n}\``).join(' or ')} on PATH`,
      installHelps: true,
    };
  }
  const r = system.run(pdftoppm, ['-v']);
  const version = parsePopplerVersion(`${r.stderr}\n${r.stdout}`);
  return { piece: 'poppler', ok: true, path: pdftoppm, detail: version ? `pdftoppm ${version}` : 'pdftoppm' };
};

/** What fontconfig (which Chromium draws with on Linux) is asked: each font that has Tigrinya, its name and file. */
export const FC_LIST_ETHIOPIC = ['-f', '%{family[0]}\t%{file}\n', ':lang=ti'] as const;

/** A font Chromium can draw Tigrinya with: on Linux one fontconfig lists for it; macOS has Kefa. */
export const findEthiopicFont = (system: System): Check => {
  if (system.platform === 'darwin') return { piece: 'ethiopic-font', ok: true, path: 'part of macOS', detail: 'Kefa' };
  const fcList = which(system, 'fc-list');
  if (!fcList)
    return {
      piece: 'ethiopic-font',
      ok: false,
      problem: 'no `fc-list` on PATH to ask for a font (fontconfig, which Chromium needs too)',
      installHelps: true,
    };
  const r = system.run(fcList, FC_LIST_ETHIOPIC);
  const [family, file] = (r.stdout.split('\n').find((l) => l.includes('\t')) ?? '').split('\t');
  if (r.status !== 0 || !family || !file)
    return {
      piece: 'ethiopic-font',
      ok: false,
      problem: 'no font on this machine has Ethiopic letters (`fc-list :lang=ti` lists none)',
      installHelps: true,
    };
  return { piece: 'ethiopic-font', ok: true, path: file, detail: family };
};

export const FINDERS: Record<Piece, (system: System) => Check> = {
  java: findJava,
  chromium: findChromium,
  poppler: findPoppler,
  'ethiopic-font': findEthiopicFont,
};

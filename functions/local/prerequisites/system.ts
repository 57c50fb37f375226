/**
 * The little the prerequisites step asks of the machine, behind one interface so the detection can be
 * tested against any machine (a Mac, Fedora, a bare Debian) without being on it.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';

export interface RunResult {
  /** The exit code, or null when the program could not be started or was stopped. */
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface System {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  home: string;
  /** The user id (0 is root); undefined where the platform has none. */
  uid: number | undefined;
  /** The text of /etc/os-release, where there is one. */
  osRelease: string | undefined;
  isExecutable(path: string): boolean;
  /** Runs a program and captures what it prints (for version checks). */
  run(command: string, args: readonly string[]): RunResult;
  /** Runs a program with its output shown to the person (for installs); returns the exit code. */
  runShown(command: string, args: readonly string[], env?: Record<string, string>): number | null;
}

const isExecutableFile = (path: string): boolean => {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

const readOsRelease = (): string | undefined => {
  try {
    return readFileSync('/etc/os-release', 'utf8');
  } catch {
    return undefined;
  }
};

/** A version check that hangs (a browser waiting on a keyring, say) must not hold up the step. */
const VERSION_TIMEOUT_MS = 20_000;

export const realSystem = (): System => ({
  platform: process.platform,
  env: process.env,
  home: homedir(),
  uid: process.getuid?.(),
  osRelease: readOsRelease(),
  isExecutable: isExecutableFile,
  run(command, args) {
    const r = spawnSync(command, args, {
      encoding: 'utf8',
      timeout: VERSION_TIMEOUT_MS,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { status: r.error ? null : r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? r.error?.message ?? '' };
  },
  runShown(command, args, env = {}) {
    const r = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });
    return r.error ? null : r.status;
  },
});

/** The first executable called `name` on the system's PATH, as a shell would find it. */
export const which = (system: System, name: string): string | undefined => {
  for (const dir of (system.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const path = join(dir, name);
    if (system.isExecutable(path)) return path;
  }
  return undefined;
};

export type Distro = 'debian' | 'ubuntu' | 'fedora' | 'other';

/** Which family of Linux this is, from /etc/os-release (Ubuntu before Debian: it names both). */
export const distroOf = (system: System): Distro => {
  if (system.platform !== 'linux' || !system.osRelease) return 'other';
  const field = (key: string) =>
    new RegExp(`^${key}=["']?([^"'\\n]*)`, 'm').exec(system.osRelease ?? '')?.[1]?.toLowerCase() ?? '';
  const ids = `${field('ID')} ${field('ID_LIKE')}`.split(/\s+/);
  if (ids.includes('ubuntu')) return 'ubuntu';
  if (ids.includes('debian')) return 'debian';
  if (ids.includes('fedora')) return 'fedora';
  return 'other';
};

/**
 * The prerequisites step against machines it is not on: a bare Debian as root, a developer's Debian,
 * Ubuntu, Fedora, a Mac with Chrome in /Applications. Each machine is a table of the programs it has and
 * what they print; installing with apt-get adds programs to it, as it would.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findChromium,
  findEthiopicFont,
  findJava,
  findPoppler,
  type Missing,
} from '../../functions/local/prerequisites/detect';
import { NEEDS, type Piece } from '../../functions/local/prerequisites/pieces';
import { ensurePrerequisites, installLine, missingLine } from '../../functions/local/prerequisites/step';
import type { RunResult, System } from '../../functions/local/prerequisites/system';
import {
  parseChromiumVersion,
  parseJavaVersion,
  parsePopplerVersion,
} from '../../functions/local/prerequisites/versions';

// What `java -version` prints (to stderr) for the builds people have.
const JAVA = {
  openjdk11: `openjdk version "11.0.24" 2024-07-16
OpenJDK Runtime Environment (build 11.0.24+8-post-Ubuntu-1ubuntu322.04)
OpenJDK 64-Bit Server VM (build 11.0.24+8-post-Ubuntu-1ubuntu322.04, mixed mode, sharing)`,
  openjdk17: `openjdk version "17.0.15" 2025-04-15
OpenJDK Runtime Environment (build 17.0.15+6-Debian-1deb12u1)
OpenJDK 64-Bit Server VM (build 17.0.15+6-Debian-1deb12u1, mixed mode, sharing)`,
  openjdk21: `openjdk version "21.0.5" 2024-10-15
OpenJDK Runtime Environment (build 21.0.5+11-Ubuntu-1ubuntu124.04)
OpenJDK 64-Bit Server VM (build 21.0.5+11-Ubuntu-1ubuntu124.04, mixed mode, sharing)`,
  temurin21: `openjdk version "21.0.4" 2024-07-16 LTS
OpenJDK Runtime Environment Temurin-21.0.4+7 (build 21.0.4+7-LTS)
OpenJDK 64-Bit Server VM Temurin-21.0.4+7 (build 21.0.4+7-LTS, mixed mode, sharing)`,
  oracle8: `java version "1.8.0_401"
Java(TM) SE Runtime Environment (build 1.8.0_401-b10)
Java HotSpot(TM) 64-Bit Server VM (build 25.401-b10, mixed mode)`,
  macStub: 'The operation couldn’t be completed. Unable to locate a Java Runtime.\nPlease visit http://www.java.com',
};

const CHROMIUM_DEBIAN = 'Chromium 156.0.8078.114 built on Debian GNU/Linux 12 (bookworm)\n';
const CHROME = 'Google Chrome 131.0.6778.85 \n';
const UBUNTU_SNAP_STUB = "Command '/usr/bin/chromium-browser' requires the chromium snap to be installed.";

const OS = {
  debian12: 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nVERSION_ID="12"\nID=debian\n',
  ubuntu24: 'NAME="Ubuntu"\nVERSION_ID="24.04"\nID=ubuntu\nID_LIKE=debian\n',
  fedora41: 'NAME="Fedora Linux"\nVERSION_ID=41\nID=fedora\n',
};

type Program = (args: readonly string[]) => Partial<RunResult>;
const prints =
  (out: Partial<RunResult>): Program =>
  () => ({ status: 0, ...out });

/** `apt-cache policy …` on a machine whose apt knows the packages in `known` (others: no candidate). */
const aptCache =
  (known: readonly string[]): Program =>
  (args) => ({
    status: 0,
    stdout: args
      .slice(1)
      .map(
        (p) => `${p}:\n  Installed: (none)\n  Candidate: ${known.includes(p) ? '1.0' : '(none)'}\n  Version table:\n`,
      )
      .join(''),
  });

/** What each Debian package puts on the machine when apt-get installs it. */
const DEBIAN_PACKAGES: Record<string, Record<string, Program>> = {
  chromium: { '/usr/bin/chromium': prints({ stdout: CHROMIUM_DEBIAN }) },
  'poppler-utils': {
    '/usr/bin/pdftoppm': prints({ stderr: 'pdftoppm version 22.12.0\n' }),
    '/usr/bin/pdftotext': prints({}),
  },
  'fonts-noto-core': {
    '/usr/bin/fc-list': prints({
      stdout: `Noto Sans Ethiopic\t/usr/share/fonts/truetype/noto/NotoSansEthiopic-Regular.ttf\n`,
    }),
  },
  'openjdk-17-jdk-headless': { '/usr/bin/java': prints({ stderr: JAVA.openjdk17 }) },
  'openjdk-21-jdk-headless': { '/usr/bin/java': prints({ stderr: JAVA.openjdk21 }) },
};

interface Machine extends System {
  programs: Record<string, Program>;
  /** Every command run with its output shown (the installs), in order. */
  shown: string[];
}

const machine = (
  options: {
    platform?: NodeJS.Platform;
    env?: Record<string, string | undefined>;
    uid?: number;
    osRelease?: string;
    programs?: Record<string, Program>;
    /** What `apt-get install` exits with (0: it installs the packages). */
    aptInstallExit?: number;
    /** Debian packages dpkg has installed (given: the machine has dpkg-query). */
    dpkg?: string[];
  } = {},
): Machine => {
  const programs = { ...options.programs };
  const shown: string[] = [];
  const dpkg = new Set(options.dpkg);
  if (options.dpkg) {
    programs['/usr/bin/dpkg-query'] = (args) =>
      dpkg.has(args.at(-1)!)
        ? { status: 0, stdout: 'install ok installed' }
        : { status: 1, stderr: 'no packages found' };
  }
  return {
    platform: options.platform ?? 'linux',
    env: { PATH: '/usr/local/bin:/usr/bin:/bin', ...options.env },
    home: '/home/sam',
    uid: options.uid ?? 1000,
    osRelease: options.osRelease,
    programs,
    shown,
    isExecutable: (path) => path in programs,
    run(command, args) {
      const program = programs[command];
      if (!program) return { status: null, stdout: '', stderr: `spawn ${command} ENOENT` };
      return { status: 0, stdout: '', stderr: '', ...program(args) };
    },
    runShown(command, args) {
      shown.push([command, ...args].join(' '));
      if (command.endsWith('apt-get') && args[0] === 'install') {
        if (options.aptInstallExit) return options.aptInstallExit;
        for (const pkg of args.filter((a) => !a.startsWith('-')).slice(1)) {
          Object.assign(programs, DEBIAN_PACKAGES[pkg]);
          dpkg.add(pkg);
        }
      }
      return 0;
    },
  };
};

const APT = {
  '/usr/bin/apt-get': prints({}),
  '/usr/bin/apt-cache': aptCache(['chromium', 'poppler-utils', 'openjdk-17-jdk-headless', 'fonts-noto-core']),
};
const EVERYTHING = {
  '/usr/bin/java': prints({ stderr: JAVA.openjdk17 }),
  ...DEBIAN_PACKAGES.chromium,
  ...DEBIAN_PACKAGES['poppler-utils'],
  ...DEBIAN_PACKAGES['fonts-noto-core'],
};

const run = (m: Machine, purpose: keyof typeof NEEDS = 'npm test') => {
  const out: string[] = [];
  const problems: string[] = [];
  const outcome = ensurePrerequisites(
    purpose,
    m,
    (l) => out.push(l),
    (l) => problems.push(l),
  );
  return { ...outcome, out, problems };
};

describe('reading versions', () => {
  it('reads `java -version` of OpenJDK 11, 17 and 21, Temurin and Java 8', () => {
    expect(parseJavaVersion(JAVA.openjdk11)).toEqual({ version: '11.0.24', major: 11 });
    expect(parseJavaVersion(JAVA.openjdk17)).toEqual({ version: '17.0.15', major: 17 });
    expect(parseJavaVersion(JAVA.openjdk21)).toEqual({ version: '21.0.5', major: 21 });
    expect(parseJavaVersion(JAVA.temurin21)).toEqual({ version: '21.0.4', major: 21, vendor: 'Temurin' });
    expect(parseJavaVersion(JAVA.oracle8)).toEqual({ version: '1.8.0_401', major: 8 });
  });

  it('reads a Java version after a "Picked up JAVA_TOOL_OPTIONS" line, and an early-access one', () => {
    expect(parseJavaVersion(`Picked up JAVA_TOOL_OPTIONS: -Xmx512m\n${JAVA.openjdk17}`)?.major).toBe(17);
    expect(parseJavaVersion('openjdk version "22-ea" 2024-03-19\n')).toEqual({ version: '22-ea', major: 22 });
  });

  it('finds no Java version in the Mac stub that has no Java behind it', () => {
    expect(parseJavaVersion(JAVA.macStub)).toBeUndefined();
  });

  it('reads `--version` of Debian Chromium, Google Chrome, Chrome for Testing and snap Chromium', () => {
    expect(parseChromiumVersion(CHROMIUM_DEBIAN)).toEqual({ name: 'Chromium', version: '156.0.8078.114', major: 156 });
    expect(parseChromiumVersion(CHROME)).toEqual({ name: 'Google Chrome', version: '131.0.6778.85', major: 131 });
    expect(parseChromiumVersion('Google Chrome for Testing 131.0.6778.85\n')?.name).toBe('Google Chrome for Testing');
    expect(parseChromiumVersion('Chromium 131.0.6778.85 snap\n')?.version).toBe('131.0.6778.85');
    expect(parseChromiumVersion(UBUNTU_SNAP_STUB)).toBeUndefined();
  });

  it('reads `pdftoppm -v`', () => {
    expect(parsePopplerVersion('pdftoppm version 22.12.0\nCopyright 2005-2022 The Poppler Developers')).toBe('22.12.0');
    expect(parsePopplerVersion('pdftoppm: command not found')).toBeUndefined();
  });
});

describe('finding Java', () => {
  it('takes the first java on PATH, as DynamoDB Local will', () => {
    const m = machine({
      env: { PATH: '/opt/jdk-21/bin:/usr/bin' },
      programs: {
        '/opt/jdk-21/bin/java': prints({ stderr: JAVA.temurin21 }),
        '/usr/bin/java': prints({ stderr: JAVA.openjdk11 }),
      },
    });
    expect(findJava(m)).toEqual({
      piece: 'java',
      ok: true,
      path: '/opt/jdk-21/bin/java',
      detail: 'Java 21.0.4 (Temurin)',
    });
  });

  it('says there is no java on PATH', () => {
    expect(findJava(machine())).toEqual({ piece: 'java', ok: false, problem: 'no `java` on PATH', installHelps: true });
  });

  it('refuses Java 11 and Java 8, naming the version and the path', () => {
    for (const [output, version] of [
      [JAVA.openjdk11, '11.0.24'],
      [JAVA.oracle8, '1.8.0_401'],
    ] as const) {
      const check = findJava(machine({ programs: { '/usr/bin/java': prints({ stderr: output }) } }));
      expect(check).toMatchObject({
        ok: false,
        problem: `\`java\` on PATH (/usr/bin/java) is Java ${version}, older than 17`,
        installHelps: true,
      });
    }
  });

  it('points at JAVA_HOME when it holds a new enough Java that PATH does not reach', () => {
    const m = machine({
      env: { JAVA_HOME: '/opt/jdk-21' },
      programs: {
        '/usr/bin/java': prints({ stderr: JAVA.openjdk11 }),
        '/opt/jdk-21/bin/java': prints({ stderr: JAVA.temurin21 }),
      },
    });
    expect(findJava(m)).toMatchObject({
      ok: false,
      problem:
        '`java` on PATH (/usr/bin/java) is Java 11.0.24, older than 17; JAVA_HOME has Java 21.0.4: put /opt/jdk-21/bin first on PATH',
      installHelps: false,
    });
  });

  it("quotes the Mac's stub java when no Java is installed behind it", () => {
    const m = machine({
      platform: 'darwin',
      programs: { '/usr/bin/java': () => ({ status: 1, stderr: JAVA.macStub }) },
    });
    expect(findJava(m)).toMatchObject({
      ok: false,
      problem:
        '`/usr/bin/java -version` gave no Java version (The operation couldn’t be completed. Unable to locate a Java Runtime.)',
    });
  });
});

describe('finding the browser', () => {
  it("finds Debian's Chromium at /usr/bin/chromium", () => {
    expect(findChromium(machine({ programs: EVERYTHING }))).toEqual({
      piece: 'chromium',
      ok: true,
      path: '/usr/bin/chromium',
      detail: 'Chromium 156.0.8078.114',
    });
  });

  it('finds Google Chrome at /usr/bin/google-chrome when there is no Chromium', () => {
    const m = machine({ programs: { '/usr/bin/google-chrome': prints({ stdout: CHROME }) } });
    expect(findChromium(m)).toMatchObject({
      ok: true,
      path: '/usr/bin/google-chrome',
      detail: 'Google Chrome 131.0.6778.85',
    });
  });

  it('finds Google Chrome in /Applications, then in ~/Applications, on a Mac', () => {
    const app = 'Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    const system = machine({ platform: 'darwin', programs: { [`/${app}`]: prints({ stdout: CHROME }) } });
    expect(findChromium(system)).toMatchObject({ ok: true, path: `/${app}` });
    const own = machine({ platform: 'darwin', programs: { [`/home/sam/${app}`]: prints({ stdout: CHROME }) } });
    expect(findChromium(own)).toMatchObject({ ok: true, path: `/home/sam/${app}` });
  });

  it('finds a browser by name on PATH outside the usual places', () => {
    const m = machine({ programs: { '/usr/local/bin/chromium': prints({ stdout: CHROMIUM_DEBIAN }) } });
    expect(findChromium(m)).toMatchObject({ ok: true, path: '/usr/local/bin/chromium' });
  });

  it("passes over Ubuntu's snap stub to the snap's own chromium", () => {
    const m = machine({
      programs: {
        '/usr/bin/chromium-browser': () => ({ status: 1, stderr: UBUNTU_SNAP_STUB }),
        '/snap/bin/chromium': prints({ stdout: 'Chromium 131.0.6778.85 snap\n' }),
      },
    });
    expect(findChromium(m)).toMatchObject({ ok: true, path: '/snap/bin/chromium' });
  });

  it("quotes Ubuntu's snap stub when it is all there is", () => {
    const m = machine({ programs: { '/usr/bin/chromium-browser': () => ({ status: 1, stderr: UBUNTU_SNAP_STUB }) } });
    expect(findChromium(m)).toMatchObject({
      ok: false,
      problem: `/usr/bin/chromium-browser is there, but \`--version\` gave no browser version (${UBUNTU_SNAP_STUB})`,
    });
  });

  it('uses CHROMIUM_PATH when it is set, over every usual place', () => {
    const m = machine({
      env: { CHROMIUM_PATH: '/opt/chrome/chrome' },
      programs: { ...EVERYTHING, '/opt/chrome/chrome': prints({ stdout: CHROME }) },
    });
    expect(findChromium(m)).toMatchObject({
      ok: true,
      path: '/opt/chrome/chrome',
      detail: 'Google Chrome 131.0.6778.85',
    });
    const byName = machine({
      env: { CHROMIUM_PATH: 'google-chrome-beta' },
      programs: { '/usr/bin/google-chrome-beta': prints({ stdout: 'Google Chrome 132.0.6834.6 beta\n' }) },
    });
    expect(findChromium(byName)).toMatchObject({ ok: true, path: '/usr/bin/google-chrome-beta' });
  });

  it('refuses a CHROMIUM_PATH that points nowhere, even with Chromium in its usual place, and says so', () => {
    const m = machine({ env: { CHROMIUM_PATH: '/nonexistent' }, programs: EVERYTHING });
    expect(findChromium(m)).toEqual({
      piece: 'chromium',
      ok: false,
      problem:
        'CHROMIUM_PATH is "/nonexistent", but there is no program there: point it at Chromium or Chrome, or unset it to use Chromium 156.0.8078.114 at /usr/bin/chromium',
      installHelps: false,
    });
  });

  it('lists where it looked when there is no browser at all', () => {
    expect(findChromium(machine())).toMatchObject({
      ok: false,
      problem:
        'none found (looked in /usr/bin/chromium, /usr/bin/chromium-browser, /usr/bin/google-chrome, /usr/bin/google-chrome-stable, /snap/bin/chromium, and for chromium, chromium-browser, google-chrome, google-chrome-stable on PATH; CHROMIUM_PATH is not set)',
      installHelps: true,
    });
  });
});

describe('finding poppler', () => {
  it('finds pdftoppm and reads its version', () => {
    expect(findPoppler(machine({ programs: EVERYTHING }))).toEqual({
      piece: 'poppler',
      ok: true,
      path: '/usr/bin/pdftoppm',
      detail: 'pdftoppm 22.12.0',
    });
  });

  it('wants pdftotext as well: the print tests read the report text with it', () => {
    const m = machine({ programs: { '/usr/bin/pdftoppm': prints({ stderr: 'pdftoppm version 24.02.0' }) } });
    expect(findPoppler(m)).toMatchObject({ ok: false, problem: 'no `pdftotext` on PATH' });
    expect(findPoppler(machine())).toMatchObject({ ok: false, problem: 'no `pdftoppm` or `pdftotext` on PATH' });
  });
});

describe('finding a font for Ethiopic script', () => {
  it('asks fontconfig for a font with Tigrinya and names it and its file', () => {
    expect(findEthiopicFont(machine({ programs: EVERYTHING }))).toEqual({
      piece: 'ethiopic-font',
      ok: true,
      path: '/usr/share/fonts/truetype/noto/NotoSansEthiopic-Regular.ttf',
      detail: 'Noto Sans Ethiopic',
    });
  });

  it('says so when fontconfig lists none, or is not there; a Mac has Kefa', () => {
    const none = machine({ programs: { '/usr/bin/fc-list': prints({ stdout: '' }) } });
    expect(findEthiopicFont(none)).toMatchObject({
      ok: false,
      problem: 'no font on this machine has Ethiopic letters (`fc-list :lang=ti` lists none)',
      installHelps: true,
    });
    expect(findEthiopicFont(machine())).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/^no `fc-list` on PATH/),
    });
    expect(findEthiopicFont(machine({ platform: 'darwin' }))).toMatchObject({ ok: true, detail: 'Kefa' });
  });
});

describe('the line for a missing piece', () => {
  const missing = (piece: Piece, problem = 'none found'): Missing => ({
    piece,
    ok: false,
    problem,
    installHelps: true,
  });

  it('names the install command for Debian/Ubuntu, Fedora and macOS (Homebrew)', () => {
    const mac = machine({ platform: 'darwin' });
    expect(missingLine(missing('java', 'no `java` on PATH'), mac)).toBe(
      '  ✗ Java 17+ (runs DynamoDB Local): no `java` on PATH. Install it with Debian/Ubuntu: sudo apt-get install -y openjdk-17-jdk-headless · Fedora: sudo dnf install -y java-21-openjdk-devel · macOS: brew install --cask temurin@21',
    );
    expect(missingLine(missing('chromium'), mac)).toBe(
      '  ✗ Chromium or Google Chrome (the browser tests and the print tests drive it): none found. Install it with Debian: sudo apt-get install -y chromium · Ubuntu: sudo snap install chromium · Fedora: sudo dnf install -y chromium · macOS: brew install --cask google-chrome',
    );
    expect(missingLine(missing('poppler', 'no `pdftoppm` on PATH'), mac)).toBe(
      '  ✗ poppler (pdftoppm, pdftotext) (the print tests read the printed board report with it): no `pdftoppm` on PATH. Install it with Debian/Ubuntu: sudo apt-get install -y poppler-utils · Fedora: sudo dnf install -y poppler-utils · macOS: brew install poppler',
    );
  });

  it("names the Java package this Debian's apt has (Debian 13 has openjdk-21, not 17)", () => {
    const trixie = machine({
      osRelease: 'ID=debian\nVERSION_ID="13"\n',
      programs: { '/usr/bin/apt-cache': aptCache(['openjdk-21-jdk-headless', 'chromium']) },
    });
    expect(installLine('java', trixie)).toMatch(/^Debian\/Ubuntu: sudo apt-get install -y openjdk-21-jdk-headless · /);
    const bookworm = machine({ osRelease: OS.debian12, programs: APT });
    expect(installLine('java', bookworm)).toMatch(
      /^Debian\/Ubuntu: sudo apt-get install -y openjdk-17-jdk-headless · /,
    );
  });
});

describe('the step', () => {
  it('says what it found and installs nothing when everything is there', () => {
    const m = machine({ uid: 0, osRelease: OS.debian12, programs: { ...EVERYTHING, ...APT } });
    const r = run(m);
    expect(r.ok).toBe(true);
    expect(r.out).toEqual([
      'Checking what npm test needs:',
      '  ✓ Java 17.0.15 (/usr/bin/java)',
      '  ✓ Chromium 156.0.8078.114 (/usr/bin/chromium)',
      '  ✓ pdftoppm 22.12.0 (/usr/bin/pdftoppm)',
      '  ✓ Noto Sans Ethiopic (/usr/share/fonts/truetype/noto/NotoSansEthiopic-Regular.ttf)',
    ]);
    expect(r.problems).toEqual([]);
    expect(m.shown).toEqual([]);
  });

  it('npm start asks for Java alone: no browser needed to start the app', () => {
    const m = machine({ programs: { '/usr/bin/java': prints({ stderr: JAVA.temurin21 }) } });
    const r = run(m, 'npm start');
    expect(r.ok).toBe(true);
    expect(r.out).toEqual(['Checking what npm start needs:', '  ✓ Java 21.0.4 (Temurin) (/usr/bin/java)']);
  });

  it('as root on a bare Debian, installs Chromium, poppler-utils, Java 17 and an Ethiopic font with apt-get, then finds them', () => {
    const m = machine({ uid: 0, osRelease: OS.debian12, programs: APT });
    const r = run(m);
    expect(m.shown).toEqual([
      '/usr/bin/apt-get update -qq',
      '/usr/bin/apt-get install -y -qq --no-install-recommends --no-upgrade openjdk-17-jdk-headless chromium poppler-utils fonts-noto-core',
    ]);
    expect(r.ok).toBe(true);
    expect(r.installed).toEqual(['openjdk-17-jdk-headless', 'chromium', 'poppler-utils', 'fonts-noto-core']);
    expect(r.out).toEqual([
      'Checking what npm test needs:',
      'Installing with apt-get (as root), for Java 17+, Chromium or Google Chrome, poppler (pdftoppm, pdftotext), a font for Ethiopic script (Tigrinya):',
      '  apt-get install openjdk-17-jdk-headless chromium poppler-utils fonts-noto-core',
      '  ✓ Java 17.0.15 (/usr/bin/java)',
      '  ✓ Chromium 156.0.8078.114 (/usr/bin/chromium)',
      '  ✓ pdftoppm 22.12.0 (/usr/bin/pdftoppm)',
      '  ✓ Noto Sans Ethiopic (/usr/share/fonts/truetype/noto/NotoSansEthiopic-Regular.ttf)',
    ]);
  });

  it('replaces a Java 11 as root on Debian, and installs only what is missing', () => {
    const m = machine({
      uid: 0,
      osRelease: OS.debian12,
      programs: { ...EVERYTHING, ...APT, '/usr/bin/java': prints({ stderr: JAVA.openjdk11 }) },
    });
    const r = run(m);
    expect(m.shown[1]).toBe(
      '/usr/bin/apt-get install -y -qq --no-install-recommends --no-upgrade openjdk-17-jdk-headless',
    );
    expect(r.ok).toBe(true);
  });

  it('not as root: installs nothing, and stops with the install line and why nothing was installed', () => {
    const m = machine({
      uid: 1000,
      osRelease: OS.debian12,
      programs: { ...APT, ...DEBIAN_PACKAGES['poppler-utils'], ...DEBIAN_PACKAGES['fonts-noto-core'] },
    });
    m.programs['/usr/bin/java'] = prints({ stderr: JAVA.openjdk17 });
    const r = run(m);
    expect(r.ok).toBe(false);
    expect(m.shown).toEqual([]);
    expect(r.problems).toEqual([
      'npm test stopped before starting anything: 1 thing is missing.',
      expect.stringMatching(
        /^ {2}✗ Chromium or Google Chrome .*: none found \(looked in .*Debian: sudo apt-get install -y chromium · /,
      ),
      'Nothing was installed: this step installs only as root with apt-get, and it is not running as root.',
    ]);
  });

  it('on a Mac: one line per missing piece with its Homebrew command, and nothing installed', () => {
    const r = run(machine({ platform: 'darwin', uid: 501 }));
    expect(r.ok).toBe(false);
    expect(r.problems[0]).toBe('npm test stopped before starting anything: 3 things are missing.');
    expect(r.problems.slice(1, 4).map((l) => /macOS: (.*)$/.exec(l)?.[1])).toEqual([
      'brew install --cask temurin@21',
      'brew install --cask google-chrome',
      'brew install poppler',
    ]);
    expect(r.problems[4]).toBe(
      'Nothing was installed: this step installs only as root with apt-get, and this is not Debian or Ubuntu.',
    );
  });

  it('on Fedora, as root: installs nothing (no apt-get) and gives the dnf command', () => {
    const r = run(machine({ uid: 0, osRelease: OS.fedora41, programs: EVERYTHING, env: { CHROMIUM_PATH: '/nope' } }));
    expect(r.ok).toBe(false);
    expect(r.problems[1]).toContain('Fedora: sudo dnf install -y chromium');
  });

  it('as root on Debian with no apt-get on PATH: installs nothing and says why', () => {
    const m = machine({
      uid: 0,
      osRelease: OS.debian12,
      programs: { '/usr/bin/java': prints({ stderr: JAVA.openjdk17 }) },
    });
    const r = run(m);
    expect(m.shown).toEqual([]);
    expect(r.problems.at(-1)).toBe(
      'Nothing was installed: this step installs only as root with apt-get, and there is no apt-get on PATH.',
    );
  });

  it('installs nothing for a CHROMIUM_PATH that points nowhere: a package would not change the variable', () => {
    const m = machine({
      uid: 0,
      osRelease: OS.debian12,
      programs: { ...EVERYTHING, ...APT },
      env: { CHROMIUM_PATH: '/nonexistent' },
    });
    const r = run(m);
    expect(r.ok).toBe(false);
    expect(m.shown).toEqual([]);
    expect(r.problems).toEqual([
      'npm test stopped before starting anything: 1 thing is missing.',
      expect.stringContaining('CHROMIUM_PATH is "/nonexistent", but there is no program there'),
    ]);
  });

  it('on Ubuntu, as root: installs poppler with apt-get but not Chromium, whose apt package is only a snap', () => {
    const m = machine({
      uid: 0,
      osRelease: OS.ubuntu24,
      programs: { ...APT, '/usr/bin/java': prints({ stderr: JAVA.openjdk21 }) },
    });
    const r = run(m);
    expect(m.shown[1]).toBe(
      '/usr/bin/apt-get install -y -qq --no-install-recommends --no-upgrade poppler-utils fonts-noto-core',
    );
    expect(r.ok).toBe(false);
    expect(r.problems).toEqual([
      'npm test stopped before starting anything: 1 thing is missing.',
      expect.stringContaining('Ubuntu: sudo snap install chromium'),
      'Not installed with apt-get: Chromium or Google Chrome; apt here has no package of it that the tests can use.',
    ]);
  });

  it('never upgrades a package that is installed already: with Java installed but not on PATH, it says to look at PATH', () => {
    const m = machine({
      uid: 0,
      osRelease: OS.debian12,
      programs: {
        ...APT,
        ...DEBIAN_PACKAGES.chromium,
        ...DEBIAN_PACKAGES['poppler-utils'],
        ...DEBIAN_PACKAGES['fonts-noto-core'],
      },
      dpkg: ['openjdk-17-jdk-headless', 'chromium', 'poppler-utils', 'fonts-noto-core'],
    });
    const r = run(m);
    expect(m.shown).toEqual(['/usr/bin/apt-get update -qq']);
    expect(r.ok).toBe(false);
    expect(r.problems).toEqual([
      'npm test stopped before starting anything: 1 thing is missing.',
      expect.stringContaining('✗ Java 17+ (runs DynamoDB Local): no `java` on PATH.'),
      'openjdk-17-jdk-headless is installed already: look at PATH.',
    ]);
  });

  it('installs only the packages dpkg does not have', () => {
    const m = machine({
      uid: 0,
      osRelease: OS.debian12,
      programs: { ...APT, ...DEBIAN_PACKAGES.chromium },
      dpkg: ['chromium'],
    });
    const r = run(m);
    expect(m.shown[1]).toBe(
      '/usr/bin/apt-get install -y -qq --no-install-recommends --no-upgrade openjdk-17-jdk-headless poppler-utils fonts-noto-core',
    );
    expect(r.ok).toBe(true);
  });

  it('when apt-get install fails, says so and stops', () => {
    const m = machine({ uid: 0, osRelease: OS.debian12, programs: APT, aptInstallExit: 100 });
    const r = run(m);
    expect(r.ok).toBe(false);
    expect(r.installed).toEqual([]);
    expect(r.problems.at(-1)).toBe(
      'Nothing was installed: `apt-get install openjdk-17-jdk-headless chromium poppler-utils fonts-noto-core` failed (exit code 100).',
    );
  });
});

describe('the step, whatever the machine', () => {
  const PROGRAMS_OF: Record<Piece, Record<string, Program>> = {
    java: { '/usr/bin/java': prints({ stderr: JAVA.openjdk17 }) },
    chromium: DEBIAN_PACKAGES.chromium!,
    poppler: DEBIAN_PACKAGES['poppler-utils']!,
    'ethiopic-font': DEBIAN_PACKAGES['fonts-noto-core']!,
  };
  const PIECE_LIST = NEEDS['npm test'];
  const PACKAGE_OF: Record<Piece, string> = {
    java: 'openjdk-17-jdk-headless',
    chromium: 'chromium',
    poppler: 'poppler-utils',
    'ethiopic-font': 'fonts-noto-core',
  };

  it('installs only as root with apt-get on Debian or Ubuntu, passes only with every piece, one ✗ line per missing piece', () => {
    fc.assert(
      fc.property(
        fc.record({
          os: fc.constantFrom<[NodeJS.Platform, string | undefined]>(
            ['linux', OS.debian12],
            ['linux', OS.ubuntu24],
            ['linux', OS.fedora41],
            ['darwin', undefined],
          ),
          root: fc.boolean(),
          aptGet: fc.boolean(),
          present: fc.subarray([...PIECE_LIST]),
          aptInstallExit: fc.constantFrom(0, 100),
          dpkg: fc.boolean(),
          purpose: fc.constantFrom<keyof typeof NEEDS>('npm test', 'npm start'),
        }),
        ({ os: [platform, osRelease], root, aptGet, present, aptInstallExit, dpkg, purpose }) => {
          const programs = Object.assign({}, aptGet ? APT : {}, ...present.map((p) => PROGRAMS_OF[p]));
          const packages = present.map((p) => PACKAGE_OF[p]);
          const m = machine({
            platform,
            osRelease,
            uid: root ? 0 : 1000,
            programs,
            aptInstallExit,
            ...(dpkg ? { dpkg: packages } : {}),
          });
          const r = run(m, purpose);
          const mayInstall = root && aptGet && (osRelease === OS.debian12 || osRelease === OS.ubuntu24);
          if (!mayInstall) expect(m.shown).toEqual([]);
          // Nothing that is there already is installed again (or upgraded).
          for (const command of m.shown.filter((c) => c.includes(' install '))) {
            for (const pkg of dpkg ? packages : []) expect(command.split(' ')).not.toContain(pkg);
          }
          const stillMissing = r.found.filter((c) => !c.ok);
          expect(r.ok).toBe(stillMissing.length === 0);
          expect(r.found.map((c) => c.piece)).toEqual(NEEDS[purpose]);
          const crosses = r.problems.filter((l) => l.startsWith('  ✗ '));
          expect(crosses).toHaveLength(stillMissing.length);
          for (const line of crosses)
            expect(line).toMatch(
              /Debian.*: sudo .* · Fedora: sudo dnf install -y .* · macOS: (brew |nothing \(it has Kefa\))/,
            );
          expect(r.out.filter((l) => l.startsWith('  ✓ '))).toHaveLength(NEEDS[purpose].length - stillMissing.length);
          for (const piece of present)
            if ((NEEDS[purpose] as readonly Piece[]).includes(piece)) {
              expect(r.found.find((c) => c.piece === piece)?.ok).toBe(true);
            }
        },
      ),
      { numRuns: 300 },
    );
  });
});

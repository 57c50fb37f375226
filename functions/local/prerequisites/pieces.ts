/**
 * What `npm start` and `npm test` need from the machine beyond Node.js, and how to get each piece on
 * the systems people use. One home for the install commands the step prints and the packages it installs.
 */

export type Piece = 'java' | 'chromium' | 'poppler' | 'ethiopic-font';

/** DynamoDB Local (the bundled one `npm start` and the tests run) needs this Java or newer. */
export const JAVA_MIN_MAJOR = 17;

/** What each command needs before it starts. */
export const NEEDS = {
  'npm start': ['java'],
  'npm test': ['java', 'chromium', 'poppler', 'ethiopic-font'],
} as const satisfies Record<string, readonly Piece[]>;

export type Purpose = keyof typeof NEEDS;

/** The browser is found here first, when set. */
export const CHROMIUM_PATH_VARIABLE = 'CHROMIUM_PATH';

/** Names a browser the tests can drive goes by on PATH, on any system. */
const CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** Where a browser the tests can drive usually lives, in the order tried (after CHROMIUM_PATH, before PATH). */
export const chromiumPlaces = (platform: NodeJS.Platform, home: string): { paths: string[]; names: string[] } => {
  if (platform === 'darwin') {
    const apps = ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Chromium.app/Contents/MacOS/Chromium'];
    return {
      paths: [...apps.map((a) => `/Applications/${a}`), ...apps.map((a) => `${home}/Applications/${a}`)],
      names: CHROMIUM_NAMES,
    };
  }
  return {
    paths: [
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
      '/snap/bin/chromium',
    ],
    names: CHROMIUM_NAMES,
  };
};

export interface PieceFacts {
  /** How the piece is named to a person: "Java 17+". */
  label: string;
  /** What it is for, so nobody wonders why it is asked for. */
  purpose: string;
  /**
   * Debian packages that provide it, first choice first (the first one the machine's apt knows is
   * installed); empty where apt cannot provide a working one.
   */
  apt: { debian: readonly string[]; ubuntu: readonly string[] };
  /** The command a person runs to install it, per system. */
  install: { debian: string; ubuntu: string; fedora: string; macos: string };
}

/**
 * Debian 12 and Ubuntu 22.04 and 24.04 have openjdk-17; Debian 13 dropped it for 21. The JDK rather than the
 * JRE: its compiler runs functions/local/LoopbackDynamoDb.java, which keeps DynamoDB Local on this machine only.
 * Ubuntu's `chromium` package only installs a snap, so there the snap is the install line and the step installs
 * none itself.
 */
export const PIECES: Record<Piece, PieceFacts> = {
  java: {
    label: `Java ${JAVA_MIN_MAJOR}+`,
    purpose: 'runs DynamoDB Local',
    apt: {
      debian: ['openjdk-17-jdk-headless', 'openjdk-21-jdk-headless', 'openjdk-25-jdk-headless'],
      ubuntu: ['openjdk-17-jdk-headless', 'openjdk-21-jdk-headless', 'openjdk-25-jdk-headless'],
    },
    install: {
      debian: 'sudo apt-get install -y openjdk-17-jdk-headless',
      ubuntu: 'sudo apt-get install -y openjdk-17-jdk-headless',
      fedora: 'sudo dnf install -y java-21-openjdk-devel',
      macos: 'brew install --cask temurin@21',
    },
  },
  chromium: {
    label: 'Chromium or Google Chrome',
    purpose: 'the browser tests and the print tests drive it',
    apt: { debian: ['chromium'], ubuntu: [] },
    install: {
      debian: 'sudo apt-get install -y chromium',
      ubuntu: 'sudo snap install chromium',
      fedora: 'sudo dnf install -y chromium',
      macos: 'brew install --cask google-chrome',
    },
  },
  poppler: {
    label: 'poppler (pdftoppm, pdftotext)',
    purpose: 'the print tests read the printed board report with it',
    apt: { debian: ['poppler-utils'], ubuntu: ['poppler-utils'] },
    install: {
      debian: 'sudo apt-get install -y poppler-utils',
      ubuntu: 'sudo apt-get install -y poppler-utils',
      fedora: 'sudo dnf install -y poppler-utils',
      macos: 'brew install poppler',
    },
  },
  /**
   * Tigrinya is written in Ethiopic script, which no font of a bare Debian has: without one, the Tigrinya
   * survey's screenshots show boxes and its browser test fails. Debian's and Ubuntu's fonts-noto-core has
   * Noto Sans Ethiopic, the font Android phones have; macOS has Kefa built in.
   */
  'ethiopic-font': {
    label: 'a font for Ethiopic script (Tigrinya)',
    purpose: 'the Tigrinya survey is tested and photographed with its letters, not boxes',
    apt: { debian: ['fonts-noto-core'], ubuntu: ['fonts-noto-core'] },
    install: {
      debian: 'sudo apt-get install -y fonts-noto-core',
      ubuntu: 'sudo apt-get install -y fonts-noto-core',
      fedora: 'sudo dnf install -y google-noto-sans-ethiopic-fonts',
      macos: 'nothing (it has Kefa)',
    },
  },
};

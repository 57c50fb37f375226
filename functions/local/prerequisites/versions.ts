/** Reading the versions the tools print about themselves. Pure: text in, facts out. */

export interface JavaVersion {
  /** As printed: "17.0.15", "21", "1.8.0_401", "22-ea". */
  version: string;
  /** 8 for "1.8.0_401", 17 for "17.0.15". */
  major: number;
  /** The build's vendor where the runtime line names one: "Temurin", "Zulu", "Corretto". */
  vendor?: string;
}

/**
 * `java -version` (written to stderr). The version line may follow a "Picked up JAVA_TOOL_OPTIONS" line;
 * Java 8 and older print "1.8.0_…", later releases their major number first.
 */
export const parseJavaVersion = (output: string): JavaVersion | undefined => {
  const version = /^(?:openjdk|java) version "([^"]+)"/m.exec(output)?.[1];
  if (!version) return undefined;
  const [first, second] = version.split(/[.\-+_]/);
  const major = Number(first === '1' ? second : first);
  if (!Number.isInteger(major) || major <= 0) return undefined;
  const vendor = /Runtime Environment ([A-Za-z]+)/.exec(output)?.[1];
  return vendor ? { version, major, vendor } : { version, major };
};

export interface ChromiumVersion {
  /** "Chromium", "Google Chrome", "Google Chrome for Testing". */
  name: string;
  version: string;
  major: number;
}

/** `chromium --version`: "Chromium 156.0.8078.114 built on Debian …", "Google Chrome 131.0.6778.85". */
export const parseChromiumVersion = (output: string): ChromiumVersion | undefined => {
  const match = /^\s*((?:\S+ )*?(?:Chromium|Chrome|Edge)(?: \S+)*?)\s+(\d+)((?:\.\d+){1,3})\b/m.exec(output);
  if (!match) return undefined;
  return { name: match[1]!, version: `${match[2]}${match[3]}`, major: Number(match[2]) };
};

/** `pdftoppm -v` (written to stderr): "pdftoppm version 22.12.0". */
export const parsePopplerVersion = (output: string): string | undefined =>
  /\bpdftoppm version (\d+(?:\.\d+)*)/.exec(output)?.[1];

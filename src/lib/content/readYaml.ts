/**
 * The one way content YAML is read, by the validator and by the site's loaders alike.
 *
 * YAML's default schema guesses types: an unquoted 2011-02-30 becomes 2 March, 01/12/2026
 * stays text but 2023-09-12 becomes a moment in UTC that a UTC+9 build can show as the day
 * before. The core schema (YAML 1.2) has no dates at all: a date is the text the editor
 * wrote, and the date rule in schemas.ts judges it. Numbers and true/false are still typed.
 * A key written twice is refused, because only one of the two values could be published.
 */
import yaml from 'js-yaml';

export class YamlSyntaxError extends Error {
  /** 1-based line in the text given to readYaml. */
  readonly line: number | undefined;
  readonly column: number | undefined;
  /** What the YAML reader says, without its excerpt of the file. */
  readonly reason: string;

  constructor(reason: string, line: number | undefined, column: number | undefined) {
    super(line === undefined ? reason : `${reason} (line ${line})`);
    this.name = 'YamlSyntaxError';
    this.reason = reason;
    this.line = line;
    this.column = column;
  }
}

interface JsYamlError {
  name?: string;
  reason?: string;
  mark?: { line: number; column: number };
}

/** Parses one YAML document strictly; throws a YamlSyntaxError naming the line. */
export function readYaml(text: string): unknown {
  try {
    return yaml.load(text, { schema: yaml.CORE_SCHEMA });
  } catch (error) {
    const { name, reason, mark } = error as JsYamlError;
    if (name !== 'YAMLException') throw error;
    return failWith(reason ?? String(error), mark);
  }
}

function failWith(reason: string, mark: JsYamlError['mark']): never {
  const duplicate = /duplicated mapping key/.test(reason);
  throw new YamlSyntaxError(
    duplicate ? 'a field is written twice: keep one of the two' : reason,
    mark === undefined ? undefined : mark.line + 1,
    mark === undefined ? undefined : mark.column + 1,
  );
}

const FRONTMATTER = /^(?:\uFEFF)?---\r?\n([\s\S]*?)\r?\n?---(?:\r?\n|$)/;

export interface Frontmatter {
  /** The text between the two --- lines. */
  text: string;
  /** The line of the file where that text starts (the line after the opening ---). */
  firstLine: number;
  /** Where the text after the closing --- line starts, as an offset into the file. */
  end: number;
}

/** The block of fields at the top of an MDX file, or undefined when there is none. */
export function findFrontmatter(file: string): Frontmatter | undefined {
  const match = FRONTMATTER.exec(file);
  return match === null ? undefined : { text: match[1] ?? '', firstLine: 2, end: match[0].length };
}

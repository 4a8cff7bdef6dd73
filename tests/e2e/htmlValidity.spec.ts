import { expect, test } from './support/test.ts';
import { describeNuMessage, htmlErrors, runNuHtmlChecker } from '../../scripts/lib/quality/nuHtmlChecker.ts';
import { DIST_DIR } from '../support/builtPages.ts';

// One JVM for every page of dist/; starting Java takes a few seconds on its own.
test.setTimeout(120_000);

test('every built page passes the Nu HTML Checker with no errors', () => {
  const errors = htmlErrors(runNuHtmlChecker(DIST_DIR)).map((message) => describeNuMessage(message, DIST_DIR));
  expect(errors, errors.join('\n')).toEqual([]);
});

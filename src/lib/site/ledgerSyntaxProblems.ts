/** The ledger's unreadable lines, as problems in the words of every content check. */
import type { ContentProblem } from '../content/contentProblem.ts';
import { LEDGER_FILE, type AddressLedger } from './addressLedger.ts';

export function ledgerSyntaxProblems(ledger: AddressLedger): ContentProblem[] {
  return ledger.problems.map((problem) => ({
    file: LEDGER_FILE,
    field: `line ${problem.line}`,
    found: problem.text,
    expected: problem.reason,
  }));
}

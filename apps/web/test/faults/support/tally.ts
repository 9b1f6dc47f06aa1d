import fs from 'node:fs'
import path from 'node:path'
import { it } from 'vitest'
import { faultsContext } from './context'

/**
 * The suite's record for docs/reliability.md: every fault case appends one line (test files run
 * in workers, so a file in the run folder is what they share), and the global teardown prints the
 * summary. `lost` counts saves that were lost or torn; `outcome` names what the case ended in.
 */
export type Outcome = { group: string; name: string; ok: boolean; lost: number; outcome?: string }
/** What a case may return for the tally; anything else it returns is ignored. */
export type CaseResult = { lost?: number; outcome?: string }

const tallyFile = (runDir: string) => path.join(runDir, 'tally.jsonl')

const record = (outcome: Outcome) =>
  fs.appendFileSync(tallyFile(faultsContext().runDir), `${JSON.stringify(outcome)}\n`)

/**
 * `it` for the fault suite: the case is tallied under `group` whether it passes or fails. A
 * failing case counts as losing what it reports lost, or nothing if it threw before knowing.
 */
export const faultCase =
  (group: string) => (name: string, run: () => Promise<unknown>, timeout?: number) =>
    it(
      name,
      async () => {
        let result: CaseResult | undefined
        try {
          result = (await run()) as CaseResult | undefined
        } catch (error) {
          const lost = (error as { lost?: number }).lost ?? 0
          record({ group, name, ok: false, lost })
          throw error
        }
        record({ group, name, ok: true, lost: result?.lost ?? 0, outcome: result?.outcome })
      },
      timeout,
    )

/** An assertion failure that also says how many saves were lost, for the tally. */
export const lostSaves = (message: string, lost: number) =>
  Object.assign(new Error(message), { lost })

const count = (outcomes: Outcome[]) => {
  const failures = outcomes.filter((outcome) => !outcome.ok).length
  const lost = outcomes.reduce((sum, outcome) => sum + outcome.lost, 0)
  const kinds = new Map<string, number>()
  for (const { outcome } of outcomes) if (outcome) kinds.set(outcome, (kinds.get(outcome) ?? 0) + 1)
  const ended = [...kinds].map(([kind, n]) => `${n} ${kind}`).join(', ')
  return `${outcomes.length} cases, ${failures} failures, ${lost} saves lost${ended ? ` (${ended})` : ''}`
}

/** The short summary printed at the end of `npm run test:faults`. */
export const summarize = (runDir: string): string => {
  const file = tallyFile(runDir)
  if (!fs.existsSync(file)) return 'Fault suite: no case ran.'
  const outcomes = fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Outcome)
  const groups = [...new Set(outcomes.map((outcome) => outcome.group))]
  return [
    `Fault suite: ${count(outcomes)}`,
    ...groups.map(
      (group) => `  ${group}: ${count(outcomes.filter((outcome) => outcome.group === group))}`,
    ),
    ...outcomes
      .filter((outcome) => !outcome.ok)
      .map((outcome) => `  FAILED ${outcome.group} › ${outcome.name}`),
  ].join('\n')
}

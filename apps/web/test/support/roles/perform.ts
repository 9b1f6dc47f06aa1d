import type { TestCms } from '../testPayload'
import type { Call, Identity, Surface } from './call'
import { viaGraphql } from './viaGraphql'
import { viaLocal } from './viaLocal'
import { viaRest } from './viaRest'

/** Makes `call` as `who` over `surface`; see `call.ts`. */
export const perform = (cms: TestCms, surface: Surface, who: Identity, call: Call) =>
  ({ rest: viaRest, graphql: viaGraphql, local: viaLocal })[surface](cms, who, call)

import { z } from 'zod'

/** A Lexical node as Payload stores it: a type plus whatever that type carries. */
export type LexicalNode = { type: string; children?: LexicalNode[]; [key: string]: unknown }

const nodeSchema: z.ZodType<LexicalNode> = z.lazy(() =>
  z.looseObject({ type: z.string(), children: z.array(nodeSchema).optional() }),
)

/** Rich text as Payload's Lexical editor stores it. */
export const richTextSchema = z.looseObject({
  root: z.looseObject({ type: z.literal('root'), children: z.array(nodeSchema) }),
})
export type RichTextValue = z.infer<typeof richTextSchema>

import { describe, expect, it } from 'vitest'
import { inAskedOrder } from '@/queries/inAskedOrder'

describe('inAskedOrder', () => {
  it('keeps the order the ids were asked in, drops ids with no document, maps each', () => {
    const docs = [
      { id: 1, name: 'one' },
      { id: 3, name: 'three' },
      { id: 2, name: 'two' },
    ]
    expect(inAskedOrder([3, 9, 1, 2], docs, (doc) => doc.name)).toEqual(['three', 'one', 'two'])
  })

  it('keeps an array a mapping returns as one entry', () => {
    expect(inAskedOrder([1], [{ id: 1 }], () => ['a', 'b'])).toEqual([['a', 'b']])
  })
})

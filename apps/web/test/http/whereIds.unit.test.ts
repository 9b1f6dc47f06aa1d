import { describe, expect, it } from 'vitest'
import { bracketPath, checkWhere } from '@/http/rest/whereIds'

describe('where', () => {
  const where = (query: string, relations: string[] = []) =>
    checkWhere(new URLSearchParams(query), new Set(relations))?.message ?? null

  it('splits keys as qs does', () => {
    expect(bracketPath('where[or][0][id][in]')).toEqual(['where', 'or', '0', 'id', 'in'])
    expect(bracketPath('where')).toEqual(['where'])
    expect(bracketPath('where[]')).toEqual(['where', ''])
    expect(bracketPath('whereabouts')).toBeNull()
    expect(bracketPath('limit')).toBeNull()
  })

  it('must be an object', () => {
    expect(where('where=1%3D1')).toMatch(/must be an object.*not text/)
    expect(where('where[]=x&where[]=y')).toMatch(/not a list/)
    expect(where('where[0][slug][equals]=x')).toMatch(/not a list/)
    expect(where('where[slug][equals]=x&limit=5')).toBeNull()
    expect(where('limit=5&whereabouts=x')).toBeNull()
  })

  it('lists only ids where it lists ids', () => {
    expect(where('where[id][in]=1,abc,-1')).toBe(
      'where[id][in] holds "abc", which is not an id: ids are integers from 1 to 2147483647.',
    )
    expect(where('where[id][not_in]=1,2,0')).toMatch(/holds "0"/)
    expect(where('where[or][0][id][in]=1,x')).toMatch(/holds "x"/)
    expect(where('where[id][in][0]=1&where[id][in][1]=x')).toMatch(/holds "x"/)
    expect(where('where[authors.id][in]=abc')).toMatch(/where\[authors\.id\]\[in\]/)
    expect(where('where[topics][in]=2,abc', ['topics'])).toMatch(/where\[topics\]\[in\]/)
    expect(where('where[id][in]=1,%202,3')).toBeNull()
    expect(where('where[topics][in]=2,3', ['topics'])).toBeNull()
    expect(where('where[title][in]=a,b', ['topics'])).toBeNull()
  })

  it('compares a relation with an id, null or nothing', () => {
    expect(where('where[topics][equals]=abc', ['topics'])).toMatch(/holds "abc"/)
    expect(where('where[topics][not_equals]=1.5', ['topics'])).toMatch(/holds "1.5"/)
    expect(where('where[topics][equals]=2', ['topics'])).toBeNull()
    expect(where('where[topics][equals]=null', ['topics'])).toBeNull()
    expect(where('where[topics][equals]=', ['topics'])).toBeNull()
    expect(where('where[topics][exists]=true', ['topics'])).toBeNull()
  })

  it('compares the id with Postgres integers, and lets text match nothing', () => {
    expect(where('where[id][equals]=1.5')).toMatch(/holds "1.5"/)
    expect(where('where[id][equals]=99999999999999999999')).toMatch(/not an id/)
    expect(where('where[id][greater_than]=1e20')).toMatch(/not an id/)
    expect(where('where[id][equals]=abc')).toBeNull()
    expect(where('where[id][equals]=-1')).toBeNull()
    expect(where('where[id][less_than]=10')).toBeNull()
  })
})

import { describe, expect, it } from 'vitest'
import { smoothMarkdown } from '../../src/import/markdownQuirks'
import { markdownPlainText } from '../../src/import/plainText'
import { firstDifference } from '../../src/import/textCheck'

describe('plain text of Markdown', () => {
  it('drops the syntax and keeps the words', () => {
    const markdown = [
      '## A *heading* ##',
      '',
      'Read [the guide](https://example.org) **now**, not_later \\*really\\*.',
      '',
      '> quoted',
      '',
      '- item ![alt](x.png)',
      '1. `code`',
      '',
      '---',
    ].join('\n')
    expect(markdownPlainText(markdown)).toBe(
      'A heading Read the guide now, not_later *really*. quoted item code',
    )
  })
})

describe('smoothing Markdown for Lexical', () => {
  it('joins quote lines and separates quote paragraphs', () => {
    expect(smoothMarkdown('> one\n> two\n>\n> three\n\nafter')).toBe(
      '> one two\n\n> three\n\nafter',
    )
  })

  it('indents nested list items four spaces a level, outside code fences', () => {
    expect(smoothMarkdown('- a\n  - b\n    - c\n```\n  - code\n```')).toBe(
      '- a\n    - b\n        - c\n```\n  - code\n```',
    )
  })
})

describe('comparing texts', () => {
  it('ignores whitespace and finds the first real difference', () => {
    expect(firstDifference('a  b\nc', 'a b c')).toBeUndefined()
    expect(firstDifference('a b c', 'a b')).toBe(4)
    expect(firstDifference('a b c', 'a x c')).toBe(2)
  })
})

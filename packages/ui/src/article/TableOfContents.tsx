import type { OutlineEntry } from '../rich-text/outline'

/**
 * "In this article": a link to each H2 of the body. A disclosure, so a reader on a phone can fold
 * it away; beside the text on wide screens (styles.css).
 */
export const TableOfContents = ({ entries }: { entries: OutlineEntry[] }) =>
  entries.length === 0 ? null : (
    <nav className="gw-toc" aria-labelledby="gw-toc-heading">
      <details open>
        <summary>
          <h2 id="gw-toc-heading">In this article</h2>
        </summary>
        <ol>
          {entries.map((entry) => (
            <li key={entry.id}>
              <a href={`#${entry.id}`}>{entry.text}</a>
            </li>
          ))}
        </ol>
      </details>
    </nav>
  )

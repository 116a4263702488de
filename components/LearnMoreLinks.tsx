import type { Link } from '../content/types';

/** A topic's learn-more pages, each opening in a new tab without access to the panel. */
export function LearnMoreLinks({ links }: { links: readonly Link[] }) {
  return (
    <ul class="links">
      {links.map((link) => (
        <li key={link.url}>
          <a href={link.url} target="_blank" rel="noopener noreferrer">
            {link.title}
          </a>
        </li>
      ))}
    </ul>
  );
}

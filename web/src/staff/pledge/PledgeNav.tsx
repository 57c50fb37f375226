/** The council admin's pledge pages, one link each; the current one is marked for screen readers too. */
const LINKS = [
  ['/staff/pledge', 'Pledge'],
  ['/staff/pledge/import', 'Import a document'],
  ['/staff/pledge/versions', 'Versions and changes'],
  ['/staff/rounds', 'Survey rounds'],
] as const;

export const PledgeNav = ({ current }: { current: string }) => (
  <nav aria-label="Pledge pages" class="pledge-nav">
    <ul>
      {LINKS.map(([href, label]) => (
        <li key={href}>
          <a href={href} aria-current={href === current ? 'page' : undefined}>
            {label}
          </a>
        </li>
      ))}
    </ul>
  </nav>
);

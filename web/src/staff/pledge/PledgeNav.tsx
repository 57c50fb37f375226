import { STAFF_PAGES } from '../staff-paths';

/** The council admin's pledge pages, one link each; the current one is marked for screen readers too. */
const LINKS = [
  [STAFF_PAGES.pledge, 'Pledge'],
  [STAFF_PAGES.pledgeImport, 'Import a document'],
  [STAFF_PAGES.pledgeVersions, 'Versions and changes'],
  [STAFF_PAGES.rounds, 'Survey rounds'],
  // The promises in other languages: the translator's file, and each text one by one.
  [STAFF_PAGES.languages, 'Translations'],
] as const;

type StaffPage = (typeof STAFF_PAGES)[keyof typeof STAFF_PAGES];

export const PledgeNav = ({ current }: { current: StaffPage }) => (
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

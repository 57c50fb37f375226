import guide from '../../../../docs/guides/facilitator.md?raw';
import { StaffLayout } from '../StaffLayout';
import { useStaff } from '../use-staff';
import { GuideMarkdown } from './guide-markdown';
import '../sessions/sessions.css';

// The guide's pictures, built beside the pages; the guide names them as ../screenshots/<name>.png.
const PICTURES = import.meta.glob<string>('../../../../docs/screenshots/sessions-*.png', {
  eager: true,
  query: '?url',
  import: 'default',
});
const picture = (path: string) => PICTURES[path.replace(/^\.\.\/screenshots\//, '../../../../docs/screenshots/')];

/** The facilitator guide (docs/guides/facilitator.md), in the staff pages, so help is a click away in the room. */
export const FacilitatorGuidePage = () => {
  const { me } = useStaff();
  return (
    <StaffLayout title="Guide for facilitators" who={me?.email}>
      <article class="guide">
        <GuideMarkdown text={guide} picture={picture} />
      </article>
    </StaffLayout>
  );
};

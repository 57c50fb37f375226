import { render } from 'preact';
import { LocationProvider, Route, Router } from 'preact-iso';
import '../styles/base.css';
import './staff.css';
import { AuditPage } from './audit/AuditPage';
import { CodesPage } from './codes/CodesPage';
import { CouncilsPage } from './councils/CouncilsPage';
import { FacilitatorGuidePage } from './help/FacilitatorGuidePage';
import { LanguagePage } from './languages/LanguagePage';
import { LanguagesPage } from './languages/LanguagesPage';
import { ModerationPage } from './moderation/ModerationPage';
import { CohortFiguresPage } from './pledge/CohortFiguresPage';
import { EditPage } from './pledge/EditPage';
import { ImportPage } from './pledge/ImportPage';
import { PledgePage } from './pledge/PledgePage';
import { PublishPage } from './pledge/PublishPage';
import { RoundsPage } from './pledge/RoundsPage';
import { VersionsPage } from './pledge/VersionsPage';
import { ScorecardPage } from './ScorecardPage';
import { SignInPage } from './SignInPage';
import { StaffHome } from './StaffHome';
import { PromisePage } from './scorecard/PromisePage';
import { ReportPage } from './scorecard/ReportPage';
import { ThemesPage } from './scorecard/ThemesPage';
import { BigScreenPage } from './sessions/BigScreenPage';
import { PresenterPage } from './sessions/PresenterPage';
import { SessionsPage } from './sessions/SessionsPage';
import { SummaryPage } from './sessions/SummaryPage';
import { SettingsPage } from './settings/SettingsPage';
import { SetupPage } from './setup/SetupPage';
import { STAFF_PAGES } from './staff-paths';
import { TeamPage } from './team/TeamPage';

const App = () => (
  <LocationProvider>
    <Router>
      <Route path={STAFF_PAGES.signIn} component={SignInPage} />
      <Route path={STAFF_PAGES.scorecard} component={ScorecardPage} />
      <Route path={STAFF_PAGES.roundScorecard} component={ScorecardPage} />
      <Route path={STAFF_PAGES.promise} component={PromisePage} />
      <Route path={STAFF_PAGES.themes} component={ThemesPage} />
      <Route path={STAFF_PAGES.report} component={ReportPage} />
      <Route path={STAFF_PAGES.moderation} component={ModerationPage} />
      <Route path={STAFF_PAGES.sessions} component={SessionsPage} />
      <Route path={STAFF_PAGES.presenter} component={PresenterPage} />
      <Route path={STAFF_PAGES.bigScreen} component={BigScreenPage} />
      <Route path={STAFF_PAGES.sessionSummary} component={SummaryPage} />
      <Route path={STAFF_PAGES.facilitatorGuide} component={FacilitatorGuidePage} />
      <Route path={STAFF_PAGES.pledge} component={PledgePage} />
      <Route path={STAFF_PAGES.pledgeImport} component={ImportPage} />
      <Route path={STAFF_PAGES.pledgeEdit} component={EditPage} />
      <Route path={STAFF_PAGES.pledgePublish} component={PublishPage} />
      <Route path={STAFF_PAGES.pledgeVersions} component={VersionsPage} />
      <Route path={STAFF_PAGES.rounds} component={RoundsPage} />
      <Route path={STAFF_PAGES.cohortFigures} component={CohortFiguresPage} />
      <Route path={STAFF_PAGES.team} component={TeamPage} />
      <Route path={STAFF_PAGES.audit} component={AuditPage} />
      <Route path={STAFF_PAGES.codes} component={CodesPage} />
      <Route path={STAFF_PAGES.councils} component={CouncilsPage} />
      <Route path={STAFF_PAGES.settings} component={SettingsPage} />
      <Route path={STAFF_PAGES.languages} component={LanguagesPage} />
      <Route path={STAFF_PAGES.language} component={LanguagePage} />
      <Route path={STAFF_PAGES.setup} component={SetupPage} />
      <Route default component={StaffHome} />
    </Router>
  </LocationProvider>
);

render(<App />, document.getElementById('app')!);

import { render } from 'preact';
import { LocationProvider, Route, Router } from 'preact-iso';
import '../styles/base.css';
import './staff.css';
import { ScorecardPage } from './ScorecardPage';
import { ModerationPage } from './moderation/ModerationPage';
import { PromisePage } from './scorecard/PromisePage';
import { ReportPage } from './scorecard/ReportPage';
import { ThemesPage } from './scorecard/ThemesPage';
import { SignInPage } from './SignInPage';
import { StaffHome } from './StaffHome';
import { PresenterPage } from './sessions/PresenterPage';
import { SessionsPage } from './sessions/SessionsPage';
import { SummaryPage } from './sessions/SummaryPage';

const App = () => (
  <LocationProvider>
    <Router>
      <Route path="/staff/sign-in" component={SignInPage} />
      <Route path="/staff/scorecard" component={ScorecardPage} />
      <Route path="/staff/rounds/:roundId/scorecard" component={ScorecardPage} />
      <Route path="/staff/rounds/:roundId/promises/:promiseId" component={PromisePage} />
      <Route path="/staff/rounds/:roundId/themes" component={ThemesPage} />
      <Route path="/staff/rounds/:roundId/report" component={ReportPage} />
      <Route path="/staff/moderation" component={ModerationPage} />
      <Route path="/staff/sessions" component={SessionsPage} />
      <Route path="/staff/sessions/:sessionId" component={PresenterPage} />
      <Route path="/staff/sessions/:sessionId/summary" component={SummaryPage} />
      <Route default component={StaffHome} />
    </Router>
  </LocationProvider>
);

render(<App />, document.getElementById('app')!);

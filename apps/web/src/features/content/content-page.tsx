import { Link } from 'react-router';
import { useI18n } from '../../lib/i18n/i18n';
import { useUrlParams } from '../../lib/use-url-params';
import { PageHeader } from '../../ui/page';
import { useCurrentUser } from '../auth/auth-context';
import { canAccess } from '../shell/access';
import { PostCalendar } from './post-calendar';
import { PostFilters, usePostFilters } from './post-filters';
import { PostList } from './post-list';

/** Central content library (/berichten): search and filter, as a list or as a month calendar. */
export function ContentPage() {
  const { t } = useI18n();
  const user = useCurrentUser();
  const params = useUrlParams();
  const calendar = params.get('weergave') === 'kalender';
  const filters = usePostFilters();
  return (
    <>
      <PageHeader
        title={t('content.title')}
        intro={t('content.intro')}
        actions={
          canAccess(user.role, 'contentEdit') && (
            <>
              <Link to="/berichten/importeren" className="button button--secondary">
                {t('content.import')}
              </Link>
              <Link to="/berichten/nieuw" className="button button--primary">
                {t('content.new')}
              </Link>
            </>
          )
        }
      />
      <nav className="view-switch" aria-label={t('content.view')}>
        <Link to="/berichten" aria-current={calendar ? undefined : 'page'} className="view-switch__link">
          {t('content.view.list')}
        </Link>
        <Link
          to="/berichten?weergave=kalender"
          aria-current={calendar ? 'page' : undefined}
          className="view-switch__link"
        >
          {t('content.view.calendar')}
        </Link>
      </nav>
      {calendar ? (
        <PostCalendar />
      ) : (
        <>
          <PostFilters filters={filters} />
          <PostList variables={filters.variables} />
        </>
      )}
    </>
  );
}

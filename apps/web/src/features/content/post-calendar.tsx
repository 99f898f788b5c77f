import { Link } from 'react-router';
import type { PostListFieldsFragment, ThemeFieldsFragment } from '../../gql/graphql';
import { dayInPeriod, monthDays, monthOf, monthRange, shiftMonth, toDateInput } from '../../lib/dates';
import { useI18n } from '../../lib/i18n/i18n';
import { useQuery } from '../../lib/use-query';
import { useUrlParams } from '../../lib/use-url-params';
import { Section } from '../../ui/page';
import { Badge, LoadError, Loading } from '../../ui/status';
import { useCurrentUser } from '../auth/auth-context';
import { canAccess } from '../shell/access';
import { CalendarQuery } from './operations';
import { POST_STATUS_TONE } from './post-options';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** A month of posts by suggested date (?maand=2026-10), with the campaigns running then. */
export function PostCalendar() {
  const { t, lang } = useI18n();
  const params = useUrlParams();
  const month = MONTH.test(params.get('maand')) ? params.get('maand') : monthOf(new Date());
  const query = useQuery(CalendarQuery, monthRange(month));
  const title = new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    month: 'long',
    year: 'numeric',
  }).format(new Date(`${month}-15T12:00:00`));
  const go = (delta: number) => params.set({ maand: shiftMonth(month, delta) });
  const data = query.data?.calendar;
  return (
    <>
      <div className="calendar-nav">
        <button type="button" className="button button--secondary button--small" onClick={() => go(-1)}>
          <span aria-hidden="true">← </span>
          {t('calendar.previous')}
        </button>
        <h2 className="calendar-nav__title" aria-live="polite">
          {title}
        </h2>
        <button type="button" className="button button--secondary button--small" onClick={() => go(1)}>
          {t('calendar.next')}
          <span aria-hidden="true"> →</span>
        </button>
      </div>
      {query.error !== undefined && <LoadError error={query.error} onRetry={() => void query.reload()} />}
      {!data ? (
        <Loading />
      ) : (
        <>
          <Campaigns campaigns={data.campaigns} />
          <MonthGrid month={month} posts={data.posts} campaigns={data.campaigns} />
        </>
      )}
    </>
  );
}

function Campaigns({ campaigns }: { campaigns: readonly ThemeFieldsFragment[] }) {
  const { t, formatDate } = useI18n();
  return (
    <Section title={t('calendar.campaigns')} id="calendar-campaigns">
      {campaigns.length === 0 ? (
        <p className="muted">{t('calendar.noCampaigns')}</p>
      ) : (
        <ul className="campaigns">
          {campaigns.map((c) => (
            <li key={`${c.id}-${c.periodStart}`} className="campaign" style={{ borderColor: c.colour }}>
              <span className="campaign__name">{c.name}</span>
              {c.periodStart && c.periodEnd && (
                <span className="campaign__period">
                  {t('calendar.period', { from: formatDate(c.periodStart), until: formatDate(c.periodEnd) })}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function MonthGrid({
  month,
  posts,
  campaigns,
}: {
  month: string;
  posts: readonly PostListFieldsFragment[];
  campaigns: readonly ThemeFieldsFragment[];
}) {
  const { t, lang } = useI18n();
  const user = useCurrentUser();
  const editor = canAccess(user.role, 'contentEdit');
  const { offset, days } = monthDays(month);
  const locale = lang === 'nl' ? 'nl-NL' : 'en-GB';
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'short' });
  const dayName = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long' });
  const byDay = new Map<string, PostListFieldsFragment[]>();
  for (const p of posts) {
    const day = toDateInput(p.suggestedPublishAt);
    byDay.set(day, [...(byDay.get(day) ?? []), p]);
  }
  // 5 January 2026 is a Monday.
  const weekdays = Array.from({ length: 7 }, (_, i) => weekday.format(new Date(2026, 0, 5 + i)));
  return (
    <div className="calendar">
      <div className="calendar__weekdays" aria-hidden="true">
        {weekdays.map((d) => (
          <span key={d}>{d}</span>
        ))}
      </div>
      <ol className="calendar__grid" aria-label={t('calendar.days')}>
        {Array.from({ length: offset }, (_, i) => (
          <li key={`blank-${i}`} className="calendar__blank" aria-hidden="true" />
        ))}
        {days.map((day) => {
          const dayPosts = byDay.get(day) ?? [];
          const running = campaigns.filter((c) => dayInPeriod(day, c.periodStart, c.periodEnd));
          return (
            <li key={day} className={`calendar__day ${dayPosts.length ? '' : 'calendar__day--empty'}`}>
              <p className="calendar__date">
                <span aria-hidden="true">{Number(day.slice(8))}</span>
                <span className="visually-hidden">{dayName.format(new Date(`${day}T12:00:00`))}</span>
              </p>
              {running.length > 0 && (
                <span className="calendar__stripes" aria-hidden="true">
                  {running.map((c) => (
                    <span key={c.id} style={{ background: c.colour }} title={c.name} />
                  ))}
                </span>
              )}
              {dayPosts.length > 0 && (
                <ul className="calendar__posts">
                  {dayPosts.map((p) => (
                    <li key={p.id}>
                      <Link to={editor ? `/berichten/${p.id}` : `/berichten/${p.id}/gebruik`}>{p.title}</Link>{' '}
                      <Badge tone={POST_STATUS_TONE[p.status]}>{t(`postStatus.${p.status}`)}</Badge>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}

import { useTranslations } from 'next-intl';
import type { Staleness } from '@/db/stale';
import { useLabels } from './labels';

/**
 * An intervention's status as every page shows it: the status, the year a source last confirmed
 * it, and, where db/stale.ts says so, that it may be out of date or that its planned end has passed.
 */
export function StatusText({ status, compact = false }: { status: { value: string; year: number; stale: Staleness }; compact?: boolean }) {
  const t = useTranslations('intervention');
  const l = useLabels();
  // In a table whose column header says "last confirmed", the year alone is enough.
  if (compact) {
    return (
      <>
        {l.status(status.value)} ({status.year})
        {status.stale.confirmedLongAgo ? <span className="stale" title={t('staleConfirmedTitle')}> {t('staleConfirmed')}</span> : null}
        {status.stale.endPassed ? <span className="stale" title={t('endPassedTitle')}> {t('endPassed')}</span> : null}
      </>
    );
  }
  return (
    <span className="status-text">
      <span className={`status status-${status.value}`}>{l.status(status.value)}</span>{' '}
      <span className="status-confirmed">({t('lastConfirmed', { year: status.year })})</span>
      {status.stale.confirmedLongAgo ? (
        <>
          {' '}
          <span className="stale" title={t('staleConfirmedTitle')}>
            {t('staleConfirmed')}
          </span>
        </>
      ) : null}
      {status.stale.endPassed ? (
        <>
          {' '}
          <span className="stale" title={t('endPassedTitle')}>
            {t('endPassed')}
          </span>
        </>
      ) : null}
    </span>
  );
}

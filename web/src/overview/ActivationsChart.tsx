'use client';

import Link from 'next/link';
import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { DataTable } from '@/ui/DataTable';
import { counted, dayLabel } from './overviewWords';

interface Day {
  day: string;
  count: number;
}

/**
 * Activations per UTC day, the last 30 days: a bar chart (Recharts, its keyboard layer on: arrow keys move from day to
 * day with the tooltip), named and summed up for assistive technology, and the same numbers as a table under
 * "Show as table".
 */
export function ActivationsChart({ days }: { days: readonly Day[] }) {
  const headingId = useId();
  const total = days.reduce((sum, day) => sum + day.count, 0);
  const busiest = days.reduce<Day | null>((top, day) => (day.count > (top?.count ?? 0) ? day : top), null);
  const summary = `${counted(total, 'activation')} in the last ${days.length} days${busiest ? `; the most on ${dayLabel(busiest.day)} (${busiest.count})` : ''}.`;
  const data = days.map((day) => ({ ...day, label: dayLabel(day.day) }));
  return (
    <section className="panel" aria-labelledby={headingId}>
      <div className="panel-header">
        <h2 id={headingId}>Activations per day</h2>
        <Link href="/activity">Activity</Link>
      </div>
      <p className="muted">{summary} Days are UTC; today is the last.</p>
      <div className="overview-chart">
        <ResponsiveContainer width="100%" height={220}>
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} role="img" title={`Activations per day: ${summary}`} accessibilityLayer>
            <CartesianGrid vertical={false} stroke="var(--border)" />
            <XAxis dataKey="label" interval="preserveStartEnd" minTickGap={24} tick={{ fill: 'var(--muted)', fontSize: 12 }} />
            <YAxis allowDecimals={false} width={32} tick={{ fill: 'var(--muted)', fontSize: 12 }} />
            <Tooltip formatter={(value) => [value, 'Activations']} cursor={{ fill: 'var(--primary-soft)' }} />
            <Bar dataKey="count" name="Activations" fill="var(--primary)" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <details className="overview-table">
        <summary>Show as table</summary>
        <DataTable caption="Activations per day, last 30 days (UTC)" columns={['Day', 'Activations']}>
          {days.map((day) => (
            <tr key={day.day}>
              <td>
                <time dateTime={day.day}>{dayLabel(day.day)}</time>
              </td>
              <td>{day.count}</td>
            </tr>
          ))}
        </DataTable>
      </details>
    </section>
  );
}

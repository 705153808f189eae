import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Stats, Verdict } from '../../api/types';
import { countryName, flag } from '../../components/format';
import { currentLang } from '../../i18n';
import { KINDS } from '../inbox/filters';
import { Chart, type ChartOption } from './Chart';
import { ResponseTimes } from './ResponseTimes';

const VERDICTS: Verdict[] = ['genuine', 'suspicious', 'junk'];
const COLOURS: Record<Verdict, string> = { genuine: '#2e7d32', suspicious: '#ed8b00', junk: '#c62828' };
/** The most recent days with mail; older ones would squeeze the bars to lines. */
const DAYS = 60;
const isKind = (k: string): k is (typeof KINDS)[number] => KINDS.some((x) => x === k);

function bars(names: string[], values: number[], horizontal: boolean): ChartOption {
  const category = { type: 'category', data: names, axisLabel: { interval: 0 } };
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: horizontal ? 140 : 40, right: 20, top: 20, bottom: 30 },
    xAxis: horizontal ? { type: 'value', minInterval: 1 } : category,
    yAxis: horizontal ? { ...category, inverse: true } : { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', data: values, itemStyle: { color: '#1565c0' } }],
  };
}

export default function DashboardPage() {
  const { t } = useTranslation();
  const lang = currentLang();
  const stats = useQuery({ queryKey: ['stats'], queryFn: () => api<Stats>('GET', '/api/stats') });
  const options = useMemo(() => {
    if (!stats.data) return null;
    const { perDay, junkByKind, perProduct, perCountry } = stats.data;
    const days = [...new Set(perDay.map((d) => d.day))].slice(-DAYS);
    const perVerdict: ChartOption = {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 40, right: 20, top: 40, bottom: 30 },
      xAxis: { type: 'category', data: days },
      yAxis: { type: 'value', minInterval: 1 },
      series: VERDICTS.map((v) => ({
        name: t(`verdict.${v}`),
        type: 'bar',
        stack: 'all',
        itemStyle: { color: COLOURS[v] },
        data: days.map((day) => perDay.find((d) => d.day === day && d.verdict === v)?.n ?? 0),
      })),
    };
    const junk: ChartOption = {
      tooltip: { trigger: 'item' },
      legend: { bottom: 0 },
      series: [{ type: 'pie', radius: ['35%', '65%'], data: junkByKind.map((k) => ({ name: isKind(k.kind) ? t(`kind.${k.kind}`) : t('kind.other'), value: k.n })) }],
    };
    const products = bars(perProduct.map((p) => p.product), perProduct.map((p) => p.n), true);
    const countries = bars(perCountry.map((c) => `${flag(c.country)} ${countryName(c.country, lang)}`), perCountry.map((c) => c.n), true);
    return { perVerdict, junk, products, countries };
  }, [stats.data, t, lang]);

  if (stats.isError) return <p className="error">{t('error.generic')}</p>;
  if (!options) return <p className="loading">{t('common.loading')}</p>;
  return (
    <main className="dashboard" data-testid="dashboard">
      <section className="card wide">
        <h3>{t('dash.perDay')}</h3>
        <Chart option={options.perVerdict} label={t('dash.perDay')} />
      </section>
      <section className="card wide">
        <h3>{t('dash.responseTimes')}</h3>
        <ResponseTimes />
      </section>
      <section className="card">
        <h3>{t('dash.junkByKind')}</h3>
        <Chart option={options.junk} label={t('dash.junkByKind')} />
      </section>
      <section className="card">
        <h3>{t('dash.perProduct')}</h3>
        <Chart option={options.products} label={t('dash.perProduct')} />
      </section>
      <section className="card">
        <h3>{t('dash.perCountry')}</h3>
        <Chart option={options.countries} label={t('dash.perCountry')} />
      </section>
    </main>
  );
}

import { useLiveWindowKpis } from './use-kpis';

export function KpiTiles() {
  const kpis = useLiveWindowKpis();
  return (
    <section className="kpis" aria-label="Last 60 seconds">
      {kpis.map((kpi) => (
        <article key={kpi.id} className={`panel kpi kpi-${kpi.tone}`} data-testid={`kpi-${kpi.id}`}>
          <h3 className="kpi-label">{kpi.label}</h3>
          <p className="kpi-value" data-testid={`kpi-${kpi.id}-value`}>
            {kpi.value}
          </p>
          <p className="kpi-hint">{kpi.hint}</p>
        </article>
      ))}
    </section>
  );
}

import { crossEntropyBetween, entropy, klDivergence } from '@xent/core';
import { useId, useState } from 'preact/hooks';
import { fmt } from '../../lib/format.ts';

export interface InformationProps {
  p: number[];
  q: number[];
  unit: 'bits' | 'nats';
}

/** Sets entry k of a distribution to `value` and rescales the others so the entries still sum to 1. */
function setEntry(dist: number[], k: number, value: number): number[] {
  const rest = 1 - (dist[k] ?? 0);
  return dist.map((old, j) => {
    if (j === k) return value;
    return rest > 1e-12 ? (old * (1 - value)) / rest : (1 - value) / (dist.length - 1);
  });
}

/** The data y and the model p (props `p` and `q`) with sliders, and H(y), H(y, p) and KL(y‖p) as bars. */
export default function InformationIsland(props: InformationProps) {
  const id = useId();
  const [p, setP] = useState(props.p);
  const [q, setQ] = useState(props.q);
  const base = props.unit === 'bits' ? 2 : Math.E;
  const measures = [
    { label: 'H(y), entropy', value: entropy(p, base), kind: 'h' },
    { label: 'H(y, p), cross-entropy', value: crossEntropyBetween(p, q, base), kind: 'ce' },
    { label: 'KL(y‖p), divergence', value: klDivergence(p, q, base), kind: 'kl' },
  ];
  const top = Math.max(1, ...measures.map((m) => (Number.isFinite(m.value) ? m.value : 0)));
  return (
    <div class="info__body">
      <div class="explorer__grid">
        <DistributionSliders
          id={`${id}-p`}
          name="y"
          legend="Distribution y (the data)"
          dist={p}
          min={0}
          onChange={setP}
        />
        <DistributionSliders
          id={`${id}-q`}
          name="p"
          legend="Distribution p (the model)"
          dist={q}
          min={0.01}
          onChange={setQ}
        />
      </div>
      <ul class="info__measures" aria-live="polite">
        {measures.map((m) => (
          <li key={m.kind} class="info__measure">
            <span class="info__label">{m.label}</span>
            <span class="info__track" aria-hidden="true">
              <span
                class={`info__bar info__bar--${m.kind}`}
                style={{ width: `${(Number.isFinite(m.value) ? m.value / top : 1) * 100}%` }}
              />
            </span>
            <span class="info__value">
              {fmt(m.value, 3)} {props.unit}
            </span>
          </li>
        ))}
      </ul>
      <p class="explorer__note">
        H(y, p) = H(y) + KL(y‖p): {fmt(measures[1]?.value ?? Number.NaN, 3)} ={' '}
        {fmt(measures[0]?.value ?? Number.NaN, 3)} + {fmt(measures[2]?.value ?? Number.NaN, 3)}
      </p>
    </div>
  );
}

interface DistributionSlidersProps {
  id: string;
  name: string;
  legend: string;
  dist: number[];
  min: number;
  onChange: (dist: number[]) => void;
}

/** One slider per entry of a distribution; moving one rescales the rest. */
function DistributionSliders({ id, name, legend, dist, min, onChange }: DistributionSlidersProps) {
  return (
    <fieldset class="explorer__panel">
      <legend>{legend}</legend>
      {dist.map((value, k) => (
        <div class="explorer__row" key={k}>
          <label for={`${id}${k}`}>
            {name}
            <sub>{k}</sub>
          </label>
          <input
            id={`${id}${k}`}
            type="range"
            min={min}
            max={1 - min * (dist.length - 1)}
            step={0.01}
            value={value}
            aria-valuetext={fmt(value, 3)}
            onInput={(event) =>
              onChange(setEntry(dist, k, Number((event.currentTarget as HTMLInputElement).value)))
            }
          />
          <output for={`${id}${k}`}>{fmt(value, 3)}</output>
        </div>
      ))}
    </fieldset>
  );
}

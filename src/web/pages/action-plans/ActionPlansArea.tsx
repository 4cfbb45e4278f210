import { Route, Routes } from 'react-router-dom';
import type { Actor } from '../../../core/actor.ts';
import { useI18n, useTitle } from '../../i18n.ts';

/** Everything under /namnd/:code/atgardsplaner; the area owns its own nested routes. */
export function ActionPlansArea({ actor }: { actor: Actor }) {
  return (
    <Routes>
      <Route index element={<ActionPlanList actor={actor} />} />
    </Routes>
  );
}

function ActionPlanList(_props: { actor: Actor }) {
  const { t } = useI18n();
  useTitle(t.actionPlans.title);
  return <h1>{t.actionPlans.title}</h1>;
}

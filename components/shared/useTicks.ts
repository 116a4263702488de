import { useEffect, useState } from 'preact/hooks';
import { clearTicks, loadTicks, saveTick, watchTicks } from '../../platform/ticks';

/** The ticked cause ids, kept in extension storage and in step with other open panels. */
export function useTicks() {
  const [ticks, setTicks] = useState<ReadonlySet<string>>(new Set());

  useEffect(() => {
    let current = true;
    void loadTicks().then((loaded) => current && setTicks(loaded));
    const unwatch = watchTicks(setTicks);
    return () => {
      current = false;
      unwatch();
    };
  }, []);

  function setTick(causeId: string, ticked: boolean) {
    setTicks((previous) => {
      const next = new Set(previous);
      if (ticked) next.add(causeId);
      else next.delete(causeId);
      return next;
    });
    void saveTick(causeId, ticked);
  }

  function clear() {
    setTicks(new Set());
    void clearTicks();
  }

  return { ticks, setTick, clear };
}

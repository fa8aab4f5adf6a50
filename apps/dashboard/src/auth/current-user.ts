import type { MeJson } from '@vigil/contracts';
import { createContext, useContext } from 'react';
import { can, type Capability } from './permissions';

export const CurrentUserContext = createContext<MeJson | null>(null);

/** The signed-in user; only inside the signed-in app. */
export function useMe(): MeJson {
  const me = useContext(CurrentUserContext);
  if (!me) throw new Error('useMe must be used inside the signed-in app');
  return me;
}

/** Whether the signed-in user may do `capability`: controls they cannot use are not shown at all. */
export function useCan(capability: Capability): boolean {
  return can(useMe().role, capability);
}

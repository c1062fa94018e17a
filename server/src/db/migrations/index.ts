import { Initial1763800000000 } from './1763800000000-initial';
import { Activation1763900000000 } from './1763900000000-activation';

/** Every migration, in order. */
export const migrations = [Initial1763800000000, Activation1763900000000];

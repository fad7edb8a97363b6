import { registerEnumType } from '@nestjs/graphql';

/** Which way a list's order runs; every key of the order (its id tie-breaker included) runs the same way. */
export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

registerEnumType(OrderDirection, {
  name: 'OrderDirection',
  description: 'Which way an order runs: ASC (smallest, earliest, A first) or DESC (largest, latest, Z first). Ties go by id, the same way.',
  valuesMap: {
    ASC: { description: 'Smallest, earliest or A first.' },
    DESC: { description: 'Largest, latest or Z first.' },
  },
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeQueryProblem } from '../../../shared/search/problems';
import { dateBound, parseQuery, type Clause, type ProblemKind } from '../../../shared/search/query';

/** The clauses without their positions, for compact expectations. */
function clauses(input: string): Array<Record<string, unknown>> {
  const result = parseQuery(input);
  if (!result.ok) throw new Error(`unexpected problem ${result.problem.kind}`);
  return result.query.clauses.map((clause: Clause) => {
    const { start: _start, end: _end, ...rest } = clause;
    return rest;
  });
}

describe('query parser', () => {
  it.each<[string, Array<Record<string, unknown>>]>([
    ['toeslagen', [{ kind: 'term', presence: 'should', word: 'toeslagen', exact: false }]],
    ['Één  Signaal', [{ kind: 'term', presence: 'should', word: 'een', exact: false }, { kind: 'term', presence: 'should', word: 'signaal', exact: false }]],
    ['+minister -staatssecretaris', [{ kind: 'term', presence: 'must', word: 'minister', exact: false }, { kind: 'term', presence: 'mustNot', word: 'staatssecretaris', exact: false }]],
    ['"Raad van State"', [{ kind: 'phrase', presence: 'should', words: ['raad', 'van', 'state'] }]],
    ['+"raad van state"', [{ kind: 'phrase', presence: 'must', words: ['raad', 'van', 'state'] }]],
    ['"Jansen"', [{ kind: 'term', presence: 'should', word: 'jansen', exact: true }]],
    ['belast*', [{ kind: 'prefix', presence: 'should', prefix: 'belast' }]],
    ['toeslag~1', [{ kind: 'fuzzy', presence: 'should', word: 'toeslag', distance: 1 }]],
    ['toeslag~', [{ kind: 'fuzzy', presence: 'should', word: 'toeslag', distance: 1 }]],
    ['toeslag~2', [{ kind: 'fuzzy', presence: 'should', word: 'toeslag', distance: 2 }]],
    ['secretaris-generaal', [{ kind: 'phrase', presence: 'should', words: ['secretaris', 'generaal'] }]],
    ['5.1.2e', [{ kind: 'term', presence: 'should', word: '5.1.2e', exact: false }]],
    ['titel:jaarplan', [{ kind: 'field', presence: 'should', field: 'title', value: 'jaarplan', prefix: false }]],
    ['afzender:"J. de Vries"', [{ kind: 'field', presence: 'should', field: 'sender', value: 'j. de vries', prefix: false }]],
    ['ontvanger:minist*', [{ kind: 'field', presence: 'should', field: 'recipient', value: 'minist', prefix: true }]],
    ['soort:email -grond:5.1.2e', [{ kind: 'field', presence: 'should', field: 'type', value: 'email', prefix: false }, { kind: 'field', presence: 'mustNot', field: 'ground', value: '5.1.2e', prefix: false }]],
    ['grond:"5.1.2 e"', [{ kind: 'field', presence: 'should', field: 'ground', value: '5.1.2e', prefix: false }]],
    ['code:BO1', [{ kind: 'field', presence: 'should', field: 'code', value: 'bo1', prefix: false }]],
    ['datum:2019', [{ kind: 'date', presence: 'should', from: '2019-01-01', to: '2019-12-31' }]],
    ['datum:2019-01..2019-06', [{ kind: 'date', presence: 'should', from: '2019-01-01', to: '2019-06-30' }]],
    ['date:..2020-02', [{ kind: 'date', presence: 'should', to: '2020-02-29' }]],
    ['datum:5-12-2019..', [{ kind: 'date', presence: 'should', from: '2019-12-05' }]],
  ])('%s', (input, expected) => {
    expect(clauses(input)).toEqual(expected);
  });

  it.each<[string, ProblemKind, number]>([
    ['', 'empty', 0],
    ['   ', 'empty', 0],
    ['"raad van state', 'unclosedQuote', 0],
    ['toeslag "raad', 'unclosedQuote', 8],
    ['""', 'emptyPhrase', 0],
    ['+ minister', 'danglingOperator', 0],
    ['minister -', 'danglingOperator', 9],
    ['onderwerp:toeslagen', 'unknownField', 0],
    ['afzender:', 'emptyFieldValue', 0],
    ['*belast', 'leadingWildcard', 0],
    ['be*last', 'innerWildcard', 0],
    ['b*', 'shortPrefix', 0],
    ['toeslag~3', 'fuzzyDistance', 7],
    ['"raad van state"~2', 'fuzzyPhrase', 16],
    ['rutte AND hoekstra', 'booleanOperator', 6],
    ['datum:2019-13', 'badDate', 0],
    ['datum:vorig-jaar', 'badDate', 0],
    ['datum:2020..2019', 'badDateRange', 0],
    ['-toeslagen', 'onlyExclusions', 0],
    ['— &', 'noWords', 0],
  ])('%j is refused as %s at %i', (input, kind, position) => {
    const result = parseQuery(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toMatchObject({ kind, position });
  });

  it('explains problems in Dutch and English, with the position', () => {
    const result = parseQuery('minister "raad van state');
    if (result.ok) throw new Error('expected a problem');
    expect(describeQueryProblem('nl', result.problem)).toBe('Er ontbreekt een afsluitend aanhalingsteken bij "raad van state. (positie 10)');
    expect(describeQueryProblem('en', result.problem)).toBe('A closing quote is missing at "raad van state. (position 10)');
  });

  it('reads dates as the days they cover', () => {
    expect(dateBound('2024-02', 'to')).toBe('2024-02-29');
    expect(dateBound('2023-02', 'to')).toBe('2023-02-28');
    expect(dateBound('31-04-2020', 'from')).toBeUndefined();
  });

  it('never throws, whatever is typed', () => {
    const alphabet = fc.constantFrom(...'ab ë"*~+-:.12é\t\nAND'.split(''), 'datum:', 'grond:', '..', '~2', 'titel:"');
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.array(alphabet, { maxLength: 40 }).map((parts) => parts.join(''))), (input) => {
        const result = parseQuery(input);
        if (result.ok) expect(result.query.clauses.length).toBeGreaterThan(0);
        else expect(result.problem.position).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 2000 },
    );
  });
});

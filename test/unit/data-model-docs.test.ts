import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { keys } from '../../functions/store/keys';
import { TABLE } from '../../functions/store/table-design';

/**
 * docs/data-model.md is where a person learns what the table holds: every key shape that keys.ts builds
 * must be a row of its entity table, and every partition or prefix keys.ts hands a query must be one of
 * those rows' keys.
 */
const doc = readFileSync(new URL('../../docs/data-model.md', import.meta.url), 'utf8');

/** What each argument of a key builder becomes, so the generated key shows where the values go. */
const HOLE = '\u2039\u203a';
const GSI = TABLE.indexes.byCouncil;

interface Row {
  entity: string;
  pkText: string;
  skText: string;
  gpkText: string;
  gskText: string;
  pk: RegExp;
  sk: RegExp;
  gpk?: RegExp;
  gsk?: RegExp;
}

/** `COUNCIL#<councilId>` → a pattern in which each `<…>` stands for any value. */
const cellPattern = (cell: string): RegExp | undefined => {
  const text = cell.trim().replace(/^`|`$/g, '');
  if (!text) return undefined;
  const parts = text.split(/<[^>]*>/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('.+')}$`);
};

const rows: Row[] = (() => {
  const table = doc.split('## Entities and keys')[1]?.split('\n## ')[0] ?? '';
  return table
    .split('\n')
    .filter((l) => l.startsWith('| ') && !l.startsWith('| entity') && !l.startsWith('|---'))
    .map((l) => {
      const [entity = '', pk = '', sk = '', gsi = ''] = l.slice(1).split(' | ');
      const [gpk = '', gsk = ''] = gsi.split(' / ');
      const text = (cell: string) => cell.trim().replace(/^`|`$/g, '');
      return {
        entity: entity.trim(),
        pkText: text(pk),
        skText: text(sk),
        gpkText: text(gpk),
        gskText: text(gsk),
        pk: cellPattern(pk)!,
        sk: cellPattern(sk)!,
        gpk: cellPattern(gpk),
        gsk: cellPattern(gsk),
      };
    });
})();

type Builder = (...args: unknown[]) => unknown;
const builders = Object.entries(keys as unknown as Record<string, Builder | string>);
/** Builders with an argument that changes the key's shape, called once more with that value. */
const otherShapes: [string, unknown[]][] = [
  ['counterRepair', [HOLE, null, HOLE]],
  ['pledgeVersionPrefix', []],
  ['actionPrefix', []],
];
const calls = (): [string, unknown][] => [
  ...builders.map(([name, b]): [string, unknown] => [
    name,
    typeof b === 'function' ? b(...Array(b.length).fill(HOLE)) : b,
  ]),
  ...otherShapes.map(([name, args]): [string, unknown] => [
    name,
    (keys as unknown as Record<string, Builder>)[name]!(...args),
  ]),
];
/** The value a key string has where a hole was padded with zeros ("000001") is still one value. */
const plain = (key: string) => key.replace(new RegExp(`0*${HOLE}`, 'g'), 'x');

describe('docs/data-model.md', () => {
  it('lists the entity rows it is read for', () => {
    expect(rows.length).toBeGreaterThan(20);
  });

  it.each(calls().filter(([, k]) => typeof k === 'object' && k !== null))(
    'documents the key shape of keys.%s',
    (name, key) => {
      const k = key as Record<string, string>;
      const pk = k[TABLE.partitionKey];
      const sk = k[TABLE.sortKey];
      const gpk = k[GSI.partitionKey];
      const gsk = k[GSI.sortKey];
      const found = rows.find((r) =>
        pk !== undefined
          ? r.pk.test(plain(pk)) && r.sk.test(plain(sk!))
          : r.gpk?.test(plain(gpk!)) === true && r.gsk?.test(plain(gsk!)) === true,
      );
      expect(
        found,
        `no row of "Entities and keys" has the shape ${JSON.stringify(k).replaceAll(HOLE, '<…>')}`,
      ).toBeDefined();
    },
  );

  const prefixes = calls().filter(([name, k]) => typeof k === 'string' && !/^(is|.*Of$)/.test(name));
  it.each(prefixes)('documents where the partition or prefix keys.%s points', (name, value) => {
    const isPartition = /Partition$/.test(name);
    const escaped = (value as string)
      .split(new RegExp(`0*${HOLE}`))
      .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.+');
    const pattern = new RegExp(`^${escaped}${isPartition ? '$' : ''}`);
    const cells = rows.flatMap((r) => (isPartition ? [r.pkText, r.gpkText] : [r.skText, r.gskText]));
    const found = cells.find((cell) => cell && pattern.test(cell.replace(/<[^>]*>/g, 'x')));
    expect(
      found,
      `no row of "Entities and keys" ${isPartition ? 'is' : 'starts with'} ${String(value).replaceAll(HOLE, '<…>')}`,
    ).toBeDefined();
  });
});

/**
 * Runs in a fresh Node process: imports a built Lambda bundle (argv[2]) and prints, as JSON, every use of
 * the locale machinery (Intl's formatters, toLocaleString, localeCompare) made while it loads. A first use
 * of Intl loads its locale data, which a cold start pays for before the first answer.
 */
import { pathToFileURL } from 'node:url';

const uses = [];
const watch = (owner, name, label) => {
  const original = owner[name];
  owner[name] = new Proxy(original, {
    apply(target, self, args) {
      uses.push({ label, stack: new Error().stack?.split('\n').slice(2, 5).join(' | ') });
      return Reflect.apply(target, self, args);
    },
    construct(target, args, newTarget) {
      uses.push({ label, stack: new Error().stack?.split('\n').slice(2, 5).join(' | ') });
      return Reflect.construct(target, args, newTarget);
    },
  });
};
for (const name of ['NumberFormat', 'DateTimeFormat', 'Collator', 'PluralRules', 'ListFormat', 'Segmenter']) {
  watch(Intl, name, `Intl.${name}`);
}
watch(Number.prototype, 'toLocaleString', 'Number#toLocaleString');
watch(Date.prototype, 'toLocaleString', 'Date#toLocaleString');
watch(Date.prototype, 'toLocaleDateString', 'Date#toLocaleDateString');
watch(String.prototype, 'localeCompare', 'String#localeCompare');

await import(pathToFileURL(process.argv[2]).href);
process.stdout.write(`\n@@USES@@${JSON.stringify(uses)}\n`);

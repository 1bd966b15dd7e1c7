// Median entries per second of JSROOT reading the given branches of a tree, over all entries: cold (open
// the file and the tree, then read) and warm (the reading alone, after the tree is open).
// Usage: node jsroot_bench.mjs FILE TREE REPEATS BRANCHES_FILE
// JSROOT is loaded from node_scratch/node_modules/jsroot beside this script (run.sh installs it).
import { pathToFileURL, fileURLToPath } from 'node:url';
import fs from 'node:fs';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const jsroot = path.join(here, 'node_scratch', 'node_modules', 'jsroot');
const { openFile } = await import(pathToFileURL(path.join(jsroot, 'modules/io.mjs')).href);
const { TSelector, treeProcess } = await import(pathToFileURL(path.join(jsroot, 'modules/tree.mjs')).href);

const [file, treeName, repeatsText, branchesFile] = process.argv.slice(2);
const repeats = parseInt(repeatsText, 10);
const branches = fs.readFileSync(branchesFile, 'utf8').split('\n').filter(line => line.length > 0);
// Warm-up repeats let V8 optimise the decoders, as the Java side does for its JIT: at least 30 (or
// REPEATS) and at least two seconds of them, the rule of RootReadBenchmark.
const minimumWarmup = Math.max(30, repeats);
const minimumWarmupNs = 2_000_000_000n;

/** Finds the branch named `name` anywhere below `parent`. */
function findBranch(parent, name) {
  for (const branch of parent.fBranches?.arr ?? []) {
    if (branch.fName === name) return branch;
    const found = findBranch(branch, name);
    if (found) return found;
  }
  return null;
}

const rates = [];
const warmRates = [];
let entries = 0;
let values = 0;
let warmup = 0;
const warmupStart = process.hrtime.bigint();
while (rates.length < repeats) {
  const start = process.hrtime.bigint();
  const warming = warmup < minimumWarmup || start - warmupStart < minimumWarmupNs;
  const root = await openFile(file);
  const tree = await root.readObject(treeName);
  entries = Number(tree.fEntries);
  const opened = process.hrtime.bigint();
  const selector = new TSelector();
  // Branch objects, not names: names such as Jet.FracPt[5] do not resolve through addBranch(name).
  branches.forEach((name, i) => selector.addBranch(findBranch(tree, name), 'b' + i));
  let count = 0;
  selector.Process = function () {
    for (let i = 0; i < branches.length; i++) {
      const v = this.tgtobj['b' + i];
      count += (v !== null && typeof v === 'object' && v.length !== undefined) ? v.length : 1;
    }
  };
  await treeProcess(tree, selector, { firstentry: 0, numentries: entries });
  values = count;
  const end = process.hrtime.bigint();
  if (warming) {
    warmup++;
  } else {
    rates.push(entries / (Number(end - start) * 1e-9));
    warmRates.push(entries / (Number(end - opened) * 1e-9));
  }
}
rates.sort((a, b) => a - b);
warmRates.sort((a, b) => a - b);
console.log(`${path.basename(file)} entries=${entries} values=${values} warmup=${warmup} ` +
  `median_entries_per_s=${rates[Math.floor(repeats / 2)].toFixed(0)} min=${rates[0].toFixed(0)} ` +
  `max=${rates[rates.length - 1].toFixed(0)} warm_median_entries_per_s=${warmRates[Math.floor(repeats / 2)].toFixed(0)}`);

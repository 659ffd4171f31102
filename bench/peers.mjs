// Times Typst (bench/reference.typ, through @myriaddreamin/typst-ts-node-compiler)
// and docket on the same benchmark papers; run by bench/peers.sh, which
// installs the compiler and exports the data first. Each run is one fresh
// process, timed wall-clock from outside: for Typst that is node's start-up,
// loading the addon, creating the compiler (font loading included), compiling
// and writing the PDF; node's own start-up is measured apart and printed.
// The median of PEERS_RUNS runs (default 3) is reported.
//
//   node bench/peers.mjs                       the comparison
//   node bench/peers.mjs --typst-once CASE OUT one Typst compile (a child run)
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const peers = resolve(root, 'build/peers');
const self = fileURLToPath(import.meta.url);

if (process.argv[2] === '--typst-once') {
  const [, , , name, out] = process.argv;
  const t0 = performance.now();
  const require = createRequire(peers + '/');
  const { NodeCompiler } = require('@myriaddreamin/typst-ts-node-compiler');
  const compiler = NodeCompiler.create({
    workspace: root,
    fontArgs: [{ fontPaths: [resolve(root, 'fonts')] }],
  });
  const result = compiler.compile({
    mainFilePath: resolve(root, 'bench/reference.typ'),
    inputs: { data: `/build/peers/${name}` },
  });
  if (result.hasError()) {
    result.printErrors();
    process.exit(1);
  }
  const doc = result.result;
  writeFileSync(out, compiler.pdf(doc));
  process.stdout.write(JSON.stringify({ pages: doc.numOfPages, ms: performance.now() - t0 }) + '\n');
  process.exit(0);
}

const RUNS = Number(process.env.PEERS_RUNS || 3);
const TYPST_LIMIT_MS = 30000; // a case Typst takes longer over gets one run
const cases = [
  { name: 'n1', paper: 9001 },
  { name: 'n10', paper: 9002 },
  { name: 'n40', paper: 9003 },
];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function timed(cmd, args) {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (r.status !== 0) {
    process.stderr.write(r.stdout + r.stderr);
    throw new Error(`${cmd} ${args.join(' ')}: exit ${r.status}`);
  }
  return { ms, stdout: r.stdout };
}

function pages(pdf) {
  const r = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const m = /^Pages:\s+(\d+)/m.exec(r.stdout || '');
  if (!m) throw new Error(`pdfinfo ${pdf}: ${r.stderr}`);
  return Number(m[1]);
}

const nodeMs = median(Array.from({ length: RUNS }, () => timed(process.execPath, ['-e', '']).ms));

const rows = [];
for (const c of cases) {
  const tpdf = resolve(peers, `${c.name}.typst.pdf`);
  const dpdf = resolve(peers, `${c.name}.docket.pdf`);
  const typst = [], inproc = [];
  for (let i = 0; i < RUNS; i++) {
    rmSync(tpdf, { force: true });
    const r = timed(process.execPath, [self, '--typst-once', c.name, tpdf]);
    typst.push(r.ms);
    inproc.push(JSON.parse(r.stdout).ms);
    if (r.ms > TYPST_LIMIT_MS) break;
  }
  const docket = [];
  for (let i = 0; i < RUNS; i++) {
    rmSync(dpdf, { force: true });
    docket.push(timed(resolve(root, 'build/docket'),
      ['render', '--db', 'build/bench.db', '--paper', String(c.paper), '-o', dpdf]).ms);
  }
  if (!existsSync(tpdf) || !existsSync(dpdf)) throw new Error(`${c.name}: no PDF`);
  rows.push({
    name: c.name, pt: pages(tpdf), pd: pages(dpdf), runs: typst.length,
    t: median(typst), ti: median(inproc), d: median(docket),
  });
}

const f = (x) => x.toFixed(1);
console.log(`Typst (typst-ts-node-compiler, bench/reference.typ) against docket, ` +
  `median of ${RUNS} fresh processes each, wall-clock ms`);
console.log(`node start-up alone: ${f(nodeMs)} ms (inside typst_ms; typst_inproc_ms leaves it out)`);
console.log('');
const head = ['case', 'pages_typst', 'pages_docket', 'typst_ms', 'typst_inproc_ms', 'docket_ms', 'ratio'];
const body = rows.map((r) => [r.name, r.pt, r.pd, f(r.t) + (r.runs < RUNS ? '*' : ''), f(r.ti), f(r.d),
  (r.t / r.d).toFixed(2)].map(String));
const w = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
for (const line of [head, ...body]) console.log(line.map((s, i) => s.padStart(w[i])).join('  '));
if (rows.some((r) => r.runs < RUNS)) console.log(`* one run: Typst took over ${TYPST_LIMIT_MS / 1000} s`);
console.log('');
for (const r of rows) {
  console.log(`peers: case=${r.name} pages_typst=${r.pt} pages_docket=${r.pd} typst_ms=${f(r.t)} ` +
    `typst_inproc_ms=${f(r.ti)} docket_ms=${f(r.d)} ratio=${(r.t / r.d).toFixed(2)}`);
}
const big = rows.filter((r) => Math.min(r.pt, r.pd) >= 50);
const holds = big.every((r) => r.t / r.d >= 10);
console.log(`peers: claim "at least ten times faster than Typst from 50 pages up": ` +
  `${holds ? 'holds' : 'does not hold'} (cases ${big.map((r) => r.name).join(', ')}: ratios ` +
  `${big.map((r) => (r.t / r.d).toFixed(2)).join(', ')})`);

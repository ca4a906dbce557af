#!/usr/bin/env node
// The language server's speed (issue 16, point 6; results in docs/bench/lsp.md), the real `minutes lsp` over stdio:
//   first  — a freshly started server on a fresh copy of the seeds' folder: from the process's start to the first
//            publishDiagnostics of 114-1.minutes (initialize, didOpen, the whole series checked). Target 300 ms.
//   change — one didChange of 114-1.minutes (a line's text edited; every other record of the series read from disk)
//            to the publishDiagnostics of that version, with MINUTES_LSP_DEBOUNCE_MS=0 so that the wait editors get
//            (150 ms after the last keystroke) is not counted. Target 20 ms.
// each beside yardsticks measured in the same run:
//   check  — `minutes check FOLDER` of the same copy as a whole process (the same series, every rule, cold JIT);
//   version — `minutes --version` (the start-up of the process alone).
// Usage: node tests/bench/lsp.mjs [MINUTES] [ROUNDS]
//   MINUTES: the command, default `dotnet src/MinutesLang.Cli/bin/Release/net10.0/minutes.dll` (build it first:
//   dotnet build src/MinutesLang.Cli -c Release); a native binary's path times the binary editors run.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const given = process.argv[2];
const command = given ? [given] : ['dotnet', path.join(repo, 'src/MinutesLang.Cli/bin/Release/net10.0/minutes.dll')];
const rounds = Number(process.argv[3] ?? 30);

function copySeeds() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-lsp-bench-'));
  for (const f of fs.readdirSync(path.join(repo, 'seeds'))) {
    if (f.endsWith('.minutes')) fs.copyFileSync(path.join(repo, 'seeds', f), path.join(dir, f));
  }
  return dir;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}

function timeProcess(args, n) {
  const times = [];
  for (let i = 0; i < n; i++) {
    const t = process.hrtime.bigint();
    spawnSync(command[0], [...command.slice(1), ...args], { stdio: 'ignore' });
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return times;
}

/** A client of `minutes lsp`: Content-Length frames both ways; resolves waiters on publishDiagnostics and responses. */
class Client {
  constructor(env) {
    this.started = process.hrtime.bigint();
    this.proc = spawn(command[0], [...command.slice(1), 'lsp', '--stdio'], { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'inherit'] });
    this.buffer = Buffer.alloc(0);
    this.waiters = [];
    this.nextId = 1;
    this.proc.stdout.on('data', (chunk) => this.read(chunk));
  }

  read(chunk) {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const end = this.buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(/Content-Length: *(\d+)/i.exec(this.buffer.subarray(0, end).toString('ascii'))[1]);
      if (this.buffer.length < end + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(end + 4, end + 4 + length).toString('utf8'));
      this.buffer = this.buffer.subarray(end + 4 + length);
      const at = process.hrtime.bigint();
      this.waiters = this.waiters.filter((w) => !(w.test(message) && (w.resolve({ message, at }), true)));
    }
  }

  send(message) {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
    this.proc.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.proc.stdin.write(body);
  }

  wait(test) {
    return new Promise((resolve) => this.waiters.push({ test, resolve }));
  }

  request(method, params) {
    const id = this.nextId++;
    const answer = this.wait((m) => m.id === id);
    this.send({ id, method, params });
    return answer;
  }

  published(uri, version) {
    return this.wait((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && (version === undefined || m.params.version === version));
  }

  async close() {
    await this.request('shutdown', null);
    this.send({ method: 'exit', params: null });
    await new Promise((resolve) => this.proc.on('exit', resolve));
  }
}

async function first(dir) {
  const file = path.join(dir, '114-1.minutes');
  const uri = pathToFileURL(file).href;
  const client = new Client({});
  await client.request('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: {} });
  client.send({ method: 'initialized', params: {} });
  const published = client.published(uri);
  client.send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'minutes', version: 1, text: fs.readFileSync(file, 'utf8') } } });
  const { message, at } = await published;
  const ms = Number(at - client.started) / 1e6;
  await client.close();
  return { ms, findings: message.params.diagnostics.length };
}

async function changes(dir, n) {
  const file = path.join(dir, '114-1.minutes');
  const uri = pathToFileURL(file).href;
  const text = fs.readFileSync(file, 'utf8');
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.startsWith('* 主席'));
  const client = new Client({ MINUTES_LSP_DEBOUNCE_MS: '0' });
  await client.request('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: {} });
  client.send({ method: 'initialized', params: {} });
  const opened = client.published(uri, 1);
  client.send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'minutes', version: 1, text } } });
  await opened;
  const times = [];
  let findings = 0;
  for (let v = 2; v < n + 2 + 5; v++) {
    // the chair's line edited: a character added, then taken away again
    const character = lines[line].length;
    const change = v % 2 === 0
      ? { range: { start: { line, character }, end: { line, character } }, text: '等' }
      : { range: { start: { line, character }, end: { line, character: character + 1 } }, text: '' };
    const published = client.published(uri, v);
    const t = process.hrtime.bigint();
    client.send({ method: 'textDocument/didChange', params: { textDocument: { uri, version: v }, contentChanges: [change] } });
    const { message, at } = await published;
    if (v >= 7) times.push(Number(at - t) / 1e6); // the first five warm the JIT
    findings = message.params.diagnostics.length;
  }
  await client.close();
  return { times, findings };
}

const dir = copySeeds();
try {
  const load = os.loadavg()[0].toFixed(1);
  const version = timeProcess(['--version'], Math.max(5, Math.floor(rounds / 3)));
  const check = timeProcess(['check', dir], Math.max(5, Math.floor(rounds / 3)));
  const firsts = [];
  for (let i = 0; i < Math.max(5, Math.floor(rounds / 3)); i++) firsts.push((await first(dir)).ms);
  const { times, findings } = await changes(dir, rounds);
  const f = median(firsts), c = median(times), k = median(check), s = median(version);
  const row = (name, xs, target) => `| ${name} | ${median(xs).toFixed(1)} | ${quantile(xs, 0.9).toFixed(1)} | ${xs.length} | ${target ?? ''} |`;
  console.log(`minutes lsp, ${command.join(' ')}; ${new Date().toISOString()}, load average ${load}, ${os.cpus().length} cores`);
  console.log('');
  console.log('| measure | median ms | p90 ms | runs | target |');
  console.log('|---|---:|---:|---:|---|');
  console.log(row('`minutes --version` (yardstick: start-up)', version));
  console.log(row('`minutes check` of the 21 files (yardstick: whole process)', check));
  console.log(row('start → first publishDiagnostics of 114-1', firsts, '300 ms: ' + (f <= 300 ? 'met' : 'not met')));
  console.log(row('didChange of 114-1 → its publishDiagnostics (debounce 0)', times, '20 ms: ' + (c <= 20 ? 'met' : 'not met')));
  console.log('');
  console.log(`ratios: first / check ${(f / k).toFixed(2)}, first / --version ${(f / s).toFixed(2)}, change / check ${(c / k).toFixed(3)}, change / --version ${(c / s).toFixed(3)}; findings of 114-1: ${findings}`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}

#!/usr/bin/env node
// Copies the native `minutes` binary into server/ for a per-platform .vsix (`vsce package --target <target>`).
// Usage: node scripts/bundle-server.js <target> [binary]
//   target: a vsce target (linux-x64, linux-arm64, darwin-arm64, win32-x64, ...)
//   binary: the published binary; by default the Native AOT publish of the repository for that runtime
//           (dotnet publish src/MinutesLang.Cli -c Release -r <rid> -p:PublishAot=true).
// When the binary is not there, server/ is emptied and the .vsix finds `minutes` on PATH instead (said on stderr).
'use strict';
const fs = require('fs');
const path = require('path');

const target = process.argv[2];
if (!target) {
  console.error('usage: node scripts/bundle-server.js <target> [binary]');
  process.exit(2);
}
const rid = target.replace(/^win32-/, 'win-').replace(/^darwin-/, 'osx-');
const exe = target.startsWith('win32-') ? 'minutes.exe' : 'minutes';
const repo = path.resolve(__dirname, '..', '..', '..');
const binary = process.argv[3] ?? path.join(repo, 'src', 'MinutesLang.Cli', 'bin', 'Release', 'net10.0', rid, 'publish', exe);
const out = path.resolve(__dirname, '..', 'server');
fs.rmSync(out, { recursive: true, force: true });
if (!fs.existsSync(binary)) {
  console.error(`bundle-server: ${binary} not found: the .vsix will use \`minutes\` on PATH (or minutes.server.path)`);
  process.exit(0);
}
fs.mkdirSync(out, { recursive: true });
fs.copyFileSync(binary, path.join(out, exe));
fs.chmodSync(path.join(out, exe), 0o755);
console.log(`bundle-server: ${binary} -> server/${exe}`);

import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

/** The name of the server binary: `minutes` on Linux and macOS, `minutes.exe` on Windows. */
export function binaryName(platform: NodeJS.Platform = process.platform): string {
  return platform === 'win32' ? 'minutes.exe' : 'minutes';
}

/**
 * The `minutes` executable that serves `minutes lsp`, in this order: the setting `minutes.server.path`; the native binary
 * bundled in a per-platform .vsix (`server/minutes`, copied in by `scripts/bundle-server.js`); `minutes` on PATH.
 * Returns the command and where it came from (for the output channel).
 */
export function findServer(extensionPath: string, configured: string | undefined): { command: string; from: string } {
  const setting = (configured ?? '').trim();
  if (setting.length > 0) {
    return { command: setting, from: 'the setting minutes.server.path' };
  }
  const bundled = path.join(extensionPath, 'server', binaryName());
  if (fs.existsSync(bundled)) {
    return { command: bundled, from: 'the binary bundled in the extension' };
  }
  return { command: binaryName(), from: 'PATH' };
}

/** The server path of the workspace's settings. */
export function configuredServerPath(): string | undefined {
  return vscode.workspace.getConfiguration('minutes').get<string>('server.path');
}

import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { PreviewPanel } from './preview';
import { configuredServerPath, findServer } from './server';

let client: LanguageClient | undefined;

/** Starts `minutes lsp` for the `minutes` language and registers the preview and restart commands. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Minutes');
  context.subscriptions.push(output);

  context.subscriptions.push(
    vscode.commands.registerCommand('minutes.preview', () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || editor.document.languageId !== 'minutes') {
        void vscode.window.showInformationMessage('Open a .minutes record to preview it. / 請先開啟 .minutes 紀錄。');
        return;
      }
      if (!client) {
        void vscode.window.showErrorMessage('The minutes language server is not running. / minutes 語言伺服器未啟動。');
        return;
      }
      PreviewPanel.show(client, editor.document);
    }),
    vscode.commands.registerCommand('minutes.restartServer', async () => {
      await stop();
      await start(context, output);
    }),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (e.affectsConfiguration('minutes.server.path')) {
        await stop();
        await start(context, output);
      }
    }),
  );

  await start(context, output);
}

async function start(context: vscode.ExtensionContext, output: vscode.OutputChannel): Promise<void> {
  const server = findServer(context.extensionPath, configuredServerPath());
  output.appendLine(`minutes lsp: ${server.command} (from ${server.from})`);
  const run = { command: server.command, args: ['lsp', '--stdio'] };
  const serverOptions: ServerOptions = { run, debug: run };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'minutes' }],
    outputChannel: output,
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/{*.minutes,minutesconfig.json}') },
  };
  client = new LanguageClient('minutes', 'Minutes', serverOptions, clientOptions);
  try {
    await client.start();
  } catch (e) {
    client = undefined;
    void vscode.window.showErrorMessage(
      `Cannot start ${server.command} lsp: ${String(e)}. Install minutes or set minutes.server.path. / 無法啟動 minutes lsp：請安裝 minutes 或設定 minutes.server.path。`,
    );
  }
}

async function stop(): Promise<void> {
  const running = client;
  client = undefined;
  if (running) {
    await running.stop();
  }
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}

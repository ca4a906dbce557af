import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';

/** `minutes/preview`'s params and result (src/MinutesLang.Cli/LanguageServer/Preview.cs). */
interface PreviewParams {
  textDocument: { uri: string };
}

interface PreviewResult {
  uri: string;
  version?: number | null;
  html?: string | null;
  message?: string | null;
  errors: number;
  lines: number[];
}

const previewRequest = 'minutes/preview';

/**
 * The live preview: a webview beside the editor showing the record in the official layout (the html of
 * `minutes render --to html`, rendered by the server from the buffer as typed), rendered again after each change
 * (debounced, `minutes.preview.debounce` ms) and scrolled to the block of the editor's first visible line through the
 * `data-line` attributes the server puts on each block.
 */
export class PreviewPanel implements vscode.Disposable {
  private static current: PreviewPanel | undefined;

  private readonly panel: vscode.WebviewPanel;
  private readonly disposables: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  private document: vscode.TextDocument;
  private requested = 0;

  /** Opens the preview of `document` beside it, or shows the one open and points it at `document`. */
  static show(client: LanguageClient, document: vscode.TextDocument): void {
    if (PreviewPanel.current) {
      PreviewPanel.current.document = document;
      PreviewPanel.current.panel.reveal(vscode.ViewColumn.Beside, true);
      PreviewPanel.current.update();
      return;
    }
    PreviewPanel.current = new PreviewPanel(client, document);
  }

  private constructor(private readonly client: LanguageClient, document: vscode.TextDocument) {
    this.document = document;
    this.panel = vscode.window.createWebviewPanel('minutes.preview', title(document), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true,
      enableFindWidget: true,
      localResourceRoots: [],
    });
    this.panel.onDidDispose(() => this.dispose(), null, this.disposables);
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document.uri.toString() === this.document.uri.toString()) {
        this.schedule();
      }
    }, null, this.disposables);
    vscode.window.onDidChangeActiveTextEditor((editor) => {
      if (editor && editor.document.languageId === 'minutes' && editor.document.uri.toString() !== this.document.uri.toString()) {
        this.document = editor.document;
        this.update();
      }
    }, null, this.disposables);
    vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
      if (e.textEditor.document.uri.toString() === this.document.uri.toString() && e.visibleRanges.length > 0) {
        void this.panel.webview.postMessage({ type: 'scroll', line: e.visibleRanges[0].start.line });
      }
    }, null, this.disposables);
    this.update();
  }

  private schedule(): void {
    if (this.timer) {
      clearTimeout(this.timer);
    }
    const wait = vscode.workspace.getConfiguration('minutes').get<number>('preview.debounce', 300);
    this.timer = setTimeout(() => this.update(), wait);
  }

  /** Asks the server for the preview of the document; an answer older than the last request is dropped. */
  private async update(): Promise<void> {
    const ticket = ++this.requested;
    const document = this.document;
    this.panel.title = title(document);
    let result: PreviewResult;
    try {
      const params: PreviewParams = { textDocument: { uri: document.uri.toString() } };
      result = await this.client.sendRequest<PreviewResult>(previewRequest, params);
    } catch (e) {
      result = { uri: document.uri.toString(), html: null, message: `minutes lsp: ${String(e)}`, errors: 0, lines: [] };
    }
    if (ticket !== this.requested) {
      return;
    }
    // the page scrolls itself to the editor's first visible line once loaded (a message posted now could come before its script)
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === document.uri.toString());
    const line = editor && editor.visibleRanges.length > 0 ? editor.visibleRanges[0].start.line : 0;
    this.panel.webview.html = page(result, nonce(), line);
  }

  dispose(): void {
    PreviewPanel.current = undefined;
    if (this.timer) {
      clearTimeout(this.timer);
    }
    this.panel.dispose();
    for (const d of this.disposables.splice(0)) {
      d.dispose();
    }
  }
}

function title(document: vscode.TextDocument): string {
  const name = document.uri.path.split('/').pop() ?? 'minutes';
  return `預覽 ${name}`;
}

function nonce(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let s = '';
  for (let i = 0; i < 32; i++) {
    s += chars.charAt(Math.floor(Math.random() * chars.length));
  }
  return s;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The webview's page: the server's html with a content security policy (its own inline style, our one script) and the
 * script that scrolls to the last block whose `data-line` is at or above the editor's first visible line (`firstLine` at
 * once, then each line the extension posts); or the server's message alone.
 */
export function page(result: PreviewResult, nonceValue: string, firstLine = 0): string {
  const csp = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'nonce-${nonceValue}';">`;
  const banner = result.message ? `<div id="minutes-message" style="position:sticky;top:0;background:#fff3cd;color:#000;padding:.4em .8em;border-bottom:1px solid #c90;font-family:sans-serif;font-size:12px">${escapeHtml(result.message)}</div>` : '';
  const script = `<script nonce="${nonceValue}">
(function () {
  function blocks() { return Array.prototype.slice.call(document.querySelectorAll('[data-line]')); }
  function scrollTo(line) {
    var best = null;
    blocks().forEach(function (b) { if (Number(b.getAttribute('data-line')) <= line) { best = b; } });
    if (best) { best.scrollIntoView({ block: 'start' }); } else { window.scrollTo(0, 0); }
  }
  window.addEventListener('message', function (e) { if (e.data && e.data.type === 'scroll') { scrollTo(e.data.line); } });
  scrollTo(${Math.max(0, Math.floor(firstLine))});
})();
</script>`;
  if (!result.html) {
    return `<!DOCTYPE html><html><head><meta charset="utf-8">${csp}</head><body>${banner || '<p>—</p>'}</body></html>`;
  }
  let html = result.html.replace(/<head>/i, `<head>${csp}`);
  html = html.replace(/<body([^>]*)>/i, (m) => `${m}${banner}`);
  return html.replace(/<\/body>/i, `${script}</body>`);
}

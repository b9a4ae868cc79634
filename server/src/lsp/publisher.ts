// Diagnostics go out only when they change: the last diagnostics sent for each file are kept and each
// new result is compared with them, so that re-checking a thousand files of a driver sends only the few
// that differ. An edited document is the exception: it is always answered, with its version, so the
// editor knows its diagnostics are current. A file's diagnostics are its findings (those no comment
// suppresses) followed by its unused suppression comments.

import type { PublishDiagnosticsParams } from 'vscode-languageserver/node';
import type { Finding, SkippedFunction, UnusedSuppression } from '../analysis/findings';
import type { DiagnosticNames } from './diagnostics';
import { skippedFunctionDiagnostic, toDiagnostic, unusedSuppressionDiagnostic } from './diagnostics';

/** What was published for a file: the data the diagnostics were made from (quick-fixes need it). */
export interface Published {
  readonly findings: readonly Finding[];
  readonly unused: readonly UnusedSuppression[];
  /** Functions whose path rules were skipped (over the analysis budget). */
  readonly skipped?: readonly SkippedFunction[];
}

interface Sent extends Published {
  /** The diagnostics as sent, serialized for the comparison. */
  readonly key: string;
  /** The document version they are for (open documents only). */
  readonly version: number | undefined;
}

const NOTHING = '[]';

export class Publisher {
  private readonly sent = new Map<string, Sent>();

  constructor(private readonly send: (params: PublishDiagnosticsParams) => void, private readonly names: DiagnosticNames) {}

  /**
   * Sends a file's diagnostics if they differ from the last ones sent (a file never sent has none), or
   * in any case when `always`. `version`: the open document's version the findings are for.
   */
  publish(path: string, published: Published, version: number | undefined, always: boolean): void {
    const diagnostics = [
      ...published.findings.map((finding) => toDiagnostic(finding, this.names)),
      ...published.unused.map(unusedSuppressionDiagnostic),
      ...(published.skipped ?? []).map(skippedFunctionDiagnostic),
    ];
    const key = JSON.stringify(diagnostics);
    const previous = this.sent.get(path);
    const unchanged = key === (previous?.key ?? NOTHING);
    // An open document's findings are recorded as those of its current version, sent or not.
    if (key === NOTHING && version === undefined) this.sent.delete(path);
    else this.sent.set(path, { key, findings: published.findings, unused: published.unused, skipped: published.skipped, version });
    if (unchanged && !always) return;
    this.send({ uri: this.names.uriOf(path), ...(version !== undefined ? { version } : {}), diagnostics });
  }

  /** What was last published for an open document, if it is for this version. */
  publishedFor(path: string, version: number): Published | undefined {
    const sent = this.sent.get(path);
    return sent && sent.version === version ? sent : undefined;
  }

  /** Clears every file's diagnostics (the analysis was turned off). */
  clearAll(): void {
    for (const [path, sent] of this.sent) if (sent.key !== NOTHING) this.send({ uri: this.names.uriOf(path), diagnostics: [] });
    this.sent.clear();
  }

  /** The files that have diagnostics in the editor now. */
  paths(): string[] {
    return [...this.sent].filter(([, sent]) => sent.key !== NOTHING).map(([path]) => path);
  }

  /** Forgets the version a document's diagnostics were for (it was closed). */
  forgetVersion(path: string): void {
    const sent = this.sent.get(path);
    if (!sent) return;
    if (sent.key === NOTHING) this.sent.delete(path);
    else this.sent.set(path, { ...sent, version: undefined });
  }
}

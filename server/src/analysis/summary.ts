// What a function of the workspace does, on its paths, to what its caller hands it: the types that
// the path engine applies at each call and summaries.ts computes from a function's paths.
//
// Effects are written against the callee's parameters: `$0->Socket`, `*$1`; globals keep their names.
// Each effect says when it happens: on every path (`always`), on the paths that return success
// (`success`: a caller's `!NT_SUCCESS(result)` proves it did not happen), or on some paths (`maybe`).

import type { Note } from './paths/state';

export type When = 'always' | 'success' | 'maybe';

export interface Effect {
  /** The access path the effect is on, in the callee's terms: `$0->Socket`, `*$1`, `g_Sd`. */
  readonly path: string;
  readonly when: When;
  /** Where inside the callee it happens (none for a declared wrapper, whose body is elsewhere). */
  readonly note?: Note;
}

export interface Summary {
  readonly name: string;
  readonly file: string;
  /** Sockets the function binds. */
  readonly binds: readonly Effect[];
  /** Sockets the function applies SO_WSK_SECURITY to (on any path). */
  readonly applies: readonly Effect[];
  /** Paths that hold a cached copy when the function returns. */
  readonly caches: readonly Effect[];
  /** The function returns a cached copy. */
  readonly returnsCached?: Effect;
  /** Descriptors (held by these paths at the call) the function releases. */
  readonly releases: readonly Effect[];
  /** Values (held by these paths at the call) the function keeps: stores, returns or gives away. */
  readonly keeps: readonly string[];
  /** Paths the function writes (their old value is gone for the caller). */
  readonly writes: readonly string[];
  /** The function waits for IRPs (KeWaitForSingleObject, or a helper that does). */
  readonly waits: boolean;
  /** The function returns an IRP that may be NULL (and where it allocates it, when its body is known). */
  readonly returnsIrp?: Note | true;
  /** The function returns a status the caller can test with NT_SUCCESS. */
  readonly returnsStatus: boolean;
  /**
   * Every path returns what the caller handed in at one of these paths (`$1`, `$0->Irp->IoStatus.Status`):
   * a wait helper returns the status of the call whose IRP it waited for.
   */
  readonly returnsPassedIn?: readonly string[];
  /** Descriptors handed in that an IRP the function issued may still carry when it returns. */
  readonly pendingUses: readonly Effect[];
}

/** What the engine needs to see through calls. */
export interface SummaryProvider {
  /** The summary of the function a call names, or undefined when its body is unknown or irrelevant. */
  summaryOf(name: string, argumentCount: number): Summary | undefined;
}


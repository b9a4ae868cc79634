// What a function of the workspace does, on its paths, to what its caller hands it: the types that
// the path engine applies at each call and summaries.ts computes from a function's paths.
//
// Effects are written against the callee's parameters: `$0->Socket`, `*$1`; globals keep their names.
// Each effect says when it happens: on every path (`always`), on the paths that return success
// (`success`: a caller's `!NT_SUCCESS(result)` proves it did not happen), or on some paths (`maybe`).

import type { ObjectKindName } from '../wsk/api';
import type { Note, RoutineSet, SocketBirth } from './paths/state';

export type When = 'always' | 'success' | 'maybe';

export interface Effect {
  /** The access path the effect is on, in the callee's terms: `$0->Socket`, `*$1`, `g_Sd`. */
  readonly path: string;
  readonly when: When;
  /** Where inside the callee it happens (none for a declared wrapper, whose body is elsewhere). */
  readonly note?: Note;
}

/** An effect on an object of one kind. */
export interface ObjectEffect extends Effect {
  readonly kind: ObjectKindName;
  /** A returned object that may be NULL (an IRP whose allocation was not checked): a NULL test tells. */
  readonly nullable?: boolean;
  /** An end that happens unless the object is NULL (`if (*Sd) release(Sd)`): a NULL handed in is fine. */
  readonly unlessNull?: boolean;
  /** The effect is on the objects that belong to the one at `path` (the captures of a registration). */
  readonly owner?: boolean;
  /**
   * A created object that belongs to the one at this path (a capture: its registration); its own
   * `path` is then empty when no storage of the caller's holds it.
   */
  readonly of?: string;
  /** A created IRP's setup as the function leaves it (see IrpSetupEffect): the caller's IRP starts from it. */
  readonly setup?: Omit<IrpSetupEffect, 'path'>;
}

export interface Summary {
  readonly name: string;
  readonly file: string;
  /** Sockets the function binds. */
  readonly binds: readonly Effect[];
  /** Sockets the function applies SO_WSK_SECURITY to (on any path). */
  readonly applies: readonly Effect[];
  /** Paths that hold an object the function made when it returns (`*$1`: a cached copy, a socket). */
  readonly creates: readonly ObjectEffect[];
  /** The function returns an object it made (a cached copy; an IRP, NULL when its allocation failed). */
  readonly returns?: ObjectEffect;
  /** Objects (held by these paths at the call) the function ends: releases, closes, frees. */
  readonly ends: readonly ObjectEffect[];
  /** Values (held by these paths at the call) the function keeps: stores, returns or gives away. */
  readonly keeps: readonly string[];
  /** Paths the function writes (their old value is gone for the caller). */
  readonly writes: readonly string[];
  /** Paths that hold NULL on every way out (`Release(Ctx)` releases `Ctx->Sd`, then sets it to NULL). */
  readonly nulls?: readonly string[];
  /** The function waits for IRPs (KeWaitForSingleObject, or a helper that does). */
  readonly waits: boolean;
  /** The function returns a status the caller can test with NT_SUCCESS. */
  readonly returnsStatus: boolean;
  /**
   * Every path returns what the caller handed in at one of these paths (`$1`, `$0->Irp->IoStatus.Status`):
   * a wait helper returns the status of the call whose IRP it waited for.
   */
  readonly returnsPassedIn?: readonly string[];
  /**
   * IRPs handed in whose WSK call's status it returns, on every path that returns a call's status
   * (`return WskBind(…, $3)`): the caller's read of that IRP's IoStatus.Status after a wait is the status
   * of this call, so that a failure it tests undoes what the helper does on success, as for an inlined call.
   */
  readonly statusIrps?: readonly string[];
  /**
   * IRPs handed in whose IoStatus.Information is a new socket once the call succeeded (a WskSocket,
   * WskSocketConnect or WskAccept on them, whose status it returns): the caller reads it as its own.
   */
  readonly yields?: readonly SocketYield[];
  /** The status it returns may be STATUS_PENDING (a WSK call's, not waited for): the caller's test of it tells. */
  readonly returnsPending?: boolean;
  /** Descriptors handed in that an IRP the function issued may still carry when it returns. */
  readonly pendingUses: readonly Effect[];
  /**
   * Objects it made that the caller's storage still holds on a path that returns failure (a start
   * routine that registers, then fails without deregistering): `always` when every failing path holds it.
   */
  readonly failsHolding?: readonly ObjectEffect[];
  /** Kinds of object it ends through an alias its caller cannot name: any of the caller's may be ended. */
  readonly endsUnseen?: readonly ObjectKindName[];
  /** What it does to the setup of IRPs handed in: reinitialises, sets a completion routine, gives to WSK. */
  readonly irpSetups?: readonly IrpSetupEffect[];
  /** Completion routines it sets on IRPs handed in, on some path (whatever happens to the IRP after). */
  readonly setsRoutine?: readonly { readonly path: string; readonly routine: RoutineSet }[];
  /**
   * Memory handed in that it frees or unlocks on some path before anything there may wait (IoFreeMdl,
   * MmUnlockPages, ExFreePool*; directly or through helpers): a request of the caller's that may still be
   * pending and uses it (WSK015) loses it at the call.
   */
  readonly freesMemory?: readonly MemoryFree[];
}

/** A new socket in the IoStatus.Information of an IRP handed in (see Summary.yields): `bound` from birth. */
export interface SocketYield extends SocketBirth {
  readonly path: string;
  readonly bound: boolean;
  readonly note: Note;
}

/** Memory a function frees or unlocks (see Summary.freesMemory); `routine` names the kernel routine, `note` where (with its file). */
export interface MemoryFree extends Effect {
  readonly routine: string;
  readonly note: Note & { readonly file: string };
}

/**
 * A helper's effect on the setup of an IRP handed in (see IrpSetup): each part is what every way out
 * leaves, `null` when its ways out leave it unclear (the caller forgets it), undefined when untouched.
 */
export interface IrpSetupEffect {
  readonly path: string;
  readonly since?: Note | null;
  readonly routine?: RoutineSet | false | null;
  readonly usedBy?: { readonly note: Note } | false | null;
}

/** What the engine needs to see through calls. */
export interface SummaryProvider {
  /** The summary of the function a call names, or undefined when its body is unknown or irrelevant. */
  summaryOf(name: string, argumentCount: number): Summary | undefined;
  /** Whether a function of the workspace may free or unlock memory it is handed (see Summary.freesMemory): the states before its calls are kept. */
  mayFreeMemory?(name: string): boolean;
}


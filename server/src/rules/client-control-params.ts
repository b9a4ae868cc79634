import type { Rule } from '../analysis/rule';
import { breachFixes, breachMessage, breaches } from './argument-contract';

export const rule: Rule = {
  meta: { id: 'WSK012', name: 'client-control-params', severity: 'error', fix: 'safe' },
  docs: {
    summary: 'A WskControlClient call with WSK_CACHE_SD or WSK_RELEASE_SD whose sizes, buffers or Irp break the contract.',
    why: [
      'WSK_CACHE_SD reads the descriptor to cache through `InputBuffer` (the address of a `PSECURITY_DESCRIPTOR`) and',
      'writes the cached copy through `OutputBuffer`; WSK_RELEASE_SD reads the copy to release through `InputBuffer`.',
      'Each size is `sizeof(PSECURITY_DESCRIPTOR)` (0 for the output of a release), OutputSizeReturned is `NULL`, and —',
      'unlike SO_WSK_SECURITY — both complete synchronously: the Irp must be `NULL`. A wrong argument leaks the',
      'cached copy, releases the wrong one, or fails the request.',
    ].join(' '),
    invalid: `NTSTATUS
ReleaseDescriptor(PWSK_PROVIDER_NPI Npi, PSECURITY_DESCRIPTOR Cached, PIRP Irp)
{
    return Npi->Dispatch->WskControlClient(Npi->Client, WSK_RELEASE_SD,
        sizeof(PSECURITY_DESCRIPTOR), &Cached, 0, NULL, NULL, Irp);
}
`,
    valid: `NTSTATUS
CacheDescriptor(PWSK_PROVIDER_NPI Npi, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Cached)
{
    return Npi->Dispatch->WskControlClient(Npi->Client, WSK_CACHE_SD,
        sizeof(PSECURITY_DESCRIPTOR), &Sd,
        sizeof(PSECURITY_DESCRIPTOR), Cached, NULL, NULL);
}
`,
    fixWhen: 'sizes, `&sd` and `NULL`: always, also in an argument of the project\'s macro',
    fixSafety: 'Safe for sizes, `sd` → `&sd`, and arguments that must be NULL.',
  },
  onCall(call, context) {
    if (!call.operation || call.operation.family !== 'clientControl') return;
    for (const breach of breaches(call, ['size', 'buffer', 'irp'], context)) {
      context.report({ target: breach.node, message: breachMessage(call, breach, context), fixes: breachFixes(call, breach, context) });
    }
  },
};

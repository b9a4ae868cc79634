import type { Rule } from '../analysis/rule';
import type { Note } from '../analysis/paths';
import { descriptorArgument, descriptorValue, ownsOperation, related, statementInBlock, statesAt } from './path-support';
import { callerPath } from '../analysis/access';
import { capitalised, message } from './render';

export const rule: Rule = {
  meta: { id: 'WSK009', name: 'release-unmatched', severity: 'error', fix: 'safe' },
  docs: {
    summary: 'WSK_RELEASE_SD of a descriptor that was never cached or was already released on a path, or a use of a released copy.',
    why: [
      'WSK_RELEASE_SD gives a cached copy back to WSK. Releasing it twice, or releasing a descriptor that WSK never',
      'cached (the address of a SECURITY_DESCRIPTOR object, pool memory the driver built itself), corrupts WSK\'s',
      'reference counting and crashes the system later, far from the bug. A released copy must not be applied to a',
      'socket either.',
      '\n\nHow far it sees: a release through a helper counts as that helper\'s summary says; a helper that',
      'releases a field without testing it for NULL and then clears it, called twice on one path, releases NULL',
      'the second time (reported at the helper\'s name). A helper that tests for NULL first may be called any',
      'number of times. A local that only copies a parameter, or a variable set once at the top of the function',
      '(`PLISTENER listener = (PLISTENER)Context;`), is that variable: what is released through it is released',
      'for the other name too, in the helper and in its caller.',
    ].join(' '),
    invalid: `VOID
Cleanup(PWSK_PROVIDER_NPI Npi, PSECURITY_DESCRIPTOR Cached, BOOLEAN Failed)
{
    Npi->Dispatch->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &Cached,
                                    0, NULL, NULL, NULL);
    if (Failed) {
        Npi->Dispatch->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &Cached,
                                        0, NULL, NULL, NULL);
    }
}
`,
    valid: `VOID
Cleanup(PWSK_PROVIDER_NPI Npi, PSECURITY_DESCRIPTOR Cached)
{
    if (Cached != NULL) {
        Npi->Dispatch->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &Cached,
                                        0, NULL, NULL, NULL);
    }
}
`,
    fixWhen: 'when the copy is already released on every path to the second release and the release is a statement of its own',
    fixSafety: 'Safe: removes the second release, offered only when the copy is already released on every path that reaches it and the release is a statement of its own in a block.',
  },
  onFunction({ definition, helperEffects }, context) {
    // A release helper called for a copy that is already released: reported at the helper's name.
    if (!helperEffects.has('ends descriptor')) return;
    const paths = context.paths(definition);
    if (!paths || paths.budgetExceeded) return;
    const typeName = (name: string) => context.values.types.isTypeName(name);
    for (const helper of paths.helperCalls) {
      for (const effect of helper.summary.ends.filter((end) => end.kind === 'descriptor' && !end.owner)) {
        if (effect.when === 'maybe') continue;
        const path = callerPath(effect.path, helper.args, typeName);
        if (!path) continue;
        const states = paths.statesBefore(helper.node);
        const previous = states.map((state) => state.object(state.read(path), 'descriptor')).find((d) => d?.state === 'ended' && !d.maybe)?.note;
        // A helper that releases without testing for NULL, called for a field a release cleared: it releases NULL.
        const cleared = effect.unlessNull ? undefined : states.map((state) => state.factsOf(state.read(path)).isNull).find((note) => note);
        if (!previous && cleared) {
          context.report({
            target: helper.callee,
            message: message(
              [`${helper.summary.name} releases ${path}, which holds NULL here: no copy is left to release.`, `${capitalised(cleared.message)} (line ${context.lineOf(cleared.node)}); release the copy once, or test for NULL before releasing.`],
              [`${helper.summary.name} releases NULL: ${path} was cleared at line ${context.lineOf(cleared.node)}.`, 'Release the copy once, or test for NULL before releasing.'],
            ),
            related: [...related(cleared), ...(effect.note ? [{ target: effect.note.node, message: 'the release happens here', file: effect.note.file ?? helper.summary.file }] : [])],
          });
          break;
        }
        if (!previous) continue;
        context.report({
          target: helper.callee,
          message: message(
            [`${helper.summary.name} releases ${path}, which was already released ${previous.file ? 'in another file' : `at line ${context.lineOf(previous.node)}`}.`, 'The first release happens on a path that reaches this call: release the copy once.'],
            [`${helper.summary.name} releases a copy that was already released on a path that reaches this call.`, `${path} is released ${previous.file ? 'in another file' : `at line ${context.lineOf(previous.node)}`} first: release the copy once.`],
          ),
          related: [...related(previous), ...(effect.note ? [{ target: effect.note.node, message: 'the second release happens here', file: effect.note.file ?? helper.summary.file }] : [])],
        });
        break;
      }
    }
  },
  onCall(call, context) {
    const argument = descriptorArgument(call);
    if (!argument || call.operation?.effect === 'cacheDescriptor') return;
    // A release inside a wrapper is the wrapper's: its second release is reported at the helper's name
    // (onFunction); a wrapper that surely releases what its caller passes is judged here only for a
    // descriptor WSK never cached.
    const release = call.operation?.effect === 'releaseDescriptor';
    const helperRelease = release && !ownsOperation(call);
    if (helperRelease && !call.via?.always) return;
    const at = statesAt(call, context);
    if (!at) return;
    let previous: Note | undefined;
    let never: Note | undefined;
    let everyPathReleased = at.states.length > 0;
    for (const state of at.states) {
      const value = descriptorValue(at.paths, state, argument);
      const descriptor = value === undefined ? undefined : state.object(value, 'descriptor');
      if (descriptor?.state === 'ended' && !descriptor.maybe) previous ??= descriptor.note;
      else everyPathReleased = false;
      if (descriptor?.state === 'foreign') never ??= descriptor.note;
    }
    if (previous && !helperRelease) {
      const line = context.lineOf(previous.node);
      // Only a statement that is the release and nothing else goes (not an `if` around it, nor an assignment of its status).
      const enclosing = release && everyPathReleased ? statementInBlock(call.node) : undefined;
      const statement = enclosing?.type === 'expression_statement' && enclosing.namedChild(0)?.id === call.node.id ? enclosing : undefined;
      context.report({
        target: argument.node,
        message: release
          ? message([`This copy was already released at line ${line} on a path that reaches this second WSK_RELEASE_SD.`, 'A copy is released once: remove this release, or set the variable to NULL after the first and test it here.'])
          : message(
            [`This descriptor copy was released at line ${line} before ${call.via ? `${call.api.name} (in ${call.via.wrapper})` : call.api.name} uses it here.`, 'A released copy may be gone: release it after its last use, or cache the descriptor again.'],
            [`This descriptor copy was released at line ${line} before ${call.api.name} uses it here.`, `${call.via ? `${call.via.wrapper} hands it to ${call.api.name}. ` : ''}A released copy may be gone: release it after its last use, or cache the descriptor again.`],
          ),
        related: related(previous),
        fixes: statement && !context.inMacro(statement)
          ? [{ title: 'Remove the second release', edits: [{ target: { start: statement.previousSibling?.endIndex ?? statement.startIndex, end: statement.endIndex }, newText: '' }], preferred: true }]
          : [],
      });
    } else if (release && never && !previous) {
      context.report({
        target: argument.node,
        message: message(
          [`WSK_RELEASE_SD of a descriptor that WSK never cached: ${never.message} (line ${context.lineOf(never.node)}).`, 'WSK_RELEASE_SD releases only the copies that WSK_CACHE_SD or an SO_WSK_SECURITY get returned.'],
          [`WSK_RELEASE_SD of a descriptor that WSK never cached (line ${context.lineOf(never.node)}).`, `It is ${never.message}. WSK_RELEASE_SD releases only the copies that WSK_CACHE_SD or an SO_WSK_SECURITY get returned.`],
        ),
        related: related(never),
      });
    }
  },
};

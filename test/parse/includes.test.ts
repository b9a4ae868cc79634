// Which file an #include names: next to the includer and under the roots for "…", the include
// directories of the build files (.vcxproj with its property sheets, compile_commands.json) for both,
// then the one file of the workspace with that name; names compare without case, as on Windows.

import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { BuildIncludes } from '../../server/src/parse/sources/build';
import type { BuildFile } from '../../server/src/parse/sources/build';
import { IncludeResolver } from '../../server/src/parse/sources/includes';

const ROOT = path.resolve('/ws');
const at = (...parts: string[]) => path.join(ROOT, ...parts);
const quoted = (name: string) => ({ path: name, angled: false });
const angled = (name: string) => ({ path: name, angled: true });

function project(directories: string, extra = ''): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<Project DefaultTargets="Build" xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
  ${extra}
  <ItemGroup>
    <ClCompile Include="main.c" />
  </ItemGroup>
  <ItemDefinitionGroup>
    <ClCompile>
      <AdditionalIncludeDirectories>${directories}</AdditionalIncludeDirectories>
    </ClCompile>
  </ItemDefinitionGroup>
</Project>
`;
}

/** The include directories the build files give a file, relative to the root. */
function directoriesOf(files: readonly BuildFile[], file: string, folders: readonly string[] = []): string[] {
  const known = new Set(folders.map((folder) => at(folder)));
  return BuildIncludes.read(files).directoriesOf(at(file), (folder) => known.has(folder)).map((folder) => path.relative(ROOT, folder));
}

describe('"…" includes', () => {
  test('next to the including file first, then under each root', () => {
    const resolver = IncludeResolver.of([at('drv/util.h'), at('util.h'), at('common/only.h')], [ROOT, at('common')]);
    expect(resolver.resolve(quoted('util.h'), at('drv/main.c'))).toBe(at('drv/util.h'));
    expect(resolver.resolve(quoted('util.h'), at('other/main.c'))).toBe(at('util.h'));
    expect(resolver.resolve(quoted('only.h'), at('drv/main.c'))).toBe(at('common/only.h'));
  });

  test('without case, as on Windows; backslashes separate folders', () => {
    const resolver = IncludeResolver.of([at('drv/inc/Trace.h')]);
    expect(resolver.resolve(quoted('INC\\trace.H'), at('drv/main.c'))).toBe(at('drv/inc/Trace.h'));
  });

  test('fall back to the one file of that name when nothing else finds it', () => {
    const resolver = IncludeResolver.of([at('lib/deep/helpers.h')], [ROOT]);
    expect(resolver.resolve(quoted('helpers.h'), at('drv/main.c'))).toBe(at('lib/deep/helpers.h'));
  });
});

describe('<…> includes', () => {
  test('never next to the including file nor under the roots; the only file of that name instead', () => {
    const resolver = IncludeResolver.of([at('drv/config.h'), at('lib/config.h')], [ROOT]);
    // Two config.h: neither is taken, the one beside the includer neither.
    expect(resolver.resolve(angled('config.h'), at('drv/main.c'))).toBeUndefined();
    expect(resolver.resolve(quoted('config.h'), at('drv/main.c'))).toBe(at('drv/config.h'));
  });

  test('the only file whose path ends with the include\'s path: <net/levels.h> needs a net folder', () => {
    const resolver = IncludeResolver.of([at('lib/net/levels.h'), at('lib/other/levels.h')]);
    expect(resolver.resolve(angled('net/levels.h'), at('drv/main.c'))).toBe(at('lib/net/levels.h'));
    expect(resolver.resolve(angled('levels.h'), at('drv/main.c'))).toBeUndefined();
    expect(resolver.resolve(angled('NET/Levels.H'), at('drv/main.c'))).toBe(at('lib/net/levels.h'));
  });

  test('a header that includes its own name means another one (a wrapper of a system header)', () => {
    const resolver = IncludeResolver.of([at('shim/stdio.h'), at('crt/stdio.h')]);
    expect(resolver.resolve(angled('stdio.h'), at('shim/stdio.h'))).toBe(at('crt/stdio.h'));
  });

  test('the WDK\'s headers are not in the workspace: unresolved', () => {
    expect(IncludeResolver.of([at('drv/main.c')]).resolve(angled('ntddk.h'), at('drv/main.c'))).toBeUndefined();
  });

  test('the include directories of the build files come first, of the file analysed, then of the includer', () => {
    const build = BuildIncludes.read([{ path: at('drv/drv.vcxproj'), text: project('..\\inc;%(AdditionalIncludeDirectories)') }]);
    const resolver = IncludeResolver.of([at('inc/config.h'), at('lib/config.h'), at('drv/main.c'), at('lib/wrap.h')], [ROOT], build);
    expect(resolver.resolve(angled('config.h'), at('drv/main.c'))).toBe(at('inc/config.h'));
    // lib/wrap.h, included from drv/main.c, resolves in main.c's directories.
    expect(resolver.resolve(angled('config.h'), at('lib/wrap.h'), at('drv/main.c'))).toBe(at('inc/config.h'));
    // Analysed on its own, it has none: two config.h, nothing taken.
    expect(resolver.resolve(angled('config.h'), at('lib/wrap.h'))).toBeUndefined();
  });

  test('a disk probe finds a header beyond the workspace\'s files, in the same order', () => {
    const build = BuildIncludes.read([{ path: at('drv/drv.vcxproj'), text: project('..\\inc;..\\more') }]);
    const onDisk = new Set([at('more/config.h'), at('inc/config.h')]);
    const disk = { file: (candidate: string) => (onDisk.has(candidate) ? candidate : undefined), folder: () => false };
    const resolver = IncludeResolver.of([at('drv/main.c')], [], build, disk);
    expect(resolver.resolve(angled('config.h'), at('drv/main.c'))).toBe(at('inc/config.h'));
  });

  test('a closure follows headers through headers, each once, in the order first met, with the #includes that reached them', () => {
    const resolver = IncludeResolver.of([at('a.c'), at('b.h'), at('c.h'), at('d.h')]);
    const includes: Record<string, { path: string; angled: boolean; offset: number }[]> = {
      [at('a.c')]: [{ ...quoted('b.h'), offset: 0 }, { ...angled('d.h'), offset: 20 }],
      [at('b.h')]: [{ ...quoted('c.h'), offset: 5 }, { ...quoted('b.h'), offset: 30 }, { ...quoted('a.c'), offset: 40 }],
      [at('c.h')]: [{ ...angled('d.h'), offset: 7 }, { ...quoted('missing.h'), offset: 9 }],
    };
    const closure = resolver.closure(at('a.c'), (file) => includes[file]);
    expect(closure.headers).toEqual([at('b.h'), at('c.h'), at('d.h')]);
    expect([...closure.reachedAt]).toEqual([[at('b.h'), [0]], [at('c.h'), [0, 5]], [at('d.h'), [0, 5, 7]]]);
  });

  test('files added and deleted change what resolves', () => {
    const resolver = IncludeResolver.of([at('lib/config.h')]);
    expect(resolver.resolve(angled('config.h'), at('main.c'))).toBe(at('lib/config.h'));
    resolver.add(at('other/config.h'));
    expect(resolver.resolve(angled('config.h'), at('main.c'))).toBeUndefined();
    resolver.delete(at('lib/config.h'));
    expect(resolver.resolve(angled('config.h'), at('main.c'))).toBe(at('other/config.h'));
  });
});

describe('.vcxproj', () => {
  test('a ;-separated list over several lines; %(…) and unknown properties left out; relative to the project', () => {
    const text = project(`
        ..\\inc;
        $(DDK_INC_PATH);
        $(IntDir)\\generated;
        $(ProjectDir)include\\;
        "..\\quoted dir";
        %(AdditionalIncludeDirectories)
      `);
    expect(directoriesOf([{ path: at('drv/drv.vcxproj'), text }], 'drv/main.c')).toEqual(['inc', 'drv/include', 'quoted dir']);
  });

  test('$(SolutionDir): the folder of the solution when it is in the workspace, else the first folder up holding the rest', () => {
    const text = project('$(SolutionDir)inc;$(SolutionDir)src\\common');
    const vcxproj = { path: at('src/drv/drv.vcxproj'), text };
    expect(directoriesOf([vcxproj], 'src/drv/main.c', ['inc', 'src/common', 'src/drv/inc'])).toEqual(['src/drv/inc', 'src/common']);
    expect(directoriesOf([vcxproj, { path: at('Driver.sln'), text: '' }], 'src/drv/main.c', ['src/drv/inc'])).toEqual(['inc', 'src/common']);
    // No folder holds it: left out.
    expect(directoriesOf([vcxproj], 'src/drv/main.c')).toEqual([]);
  });

  test('imported property sheets and the nearest Directory.Build.props count, in MSBuild\'s order', () => {
    const sheet = `<Project><ItemDefinitionGroup><ClCompile>
      <AdditionalIncludeDirectories>$(MSBuildThisFileDirectory)shared;%(AdditionalIncludeDirectories)</AdditionalIncludeDirectories>
    </ClCompile></ItemDefinitionGroup></Project>`;
    const buildProps = '<Project><PropertyGroup><IncludePath>$(VC_IncludePath);$(MSBuildThisFileDirectory)top</IncludePath></PropertyGroup></Project>';
    const files = [
      { path: at('drv/drv.vcxproj'), text: project('own', '<Import Project="..\\props\\common.props" /><Import Project="$(VCTargetsPath)\\Microsoft.Cpp.props" />') },
      { path: at('props/common.props'), text: sheet },
      { path: at('Directory.Build.props'), text: buildProps },
    ];
    expect(directoriesOf(files, 'drv/main.c')).toEqual(['top', 'props/shared', 'drv/own']);
  });

  test('the files a project lists take its directories; other files those of the nearest project above them', () => {
    const files = [
      { path: at('drv/drv.vcxproj'), text: project('inc-drv').replace('"main.c"', '"..\\shared\\util.c"') },
      { path: at('tool/tool.vcxproj'), text: project('inc-tool') },
    ];
    expect(directoriesOf(files, 'shared/util.c')).toEqual(['drv/inc-drv']);
    expect(directoriesOf(files, 'drv/sub/helper.h')).toEqual(['drv/inc-drv']);
    expect(directoriesOf(files, 'tool/main.c')).toEqual(['tool/inc-tool']);
    expect(directoriesOf(files, 'elsewhere/x.c')).toEqual([]);
  });

  test('XML comments and entities; a project that is not XML gives nothing and does not throw', () => {
    const text = project('<!-- ..\\old; -->..\\a&amp;b;..\\c');
    expect(directoriesOf([{ path: at('drv/drv.vcxproj'), text }], 'drv/main.c')).toEqual(['a&b', 'c']);
    expect(directoriesOf([{ path: at('drv/drv.vcxproj'), text: '\u0000<<<>>> not xml <Project' }], 'drv/main.c')).toEqual([]);
  });
});

describe('compile_commands.json', () => {
  const entry = (file: string, command: string | string[], directory = 'build') => ({ directory, file, ...(Array.isArray(command) ? { arguments: command } : { command }) });
  const read = (entries: unknown) => [{ path: at('compile_commands.json'), text: JSON.stringify(entries) }];

  test('-I, /I, -isystem and /external:I, joined or apart, relative to the entry\'s directory', () => {
    const files = read([
      entry('../src/a.c', 'cl.exe /nologo /I ..\\inc /Iwin -isystem /opt/sdk/include /external:I ext /c ../src/a.c'),
      entry(at('src/b.c'), ['clang', '-I', 'one', '-Itwo', '--include-directory=three', '-c', 'b.c']),
      entry('../src/c.c', '"C:\\Program Files\\cc.exe" "-IC:\\Kits\\Include" -I "spaced dir" -c ../src/c.c'),
    ]);
    expect(directoriesOf(files, 'src/a.c')).toEqual(['inc', 'build/win', path.relative(ROOT, '/opt/sdk/include'), 'build/ext']);
    expect(directoriesOf(files, 'src/b.c')).toEqual(['build/one', 'build/two', 'build/three']);
    // A Windows drive is left out elsewhere than on Windows.
    expect(directoriesOf(files, 'src/c.c')).toEqual(process.platform === 'win32' ? ['C:\\Kits\\Include', 'build/spaced dir'] : ['build/spaced dir']);
  });

  test('a header takes the directories of the sources in its folder; malformed entries are skipped', () => {
    const files = read([entry('../src/a.c', 'cc -Ione -c a.c'), entry('../src/b.c', 'cc -Itwo -c b.c'), { file: 42 }, 'nonsense']);
    expect(directoriesOf(files, 'src/a.h')).toEqual(['build/one', 'build/two']);
    expect(directoriesOf([{ path: at('compile_commands.json'), text: '{ not json' }], 'src/a.c')).toEqual([]);
  });
});

// The roles the system calls functions in, computed once per workspace (analysis/roles.ts): the unload
// routine (WDM's DriverUnload, WDF's EvtDriverUnload by assignment or designated initializer) and the
// start routines of work items and system threads (IoQueueWorkItem[Ex], ExInitializeWorkItem,
// PsCreateSystemThread, WDF_WORKITEM_CONFIG_INIT, EvtWorkItemFunc), registered in one file and defined
// in another; look-alikes that register nothing get no role. And a rule that reads them: WSK019 names
// the unload routine at a failing DriverEntry.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { expect, test } from 'vitest';
import { Workspace } from '../../server/src/analysis/workspace';
import type { Roles } from '../../server/src/analysis/roles';
import { RULES } from '../../server/src/rules/index';
import { INCLUDE_DIR } from '../support/fixtures';

const ROOT = '/virtual/roles';

async function withWorkspace<T>(files: Record<string, string>, use: (workspace: Workspace) => T): Promise<T> {
  const workspace = await Workspace.create([ROOT, INCLUDE_DIR]);
  try {
    for (const header of fs.readdirSync(INCLUDE_DIR)) workspace.setFile(path.join(INCLUDE_DIR, header), fs.readFileSync(path.join(INCLUDE_DIR, header), 'utf8'));
    for (const [name, text] of Object.entries(files)) workspace.setFile(path.join(ROOT, name), text);
    for (const name of Object.keys(files)) workspace.parse(path.join(ROOT, name));
    return use(workspace);
  } finally {
    workspace.dispose();
  }
}

const ROUTINES = `
VOID ClientUnload(PDRIVER_OBJECT DriverObject) { }
VOID EvtUnload(WDFDRIVER Driver) { }
VOID Worker(PDEVICE_OBJECT DeviceObject, PVOID Context) { }
VOID WorkerEx(PVOID IoObject, PVOID Context, PIO_WORKITEM Item) { }
VOID ExWorker(PVOID Context) { }
VOID ThreadStart(PVOID Context) { }
VOID EvtWorkItem(WDFWORKITEM Item) { }
VOID EvtOtherWorkItem(WDFWORKITEM Item) { }
VOID NotARoutine(PVOID Context) { }
`;

const REGISTRATIONS = `
NTSTATUS
DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    HANDLE thread;
    WDF_DRIVER_CONFIG config;
    WDF_WORKITEM_CONFIG item;
    WORK_QUEUE_ITEM exItem;

    DriverObject->DriverUnload = ClientUnload;
    WDF_DRIVER_CONFIG_INIT(&config, NULL);
    config.EvtDriverUnload = EvtUnload;
    IoQueueWorkItem(g_Item, (PIO_WORKITEM_ROUTINE)Worker, DelayedWorkQueue, NULL);
    IoQueueWorkItemEx(g_Item, WorkerEx, DelayedWorkQueue, NULL);
    ExInitializeWorkItem(&exItem, ExWorker, NULL);
    PsCreateSystemThread(&thread, THREAD_ALL_ACCESS, NULL, NULL, NULL, &ThreadStart, NULL);
    WDF_WORKITEM_CONFIG_INIT(&item, EvtWorkItem);
    item.EvtWorkItemFunc = EvtOtherWorkItem;
    /* Look-alikes: a call of the routine, a field read, a routine compared. */
    NotARoutine(NULL);
    if (DriverObject->DriverUnload == NotARoutine) {
        return STATUS_UNSUCCESSFUL;
    }
    return STATUS_SUCCESS;
}
`;

test('unload and start routines registered in one file and defined in another, each with its kind and how', async () => {
  await withWorkspace({ 'routines.c': ROUTINES, 'entry.c': REGISTRATIONS }, (workspace) => {
    const roles: Roles = workspace.programView().roles();
    const seen = (name: string) => {
      const role = roles.systemRole(name);
      return role ? `${role.kind} ${role.how} ${path.basename(role.site.file)}` : undefined;
    };
    expect(seen('ClientUnload')).toBe('unload DriverUnload entry.c');
    expect(seen('EvtUnload')).toBe('unload EvtDriverUnload entry.c');
    expect(seen('Worker')).toBe('workItem IoQueueWorkItem entry.c');
    expect(seen('WorkerEx')).toBe('workItem IoQueueWorkItemEx entry.c');
    expect(seen('ExWorker')).toBe('workItem ExInitializeWorkItem entry.c');
    expect(seen('ThreadStart')).toBe('systemThread PsCreateSystemThread entry.c');
    expect(seen('EvtWorkItem')).toBe('workItem WDF_WORKITEM_CONFIG_INIT entry.c');
    expect(seen('EvtOtherWorkItem')).toBe('workItem EvtWorkItemFunc entry.c');
    expect(seen('NotARoutine')).toBeUndefined();
    expect(seen('DriverEntry')).toBeUndefined();
    expect(roles.isStartRoutine('ThreadStart')).toBe(true);
    expect(roles.isStartRoutine('ClientUnload')).toBe(false);
    const entry = workspace.programView().definitionOf('DriverEntry');
    expect(entry && roles.unloadRoutinesSetIn(entry.definition, entry.file.path).map((u) => u.name).sort()).toEqual(['ClientUnload', 'EvtUnload']);
    const other = workspace.programView().definitionOf('Worker');
    expect(other && roles.unloadRoutinesSetIn(other.definition, other.file.path)).toEqual([]);
  });
});

test('a WDF_DRIVER_CONFIG initialised by designator names its unload routine', async () => {
  await withWorkspace({
    'driver.c': `
VOID EvtUnload(WDFDRIVER Driver) { }
static WDF_DRIVER_CONFIG g_Config = { sizeof(WDF_DRIVER_CONFIG), NULL, .EvtDriverUnload = EvtUnload };
`,
  }, (workspace) => {
    expect(workspace.programView().roles().systemRole('EvtUnload')?.kind).toBe('unload');
  });
});

test('WSK019 at a failing DriverEntry names the unload routine, which the I/O manager does not call then', async () => {
  const driver = `#include "wsk-registration.h"

static WSK_REGISTRATION g_Registration;
static const WSK_CLIENT_DISPATCH g_Dispatch = { MAKE_WSK_VERSION(1, 0), 0, NULL };

VOID
ClientUnload(PDRIVER_OBJECT DriverObject)
{
    WskDeregister(&g_Registration);
}

NTSTATUS StartDevices(PDRIVER_OBJECT DriverObject);

NTSTATUS
DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    WSK_CLIENT_NPI npi = { NULL, &g_Dispatch };
    NTSTATUS status = WskRegister(&npi, &g_Registration);

    if (!NT_SUCCESS(status)) {
        return status;
    }
    DriverObject->DriverUnload = ClientUnload;
    status = StartDevices(DriverObject);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    return STATUS_SUCCESS;
}
`;
  await withWorkspace({ 'driver.c': driver }, (workspace) => {
    const file = path.join(ROOT, 'driver.c');
    const findings = workspace.analyze(RULES, undefined, [file]).findings.filter((f) => f.rule === 'WSK019');
    expect(findings.map((f) => f.start.line + 1)).toEqual([26]);
    expect(findings[0].related.map((r) => r.message)).toContain('ClientUnload is the unload routine (DriverUnload): the I/O manager does not call it when DriverEntry fails');
  });
});

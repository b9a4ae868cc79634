//
// trace.h - tracing for the network event logger.
//
// Release builds compile the trace points away; checked builds send them
// to the kernel debugger.
//

#pragma once

#define NL_LEVEL_ERROR      DPFLTR_ERROR_LEVEL
#define NL_LEVEL_INFO       DPFLTR_INFO_LEVEL

#if DBG
#define NL_TRACE(_level, _msg)          DbgPrintEx(DPFLTR_IHVDRIVER_ID, (_level), "netlog: %s\n", (_msg))
#define NL_TRACE_STATUS(_msg, _status)  DbgPrintEx(DPFLTR_IHVDRIVER_ID, NL_LEVEL_ERROR, "netlog: %s: %08x\n", (_msg), (_status))
#else
#define NL_TRACE(_level, _msg)
#define NL_TRACE_STATUS(_msg, _status)
#endif

//
// All WSK requests of the logger complete through NlIoComplete into the
// logger's event.
//
#define NL_PREPARE_IRP(_irp)                                                        \
    IoReuseIrp((_irp), STATUS_UNSUCCESSFUL);                                        \
    IoSetCompletionRoutine((_irp), NlIoComplete, &g_NlLog.IoEvent, TRUE, TRUE, TRUE)

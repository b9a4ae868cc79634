#include "wsk.h"

/* The quick-fix removes a second release, only where every path to it has released the copy already. */

WSK_PROVIDER_NPI g_Npi;

VOID
ReleasedTwice(PSECURITY_DESCRIPTOR Cached)
{
    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &Cached, 0, NULL, NULL, NULL);
    Trace(0);
    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &Cached,
//                                                                                               ^^^^^^^ WSK009
//                                                                                               preferred fix: Remove the second release
//                                                                                                     Trace(0);
//                                                                                               -     g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &Cached,
//                                                                                               -                                      0, NULL, NULL, NULL);
//                                                                                                 }
                                     0, NULL, NULL, NULL);
}

VOID
ReleasedAgainInABranch(PSECURITY_DESCRIPTOR Cached, BOOLEAN Verbose)
{
    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &Cached, 0, NULL, NULL, NULL);
    if (Verbose) {
        Trace(1);
        g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &Cached, 0, NULL, NULL, NULL);
//                                                                                                   ^^^^^^^ WSK009
//                                                                                                   preferred fix: Remove the second release
//                                                                                                         Trace(1);
//                                                                                                   -     g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &Cached, 0, NULL, NULL, NULL);
//                                                                                                     }
    }
}

VOID
ReleasedAgainFirstInABlock(PSECURITY_DESCRIPTOR Cached, BOOLEAN Verbose)
{
    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &Cached, 0, NULL, NULL, NULL);
    if (Verbose) {
        g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &Cached, 0, NULL, NULL, NULL);
//                                                                                                   ^^^^^^^ WSK009
//                                                                                                   preferred fix: Remove the second release
//                                                                                                     if (Verbose) {
//                                                                                                   -     g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &Cached, 0, NULL, NULL, NULL);
//                                                                                                         Trace(1);
        Trace(1);
    }
}

VOID
ReleasedAsTheBodyOfAnIf(PSECURITY_DESCRIPTOR Cached, BOOLEAN Again)
{
    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &Cached, 0, NULL, NULL, NULL);
    if (Again)
        g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &Cached, 0, NULL, NULL, NULL);
//                                                                                                   ^^^^^^^ WSK009
//                                                                                                   no fix: the release is the body of an if, not a statement of a block
    Trace(2);
}

VOID
ReleasedFirstOnOnePath(PSECURITY_DESCRIPTOR Cached, BOOLEAN Early)
{
    if (Early) {
        g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &Cached, 0, NULL, NULL, NULL);
    }
    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &Cached, 0, NULL, NULL, NULL);
//                                                                                               ^^^^^^^ WSK009
//                                                                                               no fix: where Early is FALSE, this is the first release
}

VOID
ReleasedInAnIfElse(PSECURITY_DESCRIPTOR Cached, BOOLEAN Again)
{
    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &Cached, 0, NULL, NULL, NULL);
    if (Again)
        g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &Cached, 0, NULL, NULL, NULL);
//                                                                                                   ^^^^^^^ WSK009
//                                                                                                   no fix: the release is a branch of an if/else
    else
        Trace(3);
}

NTSTATUS
StatusOfTheSecondRelease(PSECURITY_DESCRIPTOR Cached)
{
    NTSTATUS status;

    status = g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &Cached, 0, NULL, NULL, NULL);
    status = g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &Cached, 0, NULL, NULL, NULL);
//                                                                                                        ^^^^^^^ WSK009
//                                                                                                        no fix: the release's status is assigned
    return status;
}

#include "wsk-registration.h"

#define APP_WSK_VERSION 0x0001

static const WSK_CLIENT_DISPATCH g_OneMeansOne = { 1, 0, NULL };
//                                                 ^ WSK019 Version 1 asks for WSK 0.1, which does not exist.
//                                                 preferred fix: Replace with MAKE_WSK_VERSION(1,0)
//                                                 = MAKE_WSK_VERSION(1,0)

static const WSK_CLIENT_DISPATCH g_ReservedSet = { MAKE_WSK_VERSION(1, 0), 1, NULL };
//                                                                         ^ WSK019 The Reserved member of WSK_CLIENT_DISPATCH is 1; it must be 0.
//                                                                         preferred fix: Replace with 0
//                                                                         = 0

WSK_CLIENT_DISPATCH g_Designated = {
    .Reserved = 0,
    .Version = APP_WSK_VERSION,
//             ^^^^^^^^^^^^^^^ WSK019 asks for WSK 0.1
//             preferred fix: Replace with MAKE_WSK_VERSION(1,0)
//             = MAKE_WSK_VERSION(1,0)
    .WskClientEvent = NULL,
};

/* Another levels.h: <net/levels.h> names the one under a net folder. */
#pragma once
#define SECURITY_LEVEL SOL_SOCKET

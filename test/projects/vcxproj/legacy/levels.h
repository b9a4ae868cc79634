#pragma once
#define SECURITY_LEVEL SOL_SOCKET
